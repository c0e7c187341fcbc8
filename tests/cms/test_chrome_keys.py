"""Kept fragments: keys any cache accepts, however long the parts they are kept under."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from cms.chrome import fragment


@pytest.mark.django_db
def test_long_parts_keep_fragments_apart_under_short_keys(home, monkeypatch):
    request = RequestFactory().get("/en/")
    written = []
    original_set = cache.set

    def recording_set(key, value, *args, **kwargs):  # the real cache, its keys noted
        written.append(key)
        return original_set(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recording_set)
    many = ",".join(str(pk) for pk in range(1000, 1060))
    others = ",".join(str(pk) for pk in range(1000, 1059)) + ",2000"
    first = fragment(request, "similar-entries", (7, many), lambda: "first")
    second = fragment(request, "similar-entries", (7, others), lambda: "second")
    again = fragment(request, "similar-entries", (7, many), lambda: "built again")
    assert (first, second, again) == ("first", "second", "first")
    assert len(written) == 2 and all(len(key) <= 200 for key in written)
