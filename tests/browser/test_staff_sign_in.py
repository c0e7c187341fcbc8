"""Staff sign in to the admin in a real browser: one path, each step asked once.

The password once; then the authenticator code, or, for staff without one, its
set-up (the password just typed is not asked again); the recovery codes with a
way on; and back to the admin page they were going to. The sign-in page on
this path offers no open sign-up.
"""

import re
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "a-long-staff-passphrase"


def code(secret):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def staff(site, settings):
    from tests.members.factories import verified_user

    settings.PRAXIS_ADMIN_REQUIRES_2FA = True
    user = verified_user("editor@praxis.example", password=PASSWORD)
    user.is_staff = user.is_superuser = True
    user.save()
    return user


def sign_in(tab):
    expect(tab.get_by_role("link", name=re.compile("sign up", re.I))).to_have_count(0)
    tab.get_by_label(re.compile(r"^Email")).fill("editor@praxis.example")
    tab.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    tab.get_by_role("button", name="Sign In").click()


def test_staff_set_up_two_factor_on_the_way_and_come_back_then_sign_in_with_a_code(new_tab, staff):
    tab = new_tab()
    tab.set_default_timeout(30_000)  # the admin's first page is slow to build on a busy machine
    tab.goto("/admin/pages/")
    expect(tab).to_have_url(re.compile(r"/en/accounts/login/\?next=/admin/pages/$"))
    expect(tab.get_by_role("heading", level=1)).to_have_text("Sign In")
    expect(tab.get_by_text("Staff sign-in:")).to_be_visible()
    sign_in(tab)

    # Straight to the set-up: the password is not asked a second time.
    expect(tab).to_have_url(re.compile(r"/en/accounts/2fa/totp/activate/$"))
    expect(tab.get_by_role("button", name="Confirm")).to_have_count(0)
    secret = tab.locator("#authenticator_secret").input_value()
    tab.get_by_label(re.compile(r"^Authenticator code")).fill(code(secret))
    tab.get_by_role("button", name="Activate").click()

    # The recovery codes, then on to where they were going, without a code again.
    expect(tab.get_by_role("heading", level=1)).to_have_text(re.compile("Recovery Codes"))
    tab.get_by_role("link", name="I have saved my recovery codes: continue").click()
    expect(tab).to_have_url(re.compile(r"/admin/pages/$"))
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    assert "/accounts/" not in tab.url

    # Next time: the password, then the code, then the admin.
    tab = new_tab()
    tab.goto("/admin/")
    sign_in(tab)
    tab.get_by_label(re.compile(r"^Code")).fill(code(secret))
    tab.get_by_role("button", name="Sign In").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))
    expect(tab.get_by_role("heading", level=1)).to_be_visible()


def test_members_sign_in_page_still_offers_sign_up(tab, site):
    tab.goto("/en/accounts/login/")
    expect(tab.get_by_role("link", name="sign up")).to_be_visible()
