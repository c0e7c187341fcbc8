"""A delegate registers for a conference on a phone, without JavaScript; axe on the event pages."""

import json
import re

import pytest
from playwright.sync_api import expect

from .test_sourcebook import _invisible_text

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def conference(site):
    from tests.events.factories import EventIndexPageFactory, EventPageFactory

    events = EventIndexPageFactory(parent=site.home, show_in_menus=True)
    return EventPageFactory(
        parent=events,
        title="Renewal 2027",
        slug="renewal-2027",
        capacity=1,
        questions=[
            (
                "choice",
                {
                    "label": "Which excursion?",
                    "help_text": "",
                    "required": True,
                    "choices": ["Old town walk", "City hall visit"],
                },
            ),
            (
                "yes_no",
                {"label": "Will you attend the dinner?", "help_text": "", "required": False},
            ),
        ],
    )


def phone_tab(new_tab, **options):
    tab = new_tab(**options)
    tab.set_viewport_size(PHONE)
    return tab


def fill(tab, email):
    form = tab.locator("form.registration-form")
    form.get_by_label("First name").fill("Inès")
    form.get_by_label("Last name").fill("Moreau")
    form.get_by_label("Email address").fill(email)
    form.get_by_label("Organisation").fill("Sciences Po Lyon")
    return form


def emailed_link(address):
    """The path of the private link in the last email to ``address``."""
    from django.core import mail

    message = [m for m in mail.outbox if m.to == [address]][-1]
    return re.search(r"https?://[^/\s]+(/\S+/registration/\S+/)", message.body).group(1)


def test_delegate_registers_on_a_phone_then_cancels(new_tab, conference):
    tab = phone_tab(new_tab, java_script_enabled=False)
    tab.goto(conference.url)
    expect(tab.get_by_role("heading", level=1)).to_have_text("Renewal 2027")
    form = fill(tab, "ines@example.org")
    # Forgetting the required question and the consent: errors, input kept.
    form.get_by_role("button", name="Register").click()
    expect(tab.locator(".errors").first).to_be_visible()
    form = tab.locator("form.registration-form")
    expect(form.get_by_label("Organisation")).to_have_value("Sciences Po Lyon")
    form.get_by_role("group", name=re.compile("Which excursion")).get_by_label(
        "City hall visit"
    ).check()
    form.get_by_label(re.compile("I agree to the privacy notice")).check()
    form.get_by_role("button", name="Register").click()

    # The private link goes to the address, not to whoever typed it.
    expect(tab.get_by_role("heading", level=1)).to_have_text("Check your email")
    tab.goto(emailed_link("ines@example.org"))
    expect(tab).to_have_url(re.compile(r"/en/events/renewal-2027/registration/[\w-]+/$"))
    expect(tab.get_by_text("Your place is confirmed.", exact=True)).to_be_visible()

    # Cancelling asks first, on a page of its own (no JavaScript here).
    tab.get_by_role("link", name="Cancel my registration").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Cancel your registration?")
    tab.get_by_role("link", name="No, keep my registration").click()
    expect(tab.get_by_text("Your place is confirmed.", exact=True)).to_be_visible()
    tab.get_by_role("link", name="Cancel my registration").click()
    tab.get_by_role("button", name="Yes, cancel my registration").click()
    expect(tab.get_by_text("This registration is cancelled.")).to_be_visible()


def test_honeypot_is_invisible_to_people(new_tab, conference):
    tab = phone_tab(new_tab)
    tab.goto(conference.url)
    expect(tab.locator("input[name=website]")).not_to_be_in_viewport()
    expect(tab.get_by_role("textbox", name="Leave this field empty")).to_have_count(0)


@pytest.mark.parametrize(
    "which",
    ["index", "filtered index", "event", "event with errors", "check your email", "registration"],
)
def test_no_serious_accessibility_violations_on_event_pages(new_tab, conference, which):
    from axe_playwright_python.sync_playwright import Axe

    tab = phone_tab(new_tab)
    if which == "index":
        tab.goto("/en/events/")
    elif which == "filtered index":
        tab.goto("/en/events/?kind=conference")
        expect(tab.locator(".active-filters a")).to_have_count(1)
    else:
        tab.goto(conference.url)
    if which == "event with errors":
        tab.locator("form.registration-form").get_by_role("button", name="Register").click()
        expect(tab.locator(".errors").first).to_be_visible()
    if which in ("check your email", "registration"):
        form = fill(tab, "axe@example.org")
        form.get_by_label("City hall visit").check()
        form.get_by_label(re.compile("I agree to the privacy notice")).check()
        form.get_by_role("button", name="Register").click()
        expect(tab.get_by_role("heading", level=1)).to_have_text("Check your email")
    if which == "registration":
        tab.goto(emailed_link("axe@example.org"))
        expect(tab.get_by_text("Your place is confirmed.", exact=True)).to_be_visible()
    results = Axe().run(tab, options={"resultTypes": ["violations", "incomplete"]})
    violations = [
        {"rule": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    invisible = _invisible_text(results.response)
    if invisible:
        violations.append({"rule": "color-contrast", "nodes": invisible})
    assert not violations, json.dumps(violations, indent=2)


def test_registration_works_on_the_cached_copy_of_the_event_page(new_tab, conference, varnish):
    """Through Varnish: the stored copy has no token; the script fetches one, or a second press."""
    visitor = new_tab(base_url=varnish.varnish_url)
    visitor.goto(conference.url)  # the first anonymous visit stores the copy
    tab = phone_tab(new_tab, base_url=varnish.varnish_url)
    response = tab.goto(conference.url)
    assert response.headers["x-cache"] == "HIT"
    # account-state.js put this visitor's own token into the form.
    expect(tab.locator("form.registration-form input[name=csrfmiddlewaretoken]")).to_have_count(1)
    form = fill(tab, "ana@example.org")
    form.get_by_role("group", name=re.compile("Which excursion")).get_by_label(
        "Old town walk"
    ).check()
    form.get_by_label(re.compile("I agree to the privacy notice")).check()
    form.get_by_role("button", name="Register").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert emailed_link("ana@example.org")

    # Without JavaScript: the same stored copy; the form comes back as typed, with a token.
    tab = phone_tab(new_tab, base_url=varnish.varnish_url, java_script_enabled=False)
    response = tab.goto(conference.url)
    assert response.headers["x-cache"] == "HIT"
    form = fill(tab, "bo@example.org")
    form.get_by_role("group", name=re.compile("Which excursion")).get_by_label(
        "City hall visit"
    ).check()
    form.get_by_label(re.compile("I agree to the privacy notice")).check()
    form.get_by_role("button", name="Register").click()
    expect(tab.get_by_text("Your registration is not sent yet")).to_be_visible()
    form = tab.locator("form.registration-form")
    expect(form.get_by_label("Email address")).to_have_value("bo@example.org")
    form.get_by_role("button", name="Register").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert emailed_link("bo@example.org")
