"""A visitor uses the Practice Sourcebook in a real browser: filtering, reading, keyboard, axe."""

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_visitor_filters_the_sourcebook_and_opens_a_guide(new_tab, site):
    # The filter form works without JavaScript.
    tab = new_tab(java_script_enabled=False)
    tab.goto("/en/sourcebook/")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Practice Sourcebook")
    expect(tab.locator(".results-count")).to_have_text("4 guides and case studies")

    filters = tab.get_by_role("form", name="Filter")
    filters.get_by_role("group", name="Theme").get_by_label(re.compile(r"^Participation")).check()
    filters.get_by_role("group", name="Kind").get_by_label(re.compile(r"^Practice guide")).check()
    filters.get_by_role("button", name="Apply filters").click()

    expect(tab).to_have_url(
        re.compile(r"/en/sourcebook/\?(?=.*theme=participation)(?=.*kind=guide)")
    )
    expect(tab.locator(".results-count")).to_have_text("1 guide or case study")
    cards = tab.locator(".results .card")
    expect(cards).to_have_count(1)
    expect(cards.get_by_role("heading")).to_have_text("Strategy workshops with staff")
    # The choices stay ticked, and each one can be removed on its own.
    expect(filters.get_by_label(re.compile(r"^Participation"))).to_be_checked()
    expect(tab.get_by_role("link", name="Remove Theme: Participation")).to_be_visible()

    cards.get_by_role("link", name="Strategy workshops with staff").click()
    expect(tab).to_have_url(re.compile(r"/en/sourcebook/strategy-workshops/$"))
    expect(tab.get_by_role("heading", level=1)).to_have_text("Strategy workshops with staff")
    expect(tab.get_by_role("heading", name="The approach, step by step")).to_be_visible()


def _url(site, name):
    return {
        "home": "/en/",
        "sourcebook": "/en/sourcebook/",
        # Chosen filters: the chips and the clearing link are shown too.
        "filtered sourcebook": "/en/sourcebook/?kind=guide&sort=title",
        "guide": site.guide.url,
        "case": site.case.url,
    }[name]


@pytest.mark.parametrize("name", ["home", "sourcebook", "filtered sourcebook", "guide", "case"])
def test_no_serious_accessibility_violations(tab, site, name):
    from axe_playwright_python.sync_playwright import Axe

    url = _url(site, name)
    response = tab.goto(url)
    assert response.status == 200, url
    results = Axe().run(tab, options={"resultTypes": ["violations", "incomplete"]})
    violations = [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [node["target"] for node in v["nodes"]],
        }
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    # axe only says "incomplete" for text the same colour as its background
    # (it may be meant to be hidden); on these pages that is unreadable text.
    violations += [
        {"rule": "color-contrast", "help": "text the same colour as its background", "nodes": n}
        for n in [_invisible_text(results.response)]
        if n
    ]
    assert not violations, f"axe on {url}:\n{json.dumps(violations, indent=2)}"


def _invisible_text(response):
    return [
        node["target"]
        for rule in response.get("incomplete", [])
        if rule["id"] == "color-contrast"
        for node in rule["nodes"]
        if any((check.get("data") or {}).get("messageKey") == "equalRatio" for check in node["any"])
    ]


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(tab, site):
    tab.goto("/en/")
    tab.keyboard.press("Tab")
    skip = tab.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    tab.keyboard.press("Enter")
    expect(tab.get_by_role("main")).to_be_focused()
    expect(tab).to_have_url(re.compile(r"/en/#main$"))
