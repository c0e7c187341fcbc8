"""The Content-Security-Policy in a real Chromium: nothing the site needs is refused.

The policy is only as good as the pages that live with it: a refused script or
style is a broken feature. Every page type is opened, the suggestions typed,
a registration sent, and, in the admin, a page edited and previewed and an
image uploaded, while the page records every ``securitypolicyviolation``.
"""

import io
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => window.__violations.push(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline"} on ${location.pathname}`
));
"""


@pytest.fixture
def recorded(new_tab):
    tab = new_tab()
    tab.context.add_init_script(RECORD_VIOLATIONS)
    seen = []

    def violations():
        for frame in tab.frames:
            try:
                seen.extend(frame.evaluate("window.__violations || []"))
            except Exception:  # noqa: BLE001 - a frame gone meanwhile
                pass
        return seen

    tab.violations = violations
    return tab


@pytest.fixture
def every_page(live_server, transactional_db, home):
    from tests.cms.site import build_site

    return build_site(home)


def test_public_pages_work_within_the_strict_policy(recorded, every_page):
    tab = recorded
    for url in [*every_page.pages.values(), every_page.registration_link]:
        tab.goto(url)
        tab.violations()
    # The suggestions (a script of the site's own, fetching JSON from the site).
    tab.goto("/en/")
    box = tab.locator("#site-search-q")
    box.click()
    box.press_sequentially("open", delay=30)
    tab.locator("#" + box.get_attribute("aria-controls")).locator("[role=option]").first.wait_for()
    # A registration, with the event's own questions.
    tab.goto(every_page.event.url)
    tab.get_by_label(re.compile("^First name")).fill("Inès")
    tab.get_by_label(re.compile("^Last name")).fill("Moreau")
    tab.get_by_label(re.compile("^Email")).fill("ines@example.org")
    tab.get_by_label(re.compile("^I agree")).check()
    tab.get_by_role("button", name="Register").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert tab.violations() == []


def test_the_admin_works_within_its_policy(recorded, every_page, live_server):
    from django.conf import settings
    from django.test import Client

    from tests.factories import UserFactory

    editor = UserFactory(email="editor@example.org", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(editor)
    tab = recorded
    tab.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    # Edit a page, save a draft, look at its preview beside the editor.
    event = every_page.event
    tab.goto(f"/admin/pages/{event.pk}/edit/")
    tab.locator("#id_title").fill("Renewal 2027, edited")
    tab.get_by_role("button", name=re.compile("Save draft")).click()
    expect(tab.locator(".messages")).to_contain_text("has been updated", timeout=30_000)
    tab.locator("button[data-side-panel-toggle='preview']").first.click()
    preview = tab.frame_locator("iframe[data-w-preview-target='iframe']").first
    expect(preview.get_by_role("heading", level=1)).to_have_text(
        "Renewal 2027, edited", timeout=30_000
    )
    tab.violations()
    # Upload an image through the multiple uploader.
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "teal").save(buffer, "PNG")
    tab.goto("/admin/images/multiple/add/")
    tab.set_input_files(
        "input[type=file]",
        files=[{"name": "harbour.png", "mimeType": "image/png", "buffer": buffer.getvalue()}],
    )
    expect(tab.locator(".upload-success").first).to_be_visible(timeout=20_000)
    assert tab.violations() == []
