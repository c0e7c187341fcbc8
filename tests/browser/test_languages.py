"""Every language a whole site, in a real browser (issue 16, items 1-3).

A French visitor reaches every section, and an untranslated page is shown in
English, marked (``lang`` and a notice). A member of the Communications group
signs in to the admin and submits a page for translation; until it is
published, French visitors still get the English page, marked, never an
English copy posing as French.
"""

import importlib
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "a-long-editor-passphrase"


@pytest.fixture
def every_page(live_server, transactional_db, home):
    from cms.i18n import ensure_locales
    from tests.cms.site import build_site

    ensure_locales()
    return build_site(home)


@pytest.mark.parametrize(
    "section", ["standard", "sourcebook", "publications", "news index", "events", "news item"]
)
def test_a_french_visitor_reaches_every_section_marked_in_english(tab, every_page, section):
    url = every_page.pages[section].replace("/en/", "/fr/", 1)
    response = tab.goto(url)
    assert response.status == 200, url
    assert tab.locator("html").get_attribute("lang") == "fr"
    # The page's own words are in English and say so; the site around it is French.
    assert tab.locator("h1").evaluate("e => e.closest('[lang]').lang") == "en"
    expect(tab.locator(".language-notice")).to_be_visible()


def test_communications_submit_a_translation_and_it_stays_a_draft(new_tab, every_page):
    from django.apps import apps as django_apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group

    from practices.roles import COMMUNICATIONS
    from publications.models import NewsPage
    from tests.members.factories import verified_user

    # The editorial groups come from migrations, which the browser tests' flush empties.
    for app_config in django_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for module, function in [
        ("practices.migrations.0002_editorial_roles", "create_roles"),
        ("practices.migrations.0003_translation_rights", "grant"),
    ]:
        getattr(importlib.import_module(module), function)(django_apps, None)
    editor = verified_user("comms@praxis.example", password=PASSWORD)
    editor.groups.add(Group.objects.get(name=COMMUNICATIONS))
    news = NewsPage.objects.get(slug="news-item")

    tab = new_tab()
    tab.set_default_timeout(30_000)  # the admin's first page is slow to build on a busy machine
    tab.goto("/admin/")
    tab.get_by_label(re.compile(r"^Email")).fill("comms@praxis.example")
    tab.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    tab.get_by_role("button", name="Sign In").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))

    tab.goto(f"/admin/localize/submit/page/{news.pk}/")
    tab.get_by_label("French").check()
    tab.get_by_role("button", name="Submit").click()
    expect(tab).not_to_have_url(re.compile(r"/admin/localize/submit/"))
    french = news.get_translation(news.locale.__class__.objects.get(language_code="fr"))
    assert not french.live

    visitor = new_tab()
    response = visitor.goto(french.get_url())
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text(news.title)
    expect(visitor.locator("h1")).to_have_attribute("lang", "en")
    expect(visitor.locator(".language-notice")).to_be_visible()
