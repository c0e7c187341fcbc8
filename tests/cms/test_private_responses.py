"""Personalised responses say ``Cache-Control: private``, page type by page type.

A shared cache (Varnish in front of the site) may keep any response that does
not forbid it and hand it to the next visitor. Every response that depends on
who asks must therefore say ``private``; what is the same for everyone must not,
or the cache would be useless.
"""

import pytest
from django.test import Client

from .site import build_site

pytestmark = pytest.mark.django_db


def directives(response):
    return {d.strip().split("=")[0] for d in response.get("Cache-Control", "").split(",") if d}


@pytest.fixture
def site(home):
    return build_site(home)


def test_a_signed_in_member_gets_private_responses_everywhere(client, site):
    client.force_login(site.member)
    for name, url in {**site.html_pages(), **site.account_pages, **site.routes}.items():
        response = client.get(url)
        assert response.status_code in (200, 302, 404), (name, response.status_code)
        assert "private" in directives(response), (name, response.get("Cache-Control"))
        assert "public" not in directives(response), name


def test_a_signed_in_delegate_s_event_page_with_their_private_link_is_private(client, site):
    """The page shows the link to the delegate's registration: never for anyone else."""
    from events.models import Registration

    registration = Registration.objects.get(email="delegate@example.org")
    registration.email = site.member.email
    registration.save()
    client.force_login(site.member)
    response = client.get(site.event.url)
    assert registration.token in response.content.decode()
    assert "private" in directives(response)


def test_the_private_registration_link_is_never_stored(site):
    response = Client().get(site.registration_link)
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)


def test_pages_with_a_visitor_s_form_are_private_even_anonymously(site):
    """Their CSRF token is the visitor's own.

    The event page's registration form is not among them: its anonymous copy
    carries no token (tests/cms/test_http_cache.py).
    """
    for name in ("sign in", "sign up", "password reset"):
        response = Client().get(site.pages[name])
        assert response.status_code == 200
        assert "private" in directives(response), (name, response.get("Cache-Control"))


def test_a_flash_message_makes_the_next_page_private(client, site):
    """After signing out, the home page shows a message: to that visitor only."""
    client.force_login(site.member)
    response = client.post("/en/accounts/logout/", follow=True)
    assert response.request["PATH_INFO"] == "/en/"
    assert "You have signed out." in response.content.decode()
    assert "private" in directives(response)


def test_what_is_the_same_for_everyone_stays_cacheable(site):
    same_for_all = {
        name: url
        for name, url in {**site.pages, **site.routes}.items()
        if name not in ("sign in", "sign up", "password reset", "search", "suggestions")
    }
    for name, url in same_for_all.items():
        response = Client().get(url)
        assert response.status_code in (200, 404), (name, response.status_code)
        assert "private" not in directives(response), (name, response.get("Cache-Control"))
        assert not response.cookies, (name, response.cookies)
