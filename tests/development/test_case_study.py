"""Staff start a case study from an intervention: a draft in the sourcebook, prefilled."""

import pytest
from django.urls import reverse

from cms import evidence
from development.models import ImpactMeasure, InterventionSession, Participation
from practices.models import CaseStudyPage
from tests.factories import GovernmentLevelFactory, SectorFactory

from .factories import InterventionFactory, RoundFactory, answer_round, statements_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def intervention(people, sourcebook):
    agency = people.agency
    agency.sector = SectorFactory(name="Local government", slug="local-government")
    agency.government_level = GovernmentLevelFactory(name="Local", slug="local")
    agency.save()
    intervention = InterventionFactory(
        agency=agency,
        title="Action learning for team leaders",
        aims="Help the team leaders of Ville de Lyon reflect on change. Build confidence.",
        outcomes="Ville de Lyon changed its opening hours.",
        ends_on=None,
    )
    InterventionSession.objects.create(
        intervention=intervention, held_on="2025-02-01", topic="First set", attendance=7
    )
    ImpactMeasure.objects.create(
        intervention=intervention,
        indicator="Satisfaction",
        value=61,
        unit="%",
        measured_on="2024-03-01",
        source="Panel",
    )
    statements = statements_of(people.framework)
    for year, level in ((2024, 1), (2025, 3)):
        round = RoundFactory(
            agency=agency,
            framework=people.framework,
            title=f"Round {year}",
            opens_on=f"{year}-03-01",
            closes_on=f"{year}-03-20",
        )
        answer_round(round, {}, {s: level for s in statements}, submit=True)
        round.interventions.add(intervention)
    return intervention


def start(client, intervention):
    return client.post(reverse("development_case_study", args=[intervention.pk]))


def all_text(page) -> str:
    fields = (
        "title",
        "summary",
        "organisation",
        "challenge",
        "what_was_done",
        "outcomes",
        "evidence",
    )
    return " ".join(str(getattr(page, f)) for f in fields) + str(page.measured_change.raw_data)


def test_a_draft_case_study_leaves_the_agency_unnamed_unless_it_agreed(
    people, intervention, client
):
    client.force_login(people.staff)
    assert client.get(reverse("development_case_study", args=[intervention.pk])).status_code == 200
    response = start(client, intervention)
    page = CaseStudyPage.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{page.pk}/edit/")
    assert not page.live and page.owner == people.staff
    assert page.get_parent().specific_class.__name__ == "SourcebookIndexPage"
    assert page.get_workflow().name == "Sourcebook review"
    assert list(page.intervention_types.all()) == [intervention.intervention_type]
    assert (page.country, page.sector, page.government_level) == (
        people.agency.country,
        people.agency.sector,
        people.agency.government_level,
    )
    assert "reflect on change" in page.challenge
    assert "Ville de Lyon" not in all_text(page)
    assert page.organisation == "A public agency (Local government, Local, France)"
    table = page.measured_change[0].value
    assert (
        table["before_label"] == "Round 2024 (baseline)"
        and table["after_label"] == "Round 2025 (baseline)"
    )
    rows = [(r["label"], float(r["before"]), float(r["after"])) for r in table["rows"]]
    assert rows == [("1. Leadership", 25.0, 75.0), ("2. Learning", 25.0, 75.0)]
    assert "Satisfaction: 61 %" in page.evidence
    assert "1 sessions" in page.what_was_done or "First set" in page.what_was_done


def test_an_agency_that_agreed_is_named(people, intervention, client):
    Participation.objects.create(agency=people.agency, named_in_case_studies=True)
    client.force_login(people.staff)
    start(client, intervention)
    page = CaseStudyPage.objects.get()
    assert page.organisation == "Ville de Lyon"
    assert "Ville de Lyon changed its opening hours" in page.outcomes


def test_the_case_study_shows_its_before_and_after_table(people, intervention, client):
    client.force_login(people.staff)
    start(client, intervention)
    page = CaseStudyPage.objects.get()
    page.save_revision().publish()
    html = client.get(page.url).text
    assert "Measured change" in html
    assert "+50.0" in html and "(improved)" in html


def test_only_staff_start_a_case_study(people, intervention, client):
    client.force_login(people.coordinator)
    assert start(client, intervention).status_code in (302, 403)
    assert not CaseStudyPage.objects.exists()


def test_without_a_sourcebook_to_answer_staff_are_told(people, intervention, client, monkeypatch):
    monkeypatch.setattr(evidence, "_drafters", [])
    client.force_login(people.staff)
    page = client.get(reverse("development_case_study", args=[intervention.pk])).text
    assert "no case study can be drafted" in page
    response = start(client, intervention)
    assert response.status_code == 302 and not CaseStudyPage.objects.exists()
