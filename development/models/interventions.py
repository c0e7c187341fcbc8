"""Agencies' part in the development work, and the interventions they receive.

``Participation`` gives an agency its kind (case-study agency or receptive
site) and records whether it agreed to be named in case studies; it lives here,
not on ``members.Agency``, because only the development work needs it.

An ``Intervention`` (organisational development facilitation, an action
learning set, coaching…) is recorded by consortium staff in the admin, with
its dated sessions and the interim impact measures the research team gathers.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from ..enums import AgencyKind, InterventionStatus


class Participation(models.Model):
    agency = models.OneToOneField(
        "members.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="participation",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=AgencyKind.choices, default=AgencyKind.CASE_STUDY
    )
    since = models.DateField(_("taking part since"), null=True, blank=True)
    named_in_case_studies = models.BooleanField(
        _("agreed to be named in case studies"),
        default=False,
        help_text=_("Without it, case studies drafted from its interventions leave its name out."),
    )

    panels = [
        FieldPanel("agency"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("since")]),
        FieldPanel("named_in_case_studies"),
    ]

    class Meta:
        ordering = ["agency__name"]
        verbose_name = _("participating agency")
        verbose_name_plural = _("participating agencies")
        permissions = [
            (
                "work_with_every_agency",
                _("Can see and manage the development work of every agency"),
            )
        ]

    def __str__(self):
        return f"{self.agency} ({self.get_kind_display()})"


class InterventionQuerySet(models.QuerySet):
    def for_agency(self, agency):
        return self.filter(agency=agency)


class Intervention(ClusterableModel):
    agency = models.ForeignKey(
        "members.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="interventions",
    )
    intervention_type = models.ForeignKey(
        "cms.InterventionType",
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    aims = models.TextField(_("aims"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InterventionStatus.choices,
        default=InterventionStatus.PLANNED,
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    facilitators = models.CharField(
        _("facilitators"),
        max_length=300,
        blank=True,
        help_text=_("Who facilitates, e.g. the consortium's OD team, an external coach."),
    )
    participant_count = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    participant_roles = models.CharField(
        _("participants' roles"),
        max_length=300,
        blank=True,
        help_text=_("Roles only, no names: e.g. team leaders, frontline nurses."),
    )
    outcomes = models.TextField(_("outcomes"), blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = InterventionQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("agency"), FieldPanel("intervention_type")]),
        FieldPanel("title"),
        FieldPanel("aims"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("starts_on"), FieldPanel("ends_on")]),
        MultiFieldPanel(
            [
                FieldPanel("facilitators"),
                FieldRowPanel([FieldPanel("participant_count"), FieldPanel("participant_roles")]),
            ],
            heading=_("Who takes part"),
        ),
        InlinePanel("sessions", label=_("session"), heading=_("Sessions")),
        FieldPanel("outcomes"),
        InlinePanel("measures", label=_("impact measure"), heading=_("Interim impact measures")),
        InlinePanel("documents", label=_("document"), heading=_("Documents")),
    ]

    class Meta:
        ordering = ["agency__name", "-starts_on", "title"]
        verbose_name = _("intervention")
        verbose_name_plural = _("interventions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end comes before the start.")})


class InterventionSession(Orderable):
    intervention = ParentalKey(Intervention, on_delete=models.CASCADE, related_name="sessions")
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200)
    attendance = models.PositiveIntegerField(_("attendance"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("held_on"), FieldPanel("attendance")]),
        FieldPanel("topic"),
        FieldPanel("notes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.held_on}: {self.topic}"


class ImpactMeasure(Orderable):
    intervention = ParentalKey(Intervention, on_delete=models.CASCADE, related_name="measures")
    indicator = models.CharField(_("indicator"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=60, blank=True, help_text=_("e.g. %, days"))
    measured_on = models.DateField(_("date"))
    source = models.CharField(
        _("source"), max_length=200, help_text=_("e.g. staff survey, HR records")
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("measured_on")]),
        FieldPanel("source"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("interim impact measure")
        verbose_name_plural = _("interim impact measures")

    def __str__(self):
        return f"{self.indicator}: {self.value} {self.unit}".strip()


class InterventionDocument(Orderable):
    """A document of the agency's private collection that belongs with the intervention."""

    intervention = ParentalKey(Intervention, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        super().clean()
        intervention = getattr(self, "intervention", None)
        agency = getattr(intervention, "agency", None) if intervention is not None else None
        if (
            agency is not None
            and self.document_id
            and self.document.collection_id != agency.collection_id
        ):
            # Another collection's document would be shown to this agency's people.
            raise ValidationError(
                {"document": _("Choose a document of the agency's own private collection.")}
            )
