"""Every public page type within its SQL query budget, and listings constant in their entries.

Issue 18: an uncached page (no HTTP cache in front) costs at most
``QUERY_BUDGET`` queries for an anonymous visitor, on SQLite and PostgreSQL,
in English and under ``/fr/`` (where the English pages are served through
``cms.i18n.route``'s fallback). The count is of the *second* request to an
address: the first warms the caches a running site keeps warm (the page
chrome and the content version in the site's cache, the site, locales, view
restrictions, terms and routes in the process: ``cms.chrome``). Numbers, not
timings: ``bench/pages.py`` prints the CPU time.
"""

import datetime

import pytest
from wagtail.models import Locale

from tests.events.factories import EventIndexPageFactory, EventPageFactory, days_from_now
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    PracticeGuidePageFactory,
    StandardPageFactory,
    ThemeFactory,
)
from tests.listings import queries_for
from tests.publications.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12


@pytest.fixture
def site(home, sourcebook):
    """One page of every public type, with themes, authors and a country to show."""
    Locale.objects.get_or_create(language_code="fr")
    themes = [ThemeFactory(name=f"Theme {i}", slug=f"theme-{i}") for i in range(3)]
    country = CountryFactory(code="PL", name="Poland")
    guide = PracticeGuidePageFactory(parent=sourcebook, title="A guide", slug="a-guide")
    guide.themes = themes[:2]
    guide.save_revision().publish()
    case = CaseStudyPageFactory(parent=sourcebook, title="A case", slug="a-case", country=country)
    case.themes = themes[1:]
    case.save_revision().publish()
    publications = PublicationIndexPageFactory(parent=home)
    people = [PersonFactory(family_name=f"Author{i}") for i in range(3)]
    paper = PublicationPageFactory(parent=publications, slug="a-paper", people=people)
    news = NewsIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news, slug="an-item")
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, slug="an-event")
    about = StandardPageFactory(parent=home, slug="about", title="About")
    return {
        "sourcebook": sourcebook,
        "guide": guide,
        "case": case,
        "publications": publications,
        "paper": paper,
        "news": news,
        "item": item,
        "events": events,
        "event": event,
        "about": about,
        "themes": themes,
        "country": country,
    }


PAGES = {
    "home": lambda s: "/en/",
    "sourcebook": lambda s: "/en/sourcebook/",
    "sourcebook filtered": lambda s: "/en/sourcebook/?theme=theme-1&kind=guide&kind=case",
    "guide": lambda s: s["guide"].url,
    "case study": lambda s: s["case"].url,
    "publications": lambda s: s["publications"].url,
    "publication": lambda s: s["paper"].url,
    "news": lambda s: s["news"].url,
    "news item": lambda s: s["item"].url,
    "events": lambda s: s["events"].url,
    "event": lambda s: s["event"].url,
    "search": lambda s: "/en/search/?q=guide",
    "standard page": lambda s: s["about"].url,
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_public_page_type_is_within_its_query_budget(client, site, name, language):
    """Second request (the first warms the caches), anonymous: at most QUERY_BUDGET queries."""
    url = PAGES[name](site).replace("/en/", f"/{language}/", 1)
    count = queries_for(client, url)
    assert count <= QUERY_BUDGET, f"{url}: {count} queries"


def add_entries(site, n, start=0):
    """``n`` more entries in each listing: guides and cases, papers, news, events."""
    themes, country = site["themes"], site["country"]
    for i in range(start, start + n):
        if i % 2:
            page = CaseStudyPageFactory(
                parent=site["sourcebook"], title=f"Case {i}", country=country
            )
        else:
            page = PracticeGuidePageFactory(parent=site["sourcebook"], title=f"Guide {i}")
        page.themes = themes[: 1 + i % 3]
        page.save_revision().publish()
        paper = PublicationPageFactory(
            parent=site["publications"],
            title=f"Paper {i}",
            publication_date=datetime.date(2015 + i % 8, 1, 1),
            people=[PersonFactory(family_name=f"Writer{i}")],
        )
        paper.themes = themes[: 1 + i % 2]
        paper.save_revision().publish()
        NewsPageFactory(parent=site["news"], title=f"News {i}")
        EventPageFactory(parent=site["events"], title=f"Event {i}", start=days_from_now(10 + i))


LISTINGS = ["sourcebook", "sourcebook filtered", "publications", "news", "events", "home"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_thirty_more_entries_leave_the_listings_query_counts_unchanged(
    client, site, settings, language
):
    settings.SOURCEBOOK_PAGE_SIZE = 100
    urls = [PAGES[name](site).replace("/en/", f"/{language}/", 1) for name in LISTINGS]
    add_entries(site, 3)
    few = {url: queries_for(client, url) for url in urls}
    add_entries(site, 30, start=3)
    many = {url: queries_for(client, url) for url in urls}
    assert many == few
