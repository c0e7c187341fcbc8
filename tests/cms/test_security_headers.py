"""Content-Security-Policy and Permissions-Policy on every page type, admin included.

The public site's policy is strict (everything from the site itself, no inline
script or style, no framing); its pages must therefore carry no inline script
(JSON-LD is data, not script), no inline style and no event-handler attribute,
or browsers would refuse them. The Wagtail admin has its own, looser policy.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.factories import UserFactory

from .site import build_site

pytestmark = pytest.mark.django_db


def policy(response):
    header = response.get("Content-Security-Policy", "")
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = set(values)
    return directives


@pytest.fixture
def site(home):
    return build_site(home)


def assert_strict(response, where):
    directives = policy(response)
    assert directives.get("script-src") == {"'self'"}, (where, directives)
    assert directives.get("style-src") == {"'self'"}, (where, directives)
    assert directives.get("default-src") == {"'self'"}, where
    assert directives.get("object-src") == {"'none'"}, where
    assert directives.get("frame-ancestors") == {"'none'"}, where
    assert directives.get("base-uri") == {"'none'"}, where
    assert "camera=()" in response.get("Permissions-Policy", ""), where
    assert "geolocation=()" in response.get("Permissions-Policy", ""), where


def assert_nothing_inline(html, where):
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        if script.get("src"):
            continue
        assert script.get("type") in ("application/ld+json", "application/json"), (
            where,
            str(script)[:200],
        )
    assert not soup.find_all("style"), where
    for element in soup.find_all(True):
        assert "style" not in element.attrs, (where, str(element)[:200])
        handlers = [a for a in element.attrs if a.lower().startswith("on")]
        assert not handlers, (where, str(element)[:200])
        for attribute in ("href", "src", "action"):
            assert not str(element.get(attribute, "")).lower().startswith("javascript:"), where


def test_every_public_page_type_sends_the_strict_policy_and_needs_nothing_inline(site):
    anonymous = Client()
    for name, url in {**site.pages, "registration link": site.registration_link}.items():
        response = anonymous.get(url)
        assert response.status_code in (200, 404), (name, response.status_code)
        assert_strict(response, name)
        assert_nothing_inline(response.content.decode(), name)


def test_members_pages_and_account_pages_send_the_strict_policy(client, site):
    from allauth.account.models import EmailAddress

    # A change of address waiting for its confirmation (allauth shows a hidden form for it).
    EmailAddress.objects.create(user=site.member, email="member.new@example.org", verified=False)
    client.force_login(site.member)
    assert 'id="pending-email"' in client.get(site.account_pages["email addresses"]).text
    for name, url in {**site.members_pages, **site.account_pages}.items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        assert_strict(response, name)
        if response["Content-Type"].startswith("text/html"):
            assert_nothing_inline(response.content.decode(), name)


def test_routes_send_the_policy_too(site):
    anonymous = Client()
    for name, url in site.routes.items():
        response = anonymous.get(url)
        assert response.status_code == 200, (name, response.status_code)
        assert response.get("Content-Security-Policy"), name
        assert response.get("Permissions-Policy"), name


def test_error_pages_send_the_strict_policy(site, settings):
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(site.event.url, {"first_name": "No token"})
    assert response.status_code == 403
    assert_strict(response, "CSRF failure")
    assert_nothing_inline(response.content.decode(), "CSRF failure")


def test_the_admin_has_its_own_policy_and_the_public_pages_keep_theirs_for_editors(client, site):
    editor = UserFactory(email="editor@example.org", is_staff=True, is_superuser=True)
    client.force_login(editor)
    for url in (
        "/admin/",
        f"/admin/pages/{site.event.pk}/edit/",
        "/admin/images/multiple/add/",
        "/admin/events/registrations/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = policy(response)
        assert directives["frame-ancestors"] == {"'self'"}, url  # the preview panel's frame
        assert directives["object-src"] == {"'none'"}, url
        assert not any(re.match(r"https?:", v) for v in set().union(*directives.values())), url
        assert response.get("Permissions-Policy"), url
    # The page preview is shown in the admin's frame: it takes the admin's policy.
    response = client.post(f"/admin/pages/{site.event.pk}/edit/preview/", {})
    response = client.get(f"/admin/pages/{site.event.pk}/edit/preview/?in_preview_panel=true")
    assert policy(response)["frame-ancestors"] == {"'self'"}
    # The public pages an editor visits (with Wagtail's user bar) keep the strict policy.
    response = client.get(site.pages["guide"])
    assert_strict(response, "guide with the user bar")
    assert_nothing_inline(response.content.decode(), "guide with the user bar")
