"""Assessment rounds: individual answers, the coordinator's consensus, the round's log.

A round asks invited members of one agency to answer one framework version
within an answer window. Each invited person has a ``Response`` (their answers
and evidence notes, saved as often as they like). The coordinator then sees the
spread of answers per statement, never who gave which, and records the
agency's ``ConsensusScore`` per statement, as a CAF self-assessment group does,
and submits the round: it is then locked. Only staff reopen a submitted round,
and every such step is written to the round's log (``RoundEvent``).

Consolidation is guarded by ``consensus_version``: a coordinator's form carries
the version it was drawn from, and saving is refused (with what the other person
saved shown) when someone else saved in between.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import RoundEventKind, RoundStage, RoundStatus


class RoundQuerySet(models.QuerySet):
    def submitted(self):
        return self.filter(status=RoundStatus.SUBMITTED)

    def open_for_answers(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=RoundStatus.OPEN, opens_on__lte=today, closes_on__gte=today)


class AssessmentRound(models.Model):
    agency = models.ForeignKey(
        "members.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="assessment_rounds",
    )
    framework = models.ForeignKey(
        "development.Framework",
        verbose_name=_("framework"),
        on_delete=models.PROTECT,
        related_name="rounds",
    )
    stage = models.CharField(
        _("stage"), max_length=20, choices=RoundStage.choices, default=RoundStage.BASELINE
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("e.g. Spring 2025 baseline")
    )
    opens_on = models.DateField(_("answers from"))
    closes_on = models.DateField(_("answers until"))
    status = models.CharField(
        _("status"), max_length=20, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    interventions = models.ManyToManyField(
        "development.Intervention",
        verbose_name=_("interventions"),
        blank=True,
        related_name="rounds",
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("opened"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    consensus_version = models.PositiveIntegerField(default=0, editable=False)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["agency__name", "-opens_on", "-pk"]
        verbose_name = _("assessment round")
        verbose_name_plural = _("assessment rounds")
        permissions = [("reopen_assessmentround", _("Can reopen a submitted assessment round"))]

    def __str__(self):
        return self.title or f"{self.get_stage_display()} {self.opens_on:%Y-%m}"

    @property
    def label(self) -> str:
        stage = self.get_stage_display()
        return f"{self.title} ({stage})" if self.title else f"{stage} {self.opens_on:%Y-%m}"

    def about(self) -> dict:
        """Which round this is, in plain words: the start of its rows' personal data."""
        return {
            "agency": self.agency.name,
            "round": self.label,
            "framework": str(self.framework),
        }

    def personal_data(self) -> dict:
        """That the person opened this round, for their data export."""
        return {**self.about(), "opened": _iso(self.created_at)}

    @property
    def is_submitted(self) -> bool:
        return self.status == RoundStatus.SUBMITTED

    def accepts_answers(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.status == RoundStatus.OPEN and self.opens_on <= today <= self.closes_on

    def log(self, kind: RoundEventKind, user=None, note: str = "") -> RoundEvent:
        return RoundEvent.objects.create(
            round=self,
            kind=kind,
            by=user if user is not None and user.is_authenticated else None,
            note=note,
        )

    def set_status(self, status: RoundStatus, user, kind: RoundEventKind, note: str = "") -> bool:
        """Move the round to ``status`` from where it is; False if someone else did already.

        The update is conditional on the status read, so a replayed form or two
        people pressing the same button change it (and log it) once.
        """
        with transaction.atomic():
            changed = (
                type(self)
                .objects.filter(pk=self.pk, status=self.status)
                .exclude(status=status)
                .update(
                    status=status,
                    submitted_at=timezone.now() if status == RoundStatus.SUBMITTED else None,
                )
            )
            if changed:
                self.log(kind, user, note)
        self.refresh_from_db(fields=["status", "submitted_at"])
        return bool(changed)


class Response(models.Model):
    """One invited person's answers to a round."""

    round = models.ForeignKey(
        AssessmentRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="responses"
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("respondent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessment_responses",
    )
    # Orders respondents in exports: numbered in this order, not in the order invited.
    token = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    invited_at = models.DateTimeField(_("invited"), default=timezone.now)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last saved"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        ordering = ["round", "token"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "respondent"], name="one_response_per_person_and_round"
            )
        ]

    def __str__(self):
        return f"{self.round} – {self.respondent or _('former member')}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    def personal_data(self) -> dict:
        """This invitation to answer, for the data export of the respondent and of who invited.

        Neither the answers (``Answer.personal_data``, the respondent's alone) nor
        either person's name: who invited sees no more than the round's page shows.
        """
        return {
            **self.round.about(),
            "language": self.language,
            "invited": _iso(self.invited_at),
            "last_saved": _iso(self.updated_at),
            "completed": _iso(self.completed_at),
        }


class Answer(models.Model):
    """A person's level for one statement ("don't know" counts as answered, not scored)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    statement = models.ForeignKey(
        "development.Statement", on_delete=models.PROTECT, related_name="answers"
    )
    level = models.SmallIntegerField(_("level"), null=True, blank=True)
    dont_know = models.BooleanField(_("don't know"), default=False)
    note = models.TextField(_("evidence note"), blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "statement"], name="one_answer_per_statement"
            )
        ]

    def __str__(self):
        return f"{self.statement.code}: {self.level}"

    @property
    def is_answered(self) -> bool:
        return self.level is not None or self.dont_know

    def personal_data(self) -> dict:
        """The respondent's answer to one statement, for their data export."""
        return {
            **self.response.round.about(),
            "statement": f"{self.statement.code} {self.statement.text}",
            "level": self.level,
            "dont_know": self.dont_know,
            "evidence_note": self.note,
        }


class ConsensusScore(models.Model):
    """The agency's agreed level for one statement of a round."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="consensus")
    statement = models.ForeignKey(
        "development.Statement", on_delete=models.PROTECT, related_name="consensus_scores"
    )
    level = models.SmallIntegerField(_("level"), null=True, blank=True)
    dont_know = models.BooleanField(_("don't know"), default=False)
    note = models.TextField(_("reasons and evidence"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("consensus score")
        verbose_name_plural = _("consensus scores")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "statement"], name="one_consensus_per_statement"
            )
        ]

    def __str__(self):
        return f"{self.round}, {self.statement.code}: {self.level}"

    def personal_data(self) -> dict:
        """The agency's level the person recorded, for their data export."""
        return {
            **self.round.about(),
            "statement": f"{self.statement.code} {self.statement.text}",
            "level": self.level,
            "dont_know": self.dont_know,
            "reasons_and_evidence": self.note,
            "recorded": _iso(self.recorded_at),
        }


class RoundEvent(models.Model):
    """The round's log: who opened, closed, submitted or reopened it, and when."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("what"), max_length=30, choices=RoundEventKind.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("round log entry")
        verbose_name_plural = _("round log entries")

    def __str__(self):
        return f"{self.round}: {self.get_kind_display()}"

    def personal_data(self) -> dict:
        """A step of the round the person took, for their data export."""
        return {**self.round.about(), "what": self.kind, "when": _iso(self.at), "note": self.note}


class ReminderSent(models.Model):
    """That a person was reminded on a day: nobody gets two reminders the same day."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "day"], name="one_reminder_per_person_and_day"
            )
        ]

    def __str__(self):
        return f"{self.person_id} {self.day}"

    def personal_data(self) -> dict:
        """That the person was reminded to answer on this day, for their data export."""
        return {"reminded_on": _iso(self.day)}


def _iso(value):
    return value.isoformat() if value else None
