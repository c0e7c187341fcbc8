"""Rows about a person in the development work's models, for the data export test.

The person answers a round of their agency (and was reminded to), opened it,
invited a colleague, recorded a consensus score and took a step in its log;
they are a consultant in a learning partnership and wrote an entry and a
comment in its log.
"""

from django.utils import timezone

from development.enums import PartnershipRole, RoundEventKind
from development.models import (
    AssessmentRound,
    ConsensusScore,
    LearningPartnership,
    LogComment,
    PartnershipMember,
    ReminderSent,
    Response,
)
from tests.members.factories import MembershipFactory, document, verified_user

from .factories import (
    LogEntryFactory,
    RoundFactory,
    answer_round,
    make_framework,
    partnership_with,
    statements_of,
)

ROUND = "Data export baseline"
PARTNERSHIP = "Data export partnership"


def _round(person) -> AssessmentRound:
    """The person's agency's round, made once for all the builders."""
    found = AssessmentRound.objects.filter(agency=person.agency, title=ROUND).first()
    return found or RoundFactory(
        agency=person.agency, framework=make_framework(slug="export-check"), title=ROUND
    )


def _partnership(person) -> LearningPartnership:
    found = LearningPartnership.objects.filter(agency=person.agency, name=PARTNERSHIP).first()
    return found or partnership_with(person.agency, [], name=PARTNERSHIP)


def _opened(person):
    AssessmentRound.objects.filter(pk=_round(person).pk).update(opened_by=person.user)


def _responses(person):
    round = _round(person)
    first, second, *_ = statements_of(round.framework)
    answer_round(round, {person.user: {first: 3, second: "dk"}})
    mine = Response.objects.get(round=round, respondent=person.user)
    mine.answers.filter(statement=first).update(note="Our team leaders meet monthly.")
    Response.objects.filter(pk=mine.pk).update(language="fr", updated_at=timezone.now())
    colleague = verified_user("colleague.dev@example.org", first_name="Colin")
    MembershipFactory(user=colleague, agency=person.agency)
    Response.objects.create(round=round, respondent=colleague, invited_by=person.user)


def _consensus(person):
    round = _round(person)
    statement = statements_of(round.framework)[0]
    ConsensusScore.objects.create(
        round=round,
        statement=statement,
        level=2,
        note="Agreed after debate",
        recorded_by=person.user,
    )


def _round_step(person):
    _round(person).log(RoundEventKind.CLOSED, person.user, note="Everyone answered")


def _reminder(person):
    ReminderSent.objects.create(person=person.user, day=timezone.localdate())


def _partnership_role(person):
    PartnershipMember.objects.create(
        partnership=_partnership(person),
        person=person.user,
        role=PartnershipRole.CONSULTANT,
        organisation="Conseil & Co",
    )


def _log_entry(person):
    entry = LogEntryFactory(
        partnership=_partnership(person),
        author=person.user,
        title="Our first action learning set",
        next_steps="Invite the finance team.",
        took_part="The leadership team and our coach",
    )
    entry.documents.add(document("Set notes", person.agency.collection))


def _log_comment(person):
    someone_elses = LogEntryFactory(partnership=_partnership(person), title="A colleague's entry")
    LogComment.objects.create(entry=someone_elses, author=person.user, text="It worked for us too.")


ROWS = {
    "development.AssessmentRound": _opened,
    "development.Response": _responses,
    "development.ConsensusScore": _consensus,
    "development.RoundEvent": _round_step,
    "development.ReminderSent": _reminder,
    "development.PartnershipMember": _partnership_role,
    "development.LogEntry": _log_entry,
    "development.LogComment": _log_comment,
}
