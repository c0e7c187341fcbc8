"""Self-assessment frameworks: criteria, statements and the scale they are answered on.

A framework is translatable content (wagtail-localize), edited by consortium
staff as a snippet: the framework, its scale levels, its criteria (grouped,
e.g. enablers and results) and, inside each criterion, its statements. Codes
and scale values are the same in every language; words are translated.

Rounds answer one **version** of a framework, in the default language (its
translations give the same statements in other words). Once a version has
answers it is frozen: saving it in the admin makes the next version instead
(``Framework.as_new_version``), so rounds of one version always answered the
same statements and stay comparable.
"""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class FrameworkQuerySet(models.QuerySet):
    def in_default_locale(self):
        return self.filter(locale=Locale.get_default())

    def latest_versions(self):
        """The newest version of each framework, in the default language."""
        newest = (
            self.model.objects.filter(
                slug=models.OuterRef("slug"), locale=models.OuterRef("locale")
            )
            .order_by("-version")
            .values("pk")[:1]
        )
        return self.in_default_locale().filter(pk=models.Subquery(newest))


class Framework(TranslatableMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Identifies the framework across its versions; the same in every language."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = FrameworkQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [InlinePanel("levels", label=_("level"), min_num=2)],
            heading=_("Scale"),
        ),
        InlinePanel("criteria", label=_("criterion"), min_num=1, heading=_("Criteria")),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("version"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name", "-version"]
        verbose_name = _("self-assessment framework")
        verbose_name_plural = _("self-assessment frameworks")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "version", "locale"], name="unique_framework_version_per_locale"
            )
        ]

    def __str__(self):
        return _("%(name)s (version %(version)s)") % {"name": self.name, "version": self.version}

    @property
    def is_frozen(self) -> bool:
        """Whether any round has answers or consensus scores on this version."""
        from .rounds import Answer, ConsensusScore

        source = self.get_default_locale_version()
        return (
            Answer.objects.filter(response__round__framework=source).exists()
            or ConsensusScore.objects.filter(round__framework=source).exists()
        )

    def get_default_locale_version(self) -> Framework:
        """The row rounds use: this framework in the default language."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def clean(self):
        super().clean()
        duplicate = (
            Framework.objects.filter(slug=self.slug, version=self.version, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(translation_key=self.translation_key)
        )
        if self.slug and duplicate.exists():
            raise ValidationError({"slug": _("Another framework already has this slug.")})

    @transaction.atomic
    def as_new_version(self) -> Framework:
        """Save this (edited, unsaved) framework as the next version; its source stays as it was.

        ``self`` may hold unsaved edits of its scale, criteria and statements
        (a cluster form's ``save(commit=False)``); they go into the copy.
        """
        newest = (
            Framework.objects.filter(slug=self.slug, locale_id=self.locale_id)
            .order_by("-version")
            .values_list("version", flat=True)
            .first()
        ) or 0
        copy = Framework(
            name=self.name,
            slug=self.slug,
            version=newest + 1,
            description=self.description,
            locale_id=self.locale_id,
            translation_key=uuid.uuid4(),
        )
        copy.save()
        for order, level in enumerate(self.levels.all()):
            ScaleLevel.objects.create(
                framework=copy,
                value=level.value,
                label=level.label,
                description=level.description,
                sort_order=order,
                locale_id=self.locale_id,
            )
        for order, criterion in enumerate(self.criteria.all()):
            new_criterion = Criterion.objects.create(
                framework=copy,
                code=criterion.code,
                group=criterion.group,
                title=criterion.title,
                description=criterion.description,
                sort_order=order,
                locale_id=self.locale_id,
            )
            for position, statement in enumerate(criterion.statements.all()):
                Statement.objects.create(
                    criterion=new_criterion,
                    code=statement.code,
                    text=statement.text,
                    guidance=statement.guidance,
                    sort_order=position,
                    locale_id=self.locale_id,
                )
        return copy

    # The scale

    def scale(self) -> Scale:
        return Scale([(level.value, level.label) for level in self.levels.all()])


class Scale:
    """The levels of a framework's scale and how a level becomes a score from 0 to 100."""

    def __init__(self, levels: list[tuple[int, str]]):
        self.levels = sorted(levels)
        values = [value for value, _label in self.levels]
        self.lowest = min(values) if values else 0
        self.highest = max(values) if values else 0
        self.values = set(values)

    def score(self, level: int) -> float:
        if self.highest == self.lowest:
            return 0.0
        return 100.0 * (level - self.lowest) / (self.highest - self.lowest)

    def label(self, level: int | None) -> str:
        return dict(self.levels).get(level, "")


class ScaleLevel(TranslatableMixin, Orderable):
    framework = ParentalKey(Framework, on_delete=models.CASCADE, related_name="levels")
    value = models.SmallIntegerField(
        _("value"), help_text=_("The number the level counts as, e.g. 0 to 5.")
    )
    label = models.CharField(_("label"), max_length=120)
    description = models.CharField(_("description"), max_length=400, blank=True)

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("label")]), FieldPanel("description")]
    override_translatable_fields = [
        SynchronizedField("value"),
        TranslatableField("label"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("scale level")
        verbose_name_plural = _("scale levels")

    def __str__(self):
        return f"{self.value} – {self.label}"


class Criterion(TranslatableMixin, Orderable, ClusterableModel):
    framework = ParentalKey(Framework, on_delete=models.CASCADE, related_name="criteria")
    code = models.CharField(
        _("code"),
        max_length=12,
        help_text=_("A short code, e.g. 1 or E2; the same in every language."),
    )
    group = models.CharField(
        _("group"), max_length=80, blank=True, help_text=_("e.g. Enablers or Results")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("group")]),
        FieldPanel("title"),
        FieldPanel("description"),
        InlinePanel("statements", label=_("statement"), min_num=1, heading=_("Statements")),
    ]
    override_translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("group"),
        TranslatableField("title"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return f"{self.code}. {self.title}"


class Statement(TranslatableMixin, Orderable):
    criterion = ParentalKey(Criterion, on_delete=models.CASCADE, related_name="statements")
    code = models.CharField(
        _("code"), max_length=12, help_text=_("e.g. 1.2; the same in every language.")
    )
    text = models.TextField(_("statement"))
    guidance = models.TextField(
        _("guidance"), blank=True, help_text=_("What evidence could support an answer.")
    )

    panels = [FieldPanel("code"), FieldPanel("text"), FieldPanel("guidance")]
    override_translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("text"),
        TranslatableField("guidance"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self):
        return f"{self.code} {self.text[:60]}"
