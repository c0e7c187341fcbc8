"""Every language a whole site, in a real browser (issue 16, item 1).

A French visitor reaches every section, and an untranslated page is shown in
English, marked (``lang`` and a notice).
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


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
