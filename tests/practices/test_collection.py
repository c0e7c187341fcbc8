"""CollectionPage: an editor picks criteria, the page lists what matches, now and later."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from practices.models import PracticeGuidePage
from tests.factories import (
    CaseStudyPageFactory,
    CollectionPageFactory,
    CountryFactory,
    InterventionTypeFactory,
    PracticeGuidePageFactory,
    SectorFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def listed(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".card-title a")]


@pytest.fixture
def entries(sourcebook):
    leadership = ThemeFactory(name="Leadership", slug="leadership")
    coaching = InterventionTypeFactory(name="Coaching", slug="coaching")
    health = SectorFactory(name="Health", slug="health")
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Coaching leaders")
    guide.themes = [leadership]
    guide.intervention_types = [coaching]
    guide.save_revision().publish()
    case = CaseStudyPageFactory(
        parent=sourcebook,
        title="Leadership in Ghent",
        country=CountryFactory(code="BE", name="Belgium"),
        sector=health,
    )
    case.themes = [leadership]
    case.save_revision().publish()
    CaseStudyPageFactory(
        parent=sourcebook,
        title="Budgeting in Porto",
        country=CountryFactory(code="PT", name="Portugal"),
    )
    return {"leadership": leadership, "coaching": coaching, "health": health}


def test_criteria_select_entries(client, home, entries):
    by_theme = CollectionPageFactory(parent=home, title="Leadership", order="title")
    by_theme.themes = [entries["leadership"]]
    by_theme.save_revision().publish()
    assert listed(client, by_theme) == ["Coaching leaders", "Leadership in Ghent"]

    cases_only = CollectionPageFactory(parent=home, kinds="case", order="title")
    cases_only.themes = [entries["leadership"]]
    cases_only.save_revision().publish()
    assert listed(client, cases_only) == ["Leadership in Ghent"]

    by_country = CollectionPageFactory(parent=home, order="title")
    by_country.countries = [CountryFactory(code="PT", name="Portugal")]
    by_country.save_revision().publish()
    assert listed(client, by_country) == ["Budgeting in Porto"]

    by_sector = CollectionPageFactory(parent=home)
    by_sector.sectors = [entries["health"]]
    by_sector.save_revision().publish()
    assert listed(client, by_sector) == ["Leadership in Ghent"]

    by_intervention = CollectionPageFactory(parent=home)
    by_intervention.intervention_types = [entries["coaching"]]
    by_intervention.save_revision().publish()
    assert listed(client, by_intervention) == ["Coaching leaders"]


def test_order_limit_and_date_range(client, home, sourcebook, entries):
    PracticeGuidePage.objects.filter(title="Coaching leaders").update(
        first_published_at=timezone.now() - datetime.timedelta(days=400)
    )
    newest_two = CollectionPageFactory(parent=home, order="newest", limit=2)
    assert listed(client, newest_two) == ["Budgeting in Porto", "Leadership in Ghent"]

    recent = CollectionPageFactory(
        parent=home,
        order="title",
        published_after=timezone.now().date() - datetime.timedelta(days=30),
    )
    assert listed(client, recent) == ["Budgeting in Porto", "Leadership in Ghent"]


def test_new_matching_entries_appear_later(client, home, sourcebook, entries):
    collection = CollectionPageFactory(parent=home, order="title")
    collection.themes = [entries["leadership"]]
    collection.save_revision().publish()
    assert "Leading through a merger" not in listed(client, collection)
    later = PracticeGuidePageFactory(parent=sourcebook, title="Leading through a merger")
    later.themes = [entries["leadership"]]
    later.save_revision().publish()
    assert "Leading through a merger" in listed(client, collection)


def test_private_entries_never_listed(client, home, sourcebook, entries):
    hidden = PracticeGuidePageFactory(parent=sourcebook, title="Agency-only guide")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    collection = CollectionPageFactory(parent=home, kinds="guide")
    assert listed(client, collection) == ["Coaching leaders"]


def test_date_range_must_be_in_order(home):
    collection = CollectionPageFactory.build(
        title="Backwards",
        published_after=datetime.date(2025, 1, 1),
        published_before=datetime.date(2024, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        collection.clean()
    assert "published_before" in error.value.message_dict
