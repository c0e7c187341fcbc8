"""A communications officer translates a news item in a real browser (issue 16, items 2 and 3).

A member of the Communications group (the group the migrations create, with
its translation rights) signs in to the admin with two-factor authentication,
opens an English news item with no French version, chooses *Translate*, ticks
French and submits. The French translation then exists in the admin as a
draft: a French visitor still gets the English item, marked as English, and no
live French page exists. Only when the officer translates it in Localize's
editor and publishes it do French visitors get the French item.

The browser tests' live server empties the database after each test, and with
it the groups and rights the migrations create: this test replays those
migrations' own functions (``editorial_roles_as_migrated``), so it exercises the
rights exactly as the migrations give them, not rebuilt by hand. (Restoring a
serialized copy of the migrated database, ``serialized_rollback``, broke when
another browser test ran first: Wagtail recreates the default locale as the
database is emptied, and the copy's locale then clashed with it.)
"""

import re
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# The data migrations that create the translation right, the editorial groups and
# give them their rights.
ROLE_MIGRATIONS = [
    (
        "wagtail_localize.migrations.0006_create_submit_translation_permission",
        "create_submit_translation_permission",
    ),
    ("practices.migrations.0002_editorial_roles", "create_roles"),
    ("practices.migrations.0003_translation_rights", "grant"),
    ("practices.migrations.0005_communications_edit_the_footer", "grant"),
    ("publications.migrations.0002_communications_people", "grant"),
]


def editorial_roles_as_migrated():
    from importlib import import_module

    from django.apps import apps

    for module, function in ROLE_MIGRATIONS:
        getattr(import_module(module), function)(apps, None)


PASSWORD = "a-long-staff-passphrase"
EMAIL = "comms@praxis.example"
ENGLISH_TITLE = "Registration is open for the Lyon conference"
ENGLISH_LEAD = "Delegates can now register for three days of workshops."
FRENCH_TITLE = "Les inscriptions au congrès de Lyon sont ouvertes"
FRENCH_LEAD = "Les délégués peuvent désormais s'inscrire à trois jours d'ateliers."


def code(secret):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def news_item(site):
    from tests.publications.factories import NewsIndexPageFactory, NewsPageFactory

    news = NewsIndexPageFactory(parent=site.home, show_in_menus=True)
    return NewsPageFactory(
        parent=news, title=ENGLISH_TITLE, slug="registration-open", lead=ENGLISH_LEAD
    )


@pytest.fixture
def officer(site, settings):
    """A Communications member (not a superuser) with an authenticator set up."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth.models import Group

    from practices.roles import COMMUNICATIONS
    from tests.members.factories import verified_user

    settings.PRAXIS_ADMIN_REQUIRES_2FA = True
    if not Group.objects.filter(name=COMMUNICATIONS).exists():
        editorial_roles_as_migrated()
    user = verified_user(EMAIL, password=PASSWORD)
    user.groups.add(Group.objects.get(name=COMMUNICATIONS))
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def french():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="fr")


def test_communications_translate_a_page_which_stays_a_draft_until_they_publish_it(
    new_tab, news_item, officer
):
    from wagtail.models import Page

    admin = new_tab()
    admin.set_default_timeout(30_000)  # the admin's first pages are slow to build on a busy machine
    admin.goto(f"/admin/pages/{news_item.pk}/edit/")
    admin.get_by_label(re.compile(r"^Email")).fill(EMAIL)
    admin.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    admin.get_by_role("button", name="Sign In").click()
    admin.get_by_label(re.compile(r"^Code")).fill(code(officer))
    admin.get_by_role("button", name="Sign In").click()
    expect(admin).to_have_url(re.compile(rf"/admin/pages/{news_item.pk}/edit/$"))

    # The page's own "Translate" action, in the header's actions menu.
    admin.locator("#w-slim-header-buttons").get_by_role("button", name="Actions").click()
    admin.get_by_role("link", name="Translate this page").click()
    expect(admin).to_have_url(re.compile(rf"/admin/localize/submit/page/{news_item.pk}/"))
    # The languages are offered by their own names, French as "Français".
    admin.get_by_label("Français").check()
    admin.get_by_role("button", name="Submit").click()

    # Localize's editor opens on the French translation: a draft, nothing published.
    expect(admin.get_by_role("heading", name="English to Français translation")).to_be_visible()
    translation = news_item.get_translation(french())
    expect(admin).to_have_url(re.compile(rf"/admin/pages/{translation.pk}/edit/$"))
    section = translation.get_parent()
    assert not translation.live and not section.live
    assert section.alias_of_id is None  # a draft of its own, not a live English copy
    assert not Page.objects.filter(locale=french()).live().exists()
    # The admin lists it as a draft.
    admin.goto(f"/admin/pages/{section.pk}/")
    row = admin.get_by_role("row").filter(has_text=ENGLISH_TITLE)
    expect(row.locator(".w-status")).to_have_text(re.compile(r"status:\s*draft\s*$"))

    # A French visitor meanwhile gets the English item, marked as English, in the French site.
    visitor = new_tab()
    response = visitor.goto("/fr/news/registration-open/")
    assert response.status == 200
    assert visitor.locator("html").get_attribute("lang") == "fr"
    heading = visitor.get_by_role("heading", level=1)
    expect(heading).to_have_text(ENGLISH_TITLE)
    assert heading.evaluate("e => e.closest('[lang]').lang") == "en"
    expect(visitor.locator(".language-notice")).to_be_visible()
    visitor.goto("/fr/news/")
    entry = visitor.get_by_role("link", name=ENGLISH_TITLE)
    assert entry.evaluate("e => e.closest('[lang]').lang") == "en"
    # The French menu names the section in English, marked: no English-titled French copy.
    visitor.goto("/fr/")
    menu = visitor.locator(".main-nav").get_by_role("link", name="News", exact=True)
    assert menu.evaluate("e => e.closest('[lang]').lang") == "en"

    # The officer translates it in Localize's editor and publishes it.
    admin.goto(f"/admin/pages/{translation.pk}/edit/")
    for english, french_text in (
        (ENGLISH_TITLE, FRENCH_TITLE),
        (ENGLISH_LEAD, FRENCH_LEAD),
        ("Details.", "Les détails."),
    ):
        segment = admin.locator(f"xpath=//li[p[normalize-space()={english!r}]]")
        segment.get_by_role("button", name="Translate").click()
        segment.get_by_role("textbox").fill(french_text)
        segment.get_by_role("button", name="Save").click()
        expect(segment).to_contain_text(french_text)
    admin.get_by_role("button", name="Publish in Français").click()
    expect(admin.locator(".messages")).to_contain_text(f"Published '{FRENCH_TITLE}'")
    translation.refresh_from_db()
    assert translation.live and translation.title == FRENCH_TITLE

    # Now French visitors get the French item, in French.
    visitor.goto("/fr/news/registration-open/")
    heading = visitor.get_by_role("heading", level=1)
    expect(heading).to_have_text(FRENCH_TITLE)
    assert heading.evaluate("e => e.closest('[lang]').lang") == "fr"
    expect(visitor.locator(".language-notice")).to_have_count(0)
    expect(visitor.get_by_text(FRENCH_LEAD)).to_be_visible()
    assert ENGLISH_LEAD not in visitor.content()
    visitor.goto("/fr/news/")
    entry = visitor.get_by_role("link", name=FRENCH_TITLE)
    assert entry.evaluate("e => e.closest('[lang]').lang") == "fr"
