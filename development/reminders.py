"""Reminders to answer a round: to invited people who have not completed their answers.

Nobody is reminded twice on the same day, whoever sends it (a coordinator's
button or the daily ``send_assessment_reminders`` job): the day is claimed in
the database (``ReminderSent``, unique per person and day) before the email
goes, so two runs at once still send one.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .enums import RoundEventKind
from .invitations import send
from .models import AssessmentRound, ReminderSent, Response


def _claim(person, day) -> bool:
    try:
        with transaction.atomic():
            ReminderSent.objects.create(person=person, day=day)
    except IntegrityError:
        return False
    return True


def _waiting(round: AssessmentRound):
    return (
        Response.objects.filter(round=round, completed_at__isnull=True, respondent__isnull=False)
        .filter(respondent__memberships__agency_id=round.agency_id)
        .select_related("respondent")
        .distinct()
    )


def remind_round(round: AssessmentRound, by=None, today=None) -> tuple[int, int]:
    """Remind this round's invitees who have not completed; returns (sent, already reminded)."""
    today = today or timezone.localdate()
    sent = skipped = 0
    for response in _waiting(round):
        if not _claim(response.respondent, today):
            skipped += 1
            continue
        try:
            send(round, response.respondent, "reminder", response.language)
        except Exception:
            ReminderSent.objects.filter(person=response.respondent, day=today).delete()
            raise
        sent += 1
    if sent:
        round.log(RoundEventKind.REMINDED, by, str(sent))
    return sent, skipped


def due_rounds(today=None, days=None):
    """Open rounds whose answers close within ``days`` (DEVELOPMENT_REMINDER_DAYS)."""
    today = today or timezone.localdate()
    days = settings.DEVELOPMENT_REMINDER_DAYS if days is None else days
    return (
        AssessmentRound.objects.open_for_answers(today)
        .filter(closes_on__lte=today + timedelta(days=days))
        .select_related("agency")
    )


def remind_all(today=None, days=None) -> tuple[int, int]:
    sent = skipped = 0
    for round in due_rounds(today, days):
        done, already = remind_round(round, None, today)
        sent += done
        skipped += already
    return sent, skipped
