"""Learning partnerships: public managers, consultants and researchers learning together.

A partnership belongs to one agency; its people need not be the agency's
members (a consultant or a researcher usually is not). Its reflective learning
log holds dated entries (what was tried, what was learned, what happens next,
who took part) and comments on them. The partnership and consortium staff see
it; nobody else, not even the agency's other members.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from ..enums import PartnershipRole


class LearningPartnership(ClusterableModel):
    agency = models.ForeignKey(
        "members.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="learning_partnerships",
    )
    name = models.CharField(_("name"), max_length=200)
    purpose = models.TextField(_("purpose"), blank=True)
    started_on = models.DateField(_("started"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("agency"), FieldPanel("started_on")]),
        FieldPanel("name"),
        FieldPanel("purpose"),
        InlinePanel("people", label=_("person"), heading=_("People")),
    ]

    class Meta:
        ordering = ["agency__name", "name"]
        verbose_name = _("learning partnership")
        verbose_name_plural = _("learning partnerships")

    def __str__(self):
        return self.name


class PartnershipMember(Orderable):
    partnership = ParentalKey(LearningPartnership, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="learning_partnership_roles",
    )
    role = models.CharField(_("role"), max_length=20, choices=PartnershipRole.choices)
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("e.g. the consultancy")
    )

    panels = [FieldRowPanel([FieldPanel("person"), FieldPanel("role")]), FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("partnership member")
        verbose_name_plural = _("partnership members")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "person"], name="one_role_per_person_and_partnership"
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"

    def personal_data(self) -> dict:
        """The person's role in this partnership, for their data export."""
        return {
            "partnership": self.partnership.name,
            "agency": self.partnership.agency.name,
            "role": self.role,
            "organisation": self.organisation,
        }


class LogEntry(models.Model):
    partnership = models.ForeignKey(
        LearningPartnership,
        verbose_name=_("learning partnership"),
        on_delete=models.CASCADE,
        related_name="log_entries",
    )
    happened_on = models.DateField(_("date"), default=timezone.localdate)
    title = models.CharField(_("title"), max_length=200)
    tried = models.TextField(_("what was tried"))
    learned = models.TextField(_("what was learned"))
    next_steps = models.TextField(_("what happens next"), blank=True)
    took_part = models.CharField(
        _("who took part"),
        max_length=400,
        blank=True,
        help_text=_("Names or roles, e.g. the leadership team and our coach."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_log_entries",
    )
    documents = models.ManyToManyField(
        get_document_model_string(), verbose_name=_("documents"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-happened_on", "-pk"]
        verbose_name = _("learning log entry")
        verbose_name_plural = _("learning log entries")

    def __str__(self):
        return self.title

    def personal_data(self) -> dict:
        """The entry its author wrote, for the author's data export."""
        return {
            "partnership": self.partnership.name,
            "date": _iso(self.happened_on),
            "title": self.title,
            "what_was_tried": self.tried,
            "what_was_learned": self.learned,
            "what_happens_next": self.next_steps,
            "who_took_part": self.took_part,
            "documents": sorted(d.title for d in self.documents.all()),
            "written": _iso(self.created_at),
            "updated": _iso(self.updated_at),
        }


class LogComment(models.Model):
    entry = models.ForeignKey(LogEntry, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_log_comments",
    )
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self):
        return self.text[:60]

    def personal_data(self) -> dict:
        """The comment its author wrote, for the author's data export."""
        return {
            "partnership": self.entry.partnership.name,
            "entry": self.entry.title,
            "written": _iso(self.created_at),
            "comment": self.text,
        }


def _iso(value):
    return value.isoformat() if value else None
