"""A visitor searches in a real browser: with and without JavaScript, by keyboard, axe."""

import json

import pytest

pytestmark = pytest.mark.browser


def test_suggestions_are_a_keyboard_combobox(tab, site):
    tab.goto("/en/")
    box = tab.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.click()
    box.press_sequentially("strat", delay=30)
    listbox = tab.locator("#" + box.get_attribute("aria-controls"))
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert (
        listbox.locator("[role=option]")
        .all_inner_texts()[0]
        .startswith("Strategy workshops with staff")
    )
    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert tab.locator(f"#{active}").get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    with tab.expect_navigation():
        box.press("Enter")
    assert tab.url.endswith(site.guide.url)


def test_searching_and_filtering_work_without_javascript(new_tab, site):
    tab = new_tab(java_script_enabled=False)
    tab.goto("/en/")
    tab.fill("#site-search-q", "report back")
    with tab.expect_navigation():
        tab.press("#site-search-q", "Enter")
    assert "/en/search/?q=report+back" in tab.url
    assert tab.locator(".search-results .result-title").first.inner_text() == (
        "Citizen panels in Lyon"
    )
    assert tab.locator(".search-results mark").first.inner_text().lower() == "report"
    tab.goto("/en/search/?q=staff")
    tab.check("#f-kind-guide")
    with tab.expect_navigation():
        tab.click(".filters button[type=submit]")
    assert "kind=guide" in tab.url and "q=staff" in tab.url


def test_search_page_has_no_serious_accessibility_violations(tab, site):
    from axe_playwright_python.sync_playwright import Axe

    response = tab.goto("/en/search/?q=strategy")
    assert response.status == 200
    results = Axe().run(tab)
    violations = [
        {"rule": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not violations, json.dumps(violations, indent=2)
