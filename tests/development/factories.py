"""Factories for the development work: frameworks, interventions, rounds, partnerships."""

from __future__ import annotations

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from development.enums import RoundStatus
from development.models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    Criterion,
    Framework,
    Intervention,
    LearningPartnership,
    LogEntry,
    PartnershipMember,
    Response,
    ScaleLevel,
    Statement,
)
from tests.factories import InterventionTypeFactory
from tests.members.factories import AgencyFactory

LEVELS = [(0, "Not at all"), (1, "A little"), (2, "Partly"), (3, "Largely"), (4, "Fully")]


def make_framework(
    slug="renewal",
    name="Renewal capability",
    criteria=(("1", "Leadership", "Enablers", 2), ("2", "Learning", "Results", 2)),
    levels=LEVELS,
    version=1,
) -> Framework:
    """A framework in the default language; ``criteria``: (code, title, group, statements)."""
    locale = Locale.get_default()
    framework = Framework.objects.create(name=name, slug=slug, version=version, locale=locale)
    for order, (value, label) in enumerate(levels):
        ScaleLevel.objects.create(
            framework=framework, value=value, label=label, sort_order=order, locale=locale
        )
    for order, (code, title, group, count) in enumerate(criteria):
        criterion = Criterion.objects.create(
            framework=framework,
            code=code,
            title=title,
            group=group,
            sort_order=order,
            locale=locale,
        )
        for n in range(1, count + 1):
            Statement.objects.create(
                criterion=criterion,
                code=f"{code}.{n}",
                text=f"{title} statement {n}",
                sort_order=n,
                locale=locale,
            )
    return framework


def statements_of(framework) -> list[Statement]:
    return list(
        Statement.objects.filter(criterion__framework=framework).order_by(
            "criterion__sort_order", "sort_order"
        )
    )


class InterventionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Intervention

    agency = factory.SubFactory(AgencyFactory)
    intervention_type = factory.SubFactory(
        InterventionTypeFactory, name="Action learning set", slug="action-learning-set"
    )
    title = factory.Sequence(lambda n: f"Intervention {n}")
    aims = "Help team leaders reflect on change."
    starts_on = datetime.date(2025, 1, 15)


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AssessmentRound

    agency = factory.SubFactory(AgencyFactory)
    framework = factory.LazyFunction(make_framework)
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))


def answer_round(round, answers_by_person: dict, consensus: dict | None = None, submit=False):
    """Record answers ``{person: {statement: level or "dk"}}`` and the consensus likewise."""
    for person, answers in answers_by_person.items():
        response, _ = Response.objects.get_or_create(round=round, respondent=person)
        for statement, level in answers.items():
            Answer.objects.create(
                response=response,
                statement=statement,
                level=None if level == "dk" else level,
                dont_know=level == "dk",
            )
    for statement, level in (consensus or {}).items():
        ConsensusScore.objects.create(
            round=round,
            statement=statement,
            level=None if level == "dk" else level,
            dont_know=level == "dk",
        )
    if submit:
        AssessmentRound.objects.filter(pk=round.pk).update(
            status=RoundStatus.SUBMITTED, submitted_at=timezone.now()
        )
        round.refresh_from_db()
    return round


def partnership_with(agency, people: list[tuple[object, str]], name="Renewal partnership"):
    partnership = LearningPartnership.objects.create(agency=agency, name=name)
    for person, role in people:
        PartnershipMember.objects.create(partnership=partnership, person=person, role=role)
    return partnership


class LogEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LogEntry

    title = factory.Sequence(lambda n: f"Entry {n}")
    tried = "A first action learning set."
    learned = "Questions work better than advice."
