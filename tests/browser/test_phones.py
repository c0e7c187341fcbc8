"""A practitioner on a phone: nothing scrolls sideways, the results come before the filters.

Every page type of ``tests.cms.site`` is opened at 320 px, the narrowest width
WCAG 1.4.10 (Reflow) asks for, and the page must be no wider than the window.
At 390 px (a common phone) the filter form of the sourcebook, publications and
search folds into a ``<details>`` (no JavaScript needed), so the first result
starts within the first screenful: before, it started 1,800-2,500 px down.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# One screen of a 390 x 844 phone, plus a little: the header, the heading and
# intro, the folded filter's summary and the results count come before the
# first result. Unfolded, the filter form alone is over 1,000 px tall.
FIRST_SCREEN = 900
LONG_DOI = "10.1234/praxis.renewal-2024.strategic-renewal-in-european-public-services-0042"


@pytest.fixture
def every_page(live_server, transactional_db, home):
    from publications.models import PublicationPage
    from tests.cms.site import build_site

    site = build_site(home)
    # A DOI is one long word: it must wrap, not push the page sideways.
    paper = PublicationPage.objects.get(slug="paper")
    paper.doi = LONG_DOI
    paper.save_revision().publish()
    return site


def _overflow(tab):
    return tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_nothing_scrolls_sideways_at_320_px(new_tab, every_page):
    tab = new_tab(viewport={"width": 320, "height": 640})
    wide = {}
    pages = {**every_page.pages, "search results": "/en/search/?q=open"}
    for name, url in pages.items():
        for language in ("en", "fr"):
            tab.goto(url.replace("/en/", f"/{language}/", 1))
            if (extra := _overflow(tab)) > 0:
                wide[f"{name} ({language}) {tab.url}"] = extra
    assert not wide, f"pages wider than 320 px, by so many px: {wide}"


def test_the_doi_wraps_inside_its_box_on_a_wide_screen(tab, every_page):
    tab.goto(every_page.pages["publication"])
    doi = tab.get_by_role("link", name=LONG_DOI.split("/", 1)[1], exact=False)
    expect(doi).to_be_visible()
    spill = tab.evaluate(
        """() => {
        const dd = [...document.querySelectorAll('.facts dd')]
            .find(d => d.textContent.includes('doi.org'));
        return dd.scrollWidth - dd.clientWidth;
    }"""
    )
    assert spill <= 0


@pytest.mark.parametrize("listing", ["sourcebook", "publications", "search"])
def test_first_result_is_within_the_first_screen_on_a_phone(new_tab, every_page, listing):
    tab = new_tab(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    url = {
        "sourcebook": every_page.pages["sourcebook"],
        "publications": every_page.pages["publications"],
        "search": "/en/search/?q=open",
    }[listing]
    tab.goto(url)
    first = tab.locator(".results .card, .results .search-result").first
    expect(first).to_be_visible()
    top = first.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    assert top < FIRST_SCREEN, f"the first result of {url} starts {top} px down"

    # The filters are folded behind a summary that opens them, without JavaScript.
    summary = tab.locator(".filters-panel > summary")
    expect(summary).to_have_text(re.compile(r"^(Filter|Narrow down)$"))
    expect(tab.locator(".filters button[type=submit]")).to_be_hidden()
    summary.click()
    expect(tab.locator(".filters button[type=submit]")).to_be_visible()


def test_the_folded_filter_counts_the_choices_made(new_tab, site):
    tab = new_tab(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    tab.goto("/en/sourcebook/?theme=participation&kind=guide")
    expect(tab.locator(".filters-panel > summary")).to_have_text("Filter (2 chosen)")
    tab.goto("/fr/sourcebook/?theme=participation")
    expect(tab.locator(".filters-panel > summary")).to_have_text(re.compile(r"\(1 choisi\)$"))


def test_filters_stay_open_beside_the_results_on_a_wide_screen(new_tab, site):
    tab = new_tab(java_script_enabled=False)
    tab.goto("/en/sourcebook/")
    expect(tab.locator(".filters-panel > summary")).to_be_hidden()
    expect(tab.get_by_role("form", name="Filter").get_by_role("button")).to_be_visible()


def test_skip_to_results_follows_the_search_box(new_tab, site):
    tab = new_tab(viewport={"width": 390, "height": 844})
    tab.goto("/en/search/?q=staff")
    tab.locator("#search-q").focus()
    tab.keyboard.press("Tab")  # the search button
    tab.keyboard.press("Tab")
    skip = tab.get_by_role("link", name="Skip to results")
    expect(skip).to_be_focused()
    tab.keyboard.press("Enter")
    expect(tab).to_have_url(re.compile(r"#results-heading$"))
    expect(tab.locator("#results-heading")).to_be_in_viewport()
