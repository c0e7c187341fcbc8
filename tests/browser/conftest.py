"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

The live server runs in a thread on a transactional database that is emptied after
every test, so each test builds its own small sourcebook here with the factories
and points the default Wagtail site at the live server's host and port.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (never one downloaded by Playwright).

    Playwright's sync API keeps an event loop running in the test thread, and Django
    refuses database queries from a thread with a running loop unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set. It is set only while Playwright runs: left
    set, it would leak into the rest of the suite (and into ``check --deploy``
    run in a subprocess, which rightly fails on it).
    """
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_tab(browser, live_server):
    """Open a tab on the live server; ``new_tab(java_script_enabled=False)`` for a no-JS visitor.

    ``viewport={"width": 390, "height": 844}`` opens it as a phone.
    """
    contexts = []

    def open_tab(**options):
        options = {
            "base_url": live_server.url,
            "locale": "en-GB",
            "viewport": {"width": 1280, "height": 900},
            **options,
        }
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture
def tab(new_tab):
    return new_tab()


@dataclass
class SourcebookSite:
    home: object
    sourcebook: object
    guide: object
    other_guide: object
    case: object
    other_case: object


@pytest.fixture
def site(live_server, transactional_db):
    """A home page, a sourcebook with two guides and two case studies, served by the live server."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomeFeaturedGuide, HomePage
    from tests.factories import (
        CaseStudyPageFactory,
        CountryFactory,
        HomePageFactory,
        InterventionTypeFactory,
        PracticeGuidePageFactory,
        SectorFactory,
        SourcebookIndexPageFactory,
        ThemeFactory,
    )

    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        home = HomePageFactory(parent=root, slug="home")
    host = urlsplit(live_server.url)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": host.hostname,
            "port": host.port,
            "root_page": home,
            "site_name": "Praxis",
        },
    )

    participation = ThemeFactory(name="Participation", slug="participation")
    leadership = ThemeFactory(name="Leadership", slug="leadership")
    action_learning = InterventionTypeFactory(name="Action learning", slug="action-learning")
    health = SectorFactory(name="Health", slug="health")
    france = CountryFactory(code="FR", name="France")
    denmark = CountryFactory(code="DK", name="Denmark")

    sourcebook = SourcebookIndexPageFactory(parent=home, show_in_menus=True)
    guide = PracticeGuidePageFactory(
        parent=sourcebook, title="Strategy workshops with staff", slug="strategy-workshops"
    )
    other_guide = PracticeGuidePageFactory(
        parent=sourcebook, title="Coaching frontline managers", slug="coaching"
    )
    case = CaseStudyPageFactory(
        parent=sourcebook,
        title="Citizen panels in Lyon",
        slug="citizen-panels-lyon",
        country=france,
        sector=health,
        size="1,200 staff",
        period="2022–2024",
        lessons="<p>Start small and report back.</p>",
        contact="renewal@lyon.example",
        quotes=[("quote", {"text": "We listened for the first time.", "attribution": "A nurse"})],
    )
    other_case = CaseStudyPageFactory(
        parent=sourcebook, title="Aarhus listens", slug="aarhus-listens", country=denmark
    )
    guide.themes.add(participation)
    guide.intervention_types.add(action_learning)
    other_guide.themes.add(leadership)
    case.themes.add(participation)
    case.intervention_types.add(action_learning)
    other_case.themes.add(leadership)
    for page in (guide, other_guide, case, other_case):
        page.save_revision().publish()

    home.intro = "Practice and research on strategic renewal in European public services."
    home.featured_guides = [HomeFeaturedGuide(page=guide), HomeFeaturedGuide(page=other_guide)]
    home.save_revision().publish()

    return SourcebookSite(home, sourcebook, guide, other_guide, case, other_case)
