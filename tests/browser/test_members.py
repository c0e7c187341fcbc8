"""A member in a real browser: signs in from a gated page and comes back, uses a TOTP code; axe."""

import json
import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.test_sourcebook import _invisible_text

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-passphrase"


@pytest.fixture
def members_site(site):
    from members.models import Membership
    from tests.members.factories import (
        AgencyFactory,
        AgencySpacePageFactory,
        MembersAreaPageFactory,
        MembershipFactory,
        document,
        verified_user,
    )

    area = MembersAreaPageFactory(parent=site.home)
    agency = AgencyFactory(name="Ville de Lyon")
    space = AgencySpacePageFactory(
        parent=area, agency=agency, slug="lyon", intro="Our learning partnership."
    )
    document("Notes from the third set", agency.collection, filename="notes.txt")
    member = verified_user("claire@lyon.example", password=PASSWORD)
    MembershipFactory(user=member, agency=agency, role=Membership.Role.COORDINATOR)
    return {"area": area, "space": space, "member": member}


def sign_in(tab, email, password=PASSWORD):
    tab.get_by_label(re.compile(r"^Email")).fill(email)
    tab.get_by_label(re.compile(r"^Password")).fill(password)
    tab.get_by_role("button", name="Sign In").click()


def test_member_signs_in_from_a_space_and_comes_back_to_it(new_tab, members_site):
    tab = new_tab(java_script_enabled=False)
    space = members_site["space"]
    tab.goto(space.url)
    expect(tab).to_have_url(re.compile(r"/en/accounts/login/\?next="))
    sign_in(tab, "claire@lyon.example", "not the password")
    expect(tab.get_by_role("alert")).to_contain_text("not correct")
    expect(tab.get_by_label(re.compile(r"^Email"))).to_have_value("claire@lyon.example")
    tab.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    tab.get_by_role("button", name="Sign In").click()
    expect(tab).to_have_url(re.compile(re.escape(space.url) + "$"))
    expect(tab.get_by_role("heading", level=1)).to_have_text(space.title)
    expect(tab.get_by_role("link", name="Notes from the third set")).to_be_visible()


def test_member_turns_on_two_factor_and_signs_in_with_a_code(new_tab, members_site):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    def code(secret):
        return format_hotp_value(hotp_value(secret, int(time.time()) // 30))

    tab = new_tab()
    tab.goto("/en/accounts/login/")
    sign_in(tab, "claire@lyon.example")
    tab.goto("/en/accounts/2fa/totp/activate/")
    tab.get_by_label(re.compile(r"^Password")).fill(PASSWORD)  # confirm it is them
    tab.get_by_role("button", name="Confirm").click()
    secret = tab.locator("#authenticator_secret").input_value()
    tab.get_by_label(re.compile(r"^Authenticator code")).fill(code(secret))
    tab.get_by_role("button", name="Activate").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(re.compile("Recovery Codes"))

    tab.get_by_role("banner").get_by_role("button", name="Sign out").click()
    tab.goto(members_site["area"].url)
    sign_in(tab, "claire@lyon.example")
    tab.get_by_label(re.compile(r"^Code")).fill(code(secret))
    tab.get_by_role("button", name="Sign In").click()
    expect(tab).to_have_url(re.compile(re.escape(members_site["area"].url) + "$"))
    expect(tab.get_by_role("heading", name="Your agencies")).to_be_visible()


@pytest.mark.parametrize(
    "path", ["/en/accounts/login/", "/en/accounts/signup/", "MEMBERS", "/en/accounts/sessions/"]
)
def test_account_pages_have_no_serious_accessibility_violations(tab, members_site, path):
    from axe_playwright_python.sync_playwright import Axe

    if path != "/en/accounts/login/" and path != "/en/accounts/signup/":
        tab.goto("/en/accounts/login/")
        sign_in(tab, "claire@lyon.example")
        expect(tab).to_have_url(re.compile("/en/accounts/me/$"))
    url = members_site["area"].url if path == "MEMBERS" else path
    response = tab.goto(url)
    assert response.status == 200, url
    results = Axe().run(tab, options={"resultTypes": ["violations", "incomplete"]})
    violations = [
        {"rule": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    if invisible := _invisible_text(results.response):
        violations.append({"rule": "color-contrast", "nodes": invisible})
    assert not violations, f"axe on {url}:\n{json.dumps(violations, indent=2)}"
