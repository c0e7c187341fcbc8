"""Varnish in front of the test's live server, purged by the site as in production."""

from urllib.parse import urlsplit

import pytest

from deploy.local import VARNISHD, ProductionShape


@pytest.fixture
def varnish(live_server, settings):
    """A Varnish with the deployed VCL in front of ``live_server``; skipped where it is missing."""
    if VARNISHD is None:
        pytest.skip("varnishd is not installed (Debian's varnish package: .ci/services.sh varnish)")
    shape = ProductionShape(gunicorn_port=urlsplit(live_server.url).port, web=False, worker=False)
    shape.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": shape.varnish_url,
        }
    }
    yield shape
    shape.stop()
