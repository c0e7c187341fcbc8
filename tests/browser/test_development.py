"""A member answers a self-assessment round with the keyboard only; axe on the development pages."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_sourcebook import _invisible_text

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-passphrase"


@pytest.fixture
def work(site):
    from django.urls import reverse

    from development.enums import PartnershipRole
    from members.models import Membership
    from tests.development.factories import (
        InterventionFactory,
        LogEntryFactory,
        RoundFactory,
        answer_round,
        make_framework,
        partnership_with,
        statements_of,
    )
    from tests.members.factories import (
        AgencyFactory,
        AgencySpacePageFactory,
        MembersAreaPageFactory,
        MembershipFactory,
        verified_user,
    )

    area = MembersAreaPageFactory(parent=site.home)
    agency = AgencyFactory(name="Ville de Lyon")
    AgencySpacePageFactory(parent=area, agency=agency, slug="lyon")
    member = verified_user("yves@lyon.example", password=PASSWORD, first_name="Yves")
    MembershipFactory(user=member, agency=agency)
    coordinator = verified_user("claire@lyon.example", password=PASSWORD, first_name="Claire")
    MembershipFactory(user=coordinator, agency=agency, role=Membership.Role.COORDINATOR)
    framework = make_framework(
        criteria=[
            ("1", "Leadership", "Enablers", 2),
            ("2", "Learning", "Results", 1),
            ("3", "Voice", "Results", 1),
        ]
    )
    statements = statements_of(framework)
    intervention = InterventionFactory(agency=agency, title="Action learning set")
    submitted = RoundFactory(agency=agency, framework=framework, title="Baseline")
    answer_round(
        submitted,
        {member: {s: 2 for s in statements}, coordinator: {s: 3 for s in statements}},
        {s: 2 for s in statements},
        submit=True,
    )
    open_round = RoundFactory(agency=agency, framework=framework, title="Follow-up")
    answer_round(open_round, {member: {}, coordinator: {}})
    partnership = partnership_with(agency, [(coordinator, PartnershipRole.PUBLIC_MANAGER)])
    entry = LogEntryFactory(partnership=partnership, author=coordinator, title="First set")
    a, p = agency.pk, partnership.pk
    pages = {
        "home": reverse("development:home"),
        "agency": reverse("development:agency", args=[a]),
        "intervention": reverse("development:intervention", args=[a, intervention.pk]),
        "round": reverse("development:round", args=[a, open_round.pk]),
        "answer": reverse("development:answer", args=[a, open_round.pk]),
        "consensus": reverse("development:consolidate", args=[a, open_round.pk]),
        "submit": reverse("development:submit", args=[a, open_round.pk]),
        "results": reverse("development:results", args=[a]),
        "new round": reverse("development:new_round", args=[a]),
        "partnership": reverse("development:partnership", args=[a, p]),
        "log entry": reverse("development:log_entry", args=[a, p, entry.pk]),
        "new log entry": reverse("development:new_log_entry", args=[a, p]),
        "upload": reverse("development:upload", args=[a]),
    }
    return {"round": open_round, "statements": statements, "pages": pages, "member": member}


def sign_in(tab, email):
    tab.goto("/en/accounts/login/")
    tab.get_by_label(re.compile(r"^Email")).fill(email)
    tab.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    tab.get_by_role("button", name="Sign In").click()
    expect(tab).to_have_url(re.compile("/en/accounts/me/$"))


def focused(tab) -> dict:
    return tab.evaluate(
        "() => { const e = document.activeElement; return {tag: e.tagName,"
        " name: e.name || '', value: e.value || '', text: e.innerText || ''}; }"
    )


def tab_to(tab, matches, limit=80):
    """Press Tab until the focused element matches; fail if it never does."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if matches(focused(tab)):
            return focused(tab)
    raise AssertionError(f"Tab never reached the element; last focused: {focused(tab)}")


def test_a_member_answers_a_round_with_the_keyboard_only(new_tab, work):
    from development.models import Response

    tab = new_tab()
    sign_in(tab, "yves@lyon.example")
    tab.goto(work["pages"]["answer"])
    wanted = {0: 3, 1: 0, 2: 4, 3: None}  # statement index -> level (None: "don't know")
    for index, statement in enumerate(work["statements"]):
        tab_to(tab, lambda e, pk=statement.pk: e["name"] == f"s{pk}")
        level = wanted[index]
        if level == 0:
            tab.keyboard.press("Space")
        else:
            steps = 5 if level is None else level  # "don't know" comes after the five levels
            for _ in range(steps):
                tab.keyboard.press("ArrowRight")
        radio = tab.locator(f'input[name="s{statement.pk}"]:checked')
        expect(radio).to_be_focused()
        expect(radio).to_be_in_viewport()
        tab.keyboard.press("Tab")
        assert focused(tab)["name"] == f"n{statement.pk}"
        tab.keyboard.type(f"Seen in the minutes ({statement.code})")
    done = tab_to(tab, lambda e: e["tag"] == "BUTTON" and e["text"] == "Save and mark as complete")
    assert done["value"] == "complete"
    tab.keyboard.press("Enter")
    expect(tab.locator(".messages")).to_contain_text(
        "your answers are saved and marked as complete"
    )

    response = Response.objects.get(round=work["round"], respondent=work["member"])
    assert response.is_complete
    stored = {
        a.statement.code: (a.level, a.dont_know, a.note)
        for a in response.answers.select_related("statement")
    }
    assert stored == {
        "1.1": (3, False, "Seen in the minutes (1.1)"),
        "1.2": (0, False, "Seen in the minutes (1.2)"),
        "2.1": (4, False, "Seen in the minutes (2.1)"),
        "3.1": (None, True, "Seen in the minutes (3.1)"),
    }


def axe_violations(tab) -> list:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab, options={"resultTypes": ["violations", "incomplete"]})
    violations = [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]],
        }
        for v in results.response["violations"]
    ]
    if invisible := _invisible_text(results.response):
        violations.append({"rule": "color-contrast", "nodes": invisible})
    return violations


PAGES = [
    "home",
    "agency",
    "intervention",
    "round",
    "answer",
    "consensus",
    "submit",
    "results",
    "new round",
    "partnership",
    "log entry",
    "new log entry",
    "upload",
]


def test_axe_finds_nothing_on_the_development_pages(new_tab, work):
    tab = new_tab()
    sign_in(tab, "claire@lyon.example")
    problems = {}
    for name in PAGES:
        response = tab.goto(work["pages"][name])
        assert response.status == 200, name
        if violations := axe_violations(tab):
            problems[name] = violations
    assert not problems, json.dumps(problems, indent=2)


def test_axe_finds_nothing_on_a_form_with_errors(new_tab, work):
    """The answer form re-displayed with a message beside a refused level."""
    tab = new_tab()
    sign_in(tab, "yves@lyon.example")
    tab.goto(work["pages"]["answer"])
    statement = work["statements"][0]
    # A level outside the scale, as a tampered form would send it.
    tab.evaluate(
        f"() => {{ const r = document.querySelector('input[name=\"s{statement.pk}\"]');"
        " r.value = '9'; r.checked = true; }"
    )
    tab.get_by_role("button", name="Save and continue later").click()
    expect(tab.get_by_role("alert")).to_contain_text("Nothing was saved")
    expect(tab.locator(".statement .errors").first).to_contain_text("Choose one of the levels")
    assert not axe_violations(tab)


def test_no_development_page_scrolls_sideways_on_a_phone(new_tab, work):
    """A coordinator on a 320 px phone, in English and French: tables and the radar
    chart fit or scroll inside their own box, never the whole page."""
    tab = new_tab(viewport={"width": 320, "height": 640})
    sign_in(tab, "claire@lyon.example")
    wide = {}
    for name in PAGES:
        for language in ("en", "fr"):
            url = work["pages"][name].replace("/en/", f"/{language}/", 1)
            response = tab.goto(url)
            assert response.status == 200, url
            assert tab.evaluate("document.documentElement.lang") == language, url
            extra = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if extra > 0:
                wide[url] = extra
    assert not wide, f"pages wider than 320 px, by so many px: {wide}"
