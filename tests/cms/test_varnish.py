"""Varnish really running (deploy/varnish/praxis.vcl) in front of the site.

Skipped, with the reason, where varnishd is not installed; CI installs it
(.ci/services.sh varnish).
"""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def get(varnish, path, **headers):
    status, response_headers, body = varnish.get(varnish.varnish_url + path, headers)
    return status, response_headers.get("X-Cache"), body


def test_a_response_the_site_does_not_mark_public_is_not_kept(varnish, home):
    assert get(varnish, "/healthz")[1] == "PASS"
    assert get(varnish, "/healthz")[1] == "PASS"
