"""Varnish really running (deploy/varnish/praxis.vcl) in front of the site.

Skipped, with the reason, where varnishd is not installed; CI installs it
(.ci/services.sh varnish).
"""

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import StandardPageFactory
from tests.members.factories import verified_user

pytestmark = pytest.mark.django_db(transaction=True)


def get(varnish, path, **headers):
    status, response_headers, body = varnish.get(varnish.varnish_url + path, headers)
    return status, response_headers.get("X-Cache"), body.decode()


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def test_a_response_the_site_does_not_mark_public_is_not_kept(varnish, home):
    assert get(varnish, "/healthz")[1] == "PASS"
    assert get(varnish, "/healthz")[1] == "PASS"


def test_an_anonymous_page_is_kept_and_a_publish_shows_at_once(varnish, home):
    page = StandardPageFactory(parent=home, title="Opening hours", slug="hours")
    assert get(varnish, "/en/hours/")[:2] == (200, "MISS")
    status, cache, body = get(varnish, "/en/hours/")
    assert (status, cache) == (200, "HIT")
    assert "Opening hours" in body
    page.title = "Opening hours in winter"
    page.save_revision().publish()  # purges on commit (cms.frontend_cache)
    status, cache, body = get(varnish, "/en/hours/")
    assert cache == "MISS"
    assert "Opening hours in winter" in body
    assert get(varnish, "/en/hours/")[1] == "HIT"


def test_a_signed_in_visitor_never_gets_the_anonymous_copy_nor_the_reverse(varnish, home):
    StandardPageFactory(parent=home, title="About us", slug="about")
    cookie = session_cookie(verified_user("member@example.org"))
    # Signed in first: rendered for them, not kept.
    status, cache, body = get(varnish, "/en/about/", Cookie=cookie)
    assert (status, cache) == (200, "PASS")
    assert "My account" in body
    # The next anonymous visitor gets a copy of their own, which is kept…
    status, cache, body = get(varnish, "/en/about/")
    assert cache == "MISS" and "My account" not in body and "Sign in" in body
    assert get(varnish, "/en/about/")[1] == "HIT"
    # …and never handed to the signed-in visitor.
    status, cache, body = get(varnish, "/en/about/", Cookie=cookie)
    assert cache == "PASS" and "My account" in body
    # Another cookie (the CSRF one) does not split or bypass the shared copy.
    assert get(varnish, "/en/about/", Cookie="csrftoken=abc")[1] == "HIT"


def test_the_account_state_is_never_kept(varnish, home):
    status, cache, body = get(varnish, "/en/accounts/state/")
    assert status == 200 and cache == "PASS" and '"signed_in": false' in body
    assert get(varnish, "/en/accounts/state/")[1] == "PASS"
