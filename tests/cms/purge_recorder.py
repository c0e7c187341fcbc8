"""A frontend cache backend for tests: it records the addresses it is asked to purge."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)
