"""What a shared cache may keep (cms.http_cache): anonymous public pages, and nothing personal.

Also the event registration form on the cached copy of an event page: no
token in the copy, one from ``/<lang>/accounts/state/`` for browsers with
JavaScript, and the form shown again with a token for those without.
"""

import re

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Collection, CollectionViewRestriction

from events.models import Registration
from tests.events.conftest import form_data
from tests.members.factories import document

from .site import build_site

pytestmark = pytest.mark.django_db


def cache_control(response) -> dict[str, str]:
    parts = [p.strip() for p in response.get("Cache-Control", "").split(",") if p.strip()]
    return dict((p.split("=", 1) + [""])[:2] for p in parts)


def shared(response) -> bool:
    """Whether a shared cache (deploy/varnish/praxis.vcl) would keep the response."""
    directives = cache_control(response)
    return (
        "public" in directives
        and not {"private", "no-store", "no-cache"} & set(directives)
        and not response.cookies
        and "cookie" not in response.get("Vary", "").lower()
    )


@pytest.fixture
def site(home):
    return build_site(home)


def test_anonymous_public_pages_may_be_kept_by_a_shared_cache(site):
    pages = {
        name: url
        for name, url in site.pages.items()
        if name not in ("sign in", "sign up", "password reset", "search", "not found")
    }
    for name, url in pages.items():
        response = Client().get(url)
        assert response.status_code == 200, name
        assert shared(response), (name, response.get("Cache-Control"), response.get("Vary"))
        directives = cache_control(response)
        # Browsers ask again each time; the shared cache keeps it until a purge.
        assert directives["max-age"] == "0", name
        assert int(directives["s-maxage"]) > 0, name


def test_an_event_open_for_registration_is_kept_briefly_and_carries_no_token(site):
    response = Client().get(site.event.url)
    assert shared(response)
    assert int(cache_control(response)["s-maxage"]) <= 60  # places left change
    html = response.content.decode()
    assert 'class="registration-form"' in html
    assert "csrfmiddlewaretoken" not in html
    assert 'data-account-state="/en/accounts/state/"' in html
    assert "js/account-state.js" in html


def test_nothing_personal_is_shared(client, site):
    client.force_login(site.member)
    for name, url in {**site.html_pages(), **site.account_pages}.items():
        response = client.get(url)
        assert not shared(response), name
    # The signed-in visitor's event page carries their token and their details.
    response = client.get(site.event.url)
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert "private" in cache_control(response)


def test_members_pages_forms_and_private_documents_are_not_shared(site):
    anonymous = Client()
    for name, url in site.members_pages.items():
        assert not shared(anonymous.get(url)), name
    for name in ("sign in", "sign up", "password reset"):
        assert not shared(anonymous.get(site.pages[name])), name
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    private = document("Board minutes", collection)
    assert not shared(anonymous.get(private.url))
    member = Client()
    member.force_login(site.member)
    assert not shared(member.get(private.url))


def test_a_response_with_a_session_or_a_message_is_not_shared(client, site):
    client.force_login(site.member)
    response = client.post("/en/accounts/logout/", follow=True)
    assert "You have signed out." in response.content.decode()
    assert not shared(response)


def test_the_account_state_is_the_visitor_s_own_and_never_stored(site):
    visitor = Client()
    response = visitor.get("/en/accounts/state/")
    assert response.status_code == 200
    assert response.json()["signed_in"] is False
    assert response.json()["csrf_token"]
    assert {"private", "no-store"} <= set(cache_control(response))
    assert "csrftoken" in response.cookies
    visitor.force_login(site.member)
    assert visitor.get("/en/accounts/state/").json()["signed_in"] is True


def test_registration_from_the_cached_copy_with_the_token_from_the_account_state(site):
    """What account-state.js does: fetch a token, put it in the form, post."""
    browser = Client(enforce_csrf_checks=True)
    browser.get(site.event.url)
    token = browser.get("/en/accounts/state/").json()["csrf_token"]
    data = {**form_data(site.event, email="ana@example.org"), "csrfmiddlewaretoken": token}
    response = browser.post(site.event.url, data)
    assert response.status_code == 303
    assert Registration.objects.filter(email="ana@example.org").exists()
    # The page that says so is the same for every delegate: the cache keeps it.
    sent = browser.get(response["Location"])
    assert "Check your email" in sent.content.decode()
    assert shared(sent)


def test_without_javascript_the_form_comes_back_as_typed_with_a_token(site):
    browser = Client(enforce_csrf_checks=True)
    browser.get(site.event.url)
    data = form_data(site.event, email="bo@example.org", first_name="Bohdan")
    response = browser.post(site.event.url, data)
    # Not registered yet: the same page, what was typed, a token, and a word why.
    assert response.status_code == 403
    assert not Registration.objects.filter(email="bo@example.org").exists()
    html = response.content.decode()
    assert 'value="Bohdan"' in html and 'value="bo@example.org"' in html
    assert "please check it and press Register" in html
    assert {"private", "no-store"} <= set(cache_control(response))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    mail.outbox.clear()
    response = browser.post(site.event.url, {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == 303
    assert Registration.objects.filter(email="bo@example.org").exists()
    assert [m.to for m in mail.outbox] == [["bo@example.org"]]


def test_other_forms_without_a_token_get_the_explanation(site):
    response = Client(enforce_csrf_checks=True).post(
        "/en/accounts/login/", {"login": "x@example.org", "password": "x"}
    )
    assert response.status_code == 403
    assert "Your form could not be sent" in response.content.decode()
