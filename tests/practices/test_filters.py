"""The sourcebook listing: facets with counts, combinations, sorting, paging, bad values."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    GovernmentLevelFactory,
    InterventionTypeFactory,
    PracticeGuidePageFactory,
    SectorFactory,
    ThemeFactory,
)
from tests.listings import count_beside, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(sourcebook):
    """Two guides and three case studies with distinct classifications."""
    strategy = ThemeFactory(name="Participative strategy", slug="participative-strategy")
    learning = ThemeFactory(name="Learning partnerships", slug="learning-partnerships")
    coaching = InterventionTypeFactory(name="Coaching", slug="coaching")
    als = InterventionTypeFactory(name="Action learning set", slug="action-learning-set")
    fr = CountryFactory(code="FR", name="France")
    dk = CountryFactory(code="DK", name="Denmark")
    health = SectorFactory(name="Health", slug="health")
    local_gov = SectorFactory(name="Local government", slug="local-government")
    local = GovernmentLevelFactory(name="Local", slug="local")
    national = GovernmentLevelFactory(name="National", slug="national")

    def make(factory, title, themes=(), interventions=(), **kwargs):
        page = factory(parent=sourcebook, title=title, **kwargs)
        page.themes = list(themes)
        page.intervention_types = list(interventions)
        page.save_revision().publish()
        return page

    make(PracticeGuidePageFactory, "Guide Alpha", [strategy], [coaching])
    make(PracticeGuidePageFactory, "Guide Beta", [strategy, learning], [als])
    make(
        CaseStudyPageFactory,
        "Case Paris",
        [strategy],
        [als],
        country=fr,
        sector=health,
        government_level=national,
    )
    make(
        CaseStudyPageFactory,
        "Case Lyon",
        [learning],
        [coaching],
        country=fr,
        sector=local_gov,
        government_level=local,
    )
    make(
        CaseStudyPageFactory,
        "Case Aarhus",
        [learning],
        [als],
        country=dk,
        sector=local_gov,
        government_level=local,
    )
    return sourcebook


def test_everything_listed_with_counts(client, catalogue):
    response = client.get("/en/sourcebook/")
    assert titles(response) == [
        "Case Aarhus",
        "Case Lyon",
        "Case Paris",
        "Guide Alpha",
        "Guide Beta",
    ]
    assert count_beside(response, "kind", "guide") == 2
    assert count_beside(response, "kind", "case") == 3
    assert count_beside(response, "theme", "learning-partnerships") == 3
    assert count_beside(response, "country", "FR") == 2
    assert count_beside(response, "sector", "local-government") == 2
    assert count_beside(response, "level", "local") == 2
    assert count_beside(response, "intervention", "action-learning-set") == 3


@pytest.mark.parametrize(
    "query, expected",
    [
        ("theme=participative-strategy", ["Case Paris", "Guide Alpha", "Guide Beta"]),
        ("kind=guide", ["Guide Alpha", "Guide Beta"]),
        ("kind=case&country=FR", ["Case Lyon", "Case Paris"]),
        ("country=fr", ["Case Lyon", "Case Paris"]),
        ("sector=local-government&level=local", ["Case Aarhus", "Case Lyon"]),
        ("intervention=coaching", ["Case Lyon", "Guide Alpha"]),
        (
            "theme=learning-partnerships&intervention=action-learning-set",
            ["Case Aarhus", "Guide Beta"],
        ),
        ("country=FR&country=DK", ["Case Aarhus", "Case Lyon", "Case Paris"]),
        ("theme=participative-strategy&country=DK", []),
    ],
)
def test_filters_narrow_and_combine(client, catalogue, query, expected):
    response = client.get(f"/en/sourcebook/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_counts_follow_the_other_filters(client, catalogue):
    response = client.get("/en/sourcebook/?country=FR")
    # Within France: one case per sector; kinds count only French entries.
    assert count_beside(response, "sector", "health") == 1
    assert count_beside(response, "sector", "local-government") == 1
    assert count_beside(response, "kind", "case") == 2
    assert count_beside(response, "kind", "guide") in (None, 0)
    # The facet being filtered still offers its other choices, with their own counts.
    assert count_beside(response, "country", "DK") == 1
    # Choosing the count's filter gives exactly that many results.
    narrowed = client.get("/en/sourcebook/?country=FR&sector=health")
    assert len(titles(narrowed)) == 1


def test_a_checked_choice_stays_checked(client, catalogue):
    response = client.get("/en/sourcebook/?theme=learning-partnerships&sort=title")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", id="f-theme-learning-partnerships").has_attr("checked")
    assert soup.find("option", value="title").has_attr("selected")
    removal = soup.select_one(".active-filters a")["href"]
    assert "theme" not in removal and "sort=title" in removal


def test_unknown_filter_value_gives_empty_result_with_notice(client, catalogue):
    response = client.get("/en/sourcebook/?theme=no-such-theme&country=ZZ")
    assert response.status_code == 200
    assert titles(response) == []
    assert "not known" in response.text
    assert "theme=no-such-theme" in response.text


@pytest.mark.parametrize(
    "query",
    ["page=abc", "page=999", "sort=drop-table", "theme=", "theme=%00", "kind=" + "x" * 5000],
)
def test_odd_input_never_errors(client, catalogue, query):
    assert client.get(f"/en/sourcebook/?{query}").status_code == 200


def test_sorting(client, catalogue):
    by_title = titles(client.get("/en/sourcebook/?sort=title"))
    assert by_title == sorted(by_title)
    soup = BeautifulSoup(client.get("/en/sourcebook/?sort=title").content, "html.parser")
    ordered = [a.get_text(strip=True) for a in soup.select(".card-title a")]
    assert ordered == ["Case Aarhus", "Case Lyon", "Case Paris", "Guide Alpha", "Guide Beta"]
    newest = BeautifulSoup(client.get("/en/sourcebook/").content, "html.parser")
    assert newest.select_one(".card-title a").get_text(strip=True) == "Case Aarhus"


def test_pagination_keeps_filters(client, sourcebook, settings):
    settings.SOURCEBOOK_PAGE_SIZE = 2
    theme = ThemeFactory(name="Leadership", slug="leadership")
    for i in range(5):
        page = PracticeGuidePageFactory(parent=sourcebook, title=f"Leadership guide {i}")
        page.themes = [theme]
        page.save_revision().publish()
    first = client.get("/en/sourcebook/?theme=leadership&sort=title")
    assert titles(first) == ["Leadership guide 0", "Leadership guide 1"]
    soup = BeautifulSoup(first.content, "html.parser")
    next_link = soup.select_one('.pagination a[rel="next"]')["href"]
    assert "theme=leadership" in next_link and "sort=title" in next_link and "page=2" in next_link
    last = client.get("/en/sourcebook/" + next_link.replace("&amp;", "&"))
    assert titles(last) == ["Leadership guide 2", "Leadership guide 3"]
    assert titles(client.get("/en/sourcebook/?theme=leadership&sort=title&page=3")) == [
        "Leadership guide 4"
    ]


def test_drafts_and_private_entries_are_not_listed(client, sourcebook):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    PracticeGuidePageFactory(parent=sourcebook, title="Public guide")
    draft = PracticeGuidePageFactory(parent=sourcebook, title="Draft guide")
    draft.unpublish()
    private = PracticeGuidePageFactory(parent=sourcebook, title="Private guide")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Agency A"))
    response = client.get("/en/sourcebook/")
    assert titles(response) == ["Public guide"]
    assert count_beside(response, "kind", "guide") == 1


def test_kept_counts_follow_a_publish_and_the_visitors_rights(client, sourcebook):
    """The counts are kept in the site's cache (``FacetedFilter(kept_for=...)``): a new
    entry shows at once, and a guide only some may read is counted only for them."""
    from django.contrib.auth.models import Group
    from django.core.cache import cache
    from wagtail.models import PageViewRestriction

    from tests.factories import UserFactory

    cache.clear()
    PracticeGuidePageFactory(parent=sourcebook, title="Public guide")
    assert count_beside(client.get("/en/sourcebook/"), "kind", "guide") == 1
    PracticeGuidePageFactory(parent=sourcebook, title="Second guide").save_revision().publish()
    assert count_beside(client.get("/en/sourcebook/"), "kind", "guide") == 2

    private = PracticeGuidePageFactory(parent=sourcebook, title="Agency guide")
    agency = Group.objects.create(name="Agency A")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(agency)
    member = UserFactory()
    member.groups.add(agency)
    member_client = type(client)()
    member_client.force_login(member)
    assert count_beside(member_client.get("/en/sourcebook/"), "kind", "guide") == 3
    assert count_beside(client.get("/en/sourcebook/"), "kind", "guide") == 2
    assert count_beside(member_client.get("/en/sourcebook/"), "kind", "guide") == 3
