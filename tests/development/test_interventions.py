"""An intervention shows only its own agency's documents, however they were linked."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from development.models import InterventionDocument
from tests.members.factories import document

from .factories import InterventionFactory

pytestmark = pytest.mark.django_db


def test_another_agencys_document_cannot_be_attached_nor_shown(people, client):
    intervention = InterventionFactory(agency=people.agency)
    theirs = document("Sachsen budget", people.other_agency.collection, filename="budget.txt")
    link = InterventionDocument(intervention=intervention, document=theirs)
    with pytest.raises(ValidationError, match="agency's own private collection"):
        link.full_clean()
    link.save()  # linked anyway (not through the admin): still never shown nor served
    client.force_login(people.consultant)
    page = client.get(reverse("development:intervention", args=[people.agency.pk, intervention.pk]))
    assert "Sachsen budget" not in page.text
    url = reverse("development:document", args=[people.agency.pk, theirs.pk])
    assert client.get(url).status_code == 404
    client.force_login(people.member)
    assert client.get(url).status_code == 404


def test_the_intervention_log_shows_everything_recorded_about_it(people, client):
    from development.enums import AgencyKind, InterventionStatus
    from development.models import ImpactMeasure, InterventionSession, Participation

    Participation.objects.create(agency=people.agency, kind=AgencyKind.RECEPTIVE_SITE)
    intervention = InterventionFactory(
        agency=people.agency,
        status=InterventionStatus.RUNNING,
        facilitators="The consortium's OD team",
        participant_count=12,
        participant_roles="team leaders",
        outcomes="Two teams changed their hand-over.",
    )
    for day, attendance in ((3, 9), (17, 7)):
        InterventionSession.objects.create(
            intervention=intervention,
            held_on=datetime.date(2025, 2, day),
            topic=f"Set meeting {day}",
            attendance=attendance,
            notes="Worked on one problem each.",
        )
    ImpactMeasure.objects.create(
        intervention=intervention,
        indicator="Staff turnover",
        value=11.5,
        unit="%",
        measured_on=datetime.date(2025, 6, 30),
        source="HR records",
    )
    ours = document("Set charter", people.agency.collection, filename="charter.txt")
    InterventionDocument.objects.create(intervention=intervention, document=ours)
    client.force_login(people.member)
    page = client.get(reverse("development:intervention", args=[people.agency.pk, intervention.pk]))
    text = " ".join(page.text.split())
    for expected in [
        "Action learning set",
        "running",
        "15 January 2025",
        "The consortium&#x27;s OD team",
        "12 (team leaders)",
        "Set meeting 3",
        "Set meeting 17",
        'Total attendance</th><td class="number">16',
        "Two teams changed their hand-over.",
        "Staff turnover",
        "11.50 %",
        "HR records",
        "Set charter",
    ]:
        assert expected in text, expected
    agency_page = client.get(reverse("development:agency", args=[people.agency.pk]))
    assert "receptive site" in agency_page.text
