"""The demo's development work: what the issue asks for, seen at once by the README's accounts."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from cms.models import InterventionType
from development.enums import AgencyKind, RoundStage, RoundStatus
from development.models import (
    AssessmentRound,
    Framework,
    Intervention,
    LearningPartnership,
    LogComment,
    Participation,
)
from development.results import FrameworkText, benchmark_of
from members.demo import DEMO_PASSWORD
from members.models import Membership
from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def counts():
    return (
        Participation.objects.count(),
        Intervention.objects.count(),
        AssessmentRound.objects.count(),
        LogComment.objects.count(),
        CaseStudyPage.objects.count(),
        Framework.objects.count(),
    )


def test_the_demo_has_the_development_work_and_loads_once(home, client):
    call_command("seed_demo", verbosity=0)

    kinds = set(Participation.objects.values_list("kind", flat=True))
    assert Participation.objects.count() >= 6 and kinds == set(AgencyKind.values)
    for kind in InterventionType.objects.filter(locale__language_code="en"):
        assert Intervention.objects.filter(intervention_type=kind).exists(), kind.slug
    caf = Framework.objects.get(slug="caf-style", locale__language_code="en")
    assert caf.criteria.count() == 9
    assert set(caf.criteria.values_list("group", flat=True)) == {"Enablers", "Results"}
    for criterion in caf.criteria.all():
        assert 2 <= criterion.statements.count() <= 4
    assert (
        Framework.objects.get(slug="strategic-renewal", locale__language_code="en").criteria.count()
        == 6
    )
    assert Framework.objects.filter(locale__language_code__in=["fr", "de"]).count() == 4
    both = [
        agency_id
        for agency_id in AssessmentRound.objects.values_list("agency_id", flat=True).distinct()
        if {RoundStage.BASELINE, RoundStage.FOLLOW_UP}
        <= set(
            AssessmentRound.objects.submitted()
            .filter(agency_id=agency_id, framework=caf)
            .values_list("stage", flat=True)
        )
    ]
    assert len(both) >= 5
    assert benchmark_of(caf, FrameworkText(caf))  # shown: five agencies or more
    assert AssessmentRound.objects.open_for_answers().count() >= 1
    partnership = LearningPartnership.objects.get()
    assert partnership.log_entries.count() >= 6
    consultant = partnership.people.get(role="consultant").person
    assert not Membership.objects.filter(user=consultant).exists()
    draft = CaseStudyPage.objects.get(live=False)
    assert draft.measured_change and draft.intervention_types.exists()

    # The README's accounts see it at once.
    client.post(
        "/en/accounts/login/", {"login": "claire.martin@lyon.example", "password": DEMO_PASSWORD}
    )
    lyon = Membership.objects.get(user__email="claire.martin@lyon.example").agency
    page = client.get(reverse("development:agency", args=[lyon.pk])).text
    assert "Action learning set for neighbourhood team leaders" in page and ">Answer<" in page
    results = client.get(reverse("development:results", args=[lyon.pk])).text
    assert "Benchmark median" in results and "improved" in results
    client.post(
        "/en/accounts/login/", {"login": "marc.dubois@conseil.example", "password": DEMO_PASSWORD}
    )
    assert "Lyon" in client.get(reverse("development:home")).text
    assert (
        client.get(reverse("development:partnership", args=[lyon.pk, partnership.pk])).status_code
        == 200
    )

    before = counts()
    call_command("seed_demo", verbosity=0)
    assert counts() == before
    assert AssessmentRound.objects.filter(status=RoundStatus.OPEN).count() >= 1
