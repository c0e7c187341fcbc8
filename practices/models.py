"""The Practice Sourcebook: its index, practice guides, case studies and collections.

Guides and case studies share a concrete parent model, ``SourcebookItemPage``,
so the sourcebook can filter and count both kinds with one query per facet.
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import DocumentLinkBlock, QuoteBlock
from cms.chrome import fragment, prime_terms
from cms.filters import render_listing
from cms.i18n import children_in_every_language, one_per_translation, reading_locale
from cms.models import CARD_IMAGE_SPEC
from cms.privacy import visible_pages
from cms.taxonomy_terms import TermsOfPageLanguageForm

from .blocks import BeforeAfterBlock, StepsBlock
from .enums import EntryKind

# Apps above the sourcebook answer this hook with "similar practices" (see
# ``SourcebookItemPage.similar_entries``).
SIMILAR_ENTRIES_HOOK = "similar_sourcebook_entries"

RICH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class SourcebookItemPage(Page):
    """What guides and case studies have in common; never created on its own."""

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in listings.")
    )
    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField("cms.Theme", blank=True, verbose_name=_("themes"))
    intervention_types = ParentalManyToManyField(
        "cms.InterventionType", blank=True, verbose_name=_("intervention types")
    )
    country = models.ForeignKey(
        "cms.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    sector = models.ForeignKey(
        "cms.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    government_level = models.ForeignKey(
        "cms.GovernmentLevel",
        verbose_name=_("level of government"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    is_creatable = False
    base_form_class = TermsOfPageLanguageForm
    parent_page_types = ["practices.SourcebookIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=3),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("country"),
        index.FilterField("sector"),
        index.FilterField("government_level"),
    ]

    class Meta:
        verbose_name = _("sourcebook entry")

    @property
    def kind(self):
        model = ContentType.objects.get_for_id(self.content_type_id).model
        return EntryKind.CASE if model == "casestudypage" else EntryKind.GUIDE

    @property
    def kind_label(self):
        return EntryKind(self.kind).label

    def in_own_language(self, model, ids, request):
        """Pages ``ids`` the visitor may open, each in the reader's language where translated."""
        locale_id = reading_locale(self.locale).pk
        by_id = {p.pk: p for p in visible_pages(model.objects.filter(pk__in=ids), request)}
        keys = {p.translation_key for p in by_id.values() if p.locale_id != locale_id}
        translated = {}
        if keys:
            translated = {
                p.translation_key: p
                for p in visible_pages(
                    model.objects.filter(translation_key__in=keys, locale_id=locale_id),
                    request,
                )
            }
        return [translated.get(by_id[pk].translation_key, by_id[pk]) for pk in ids if pk in by_id]

    def related_entries(self, request):
        """The guides and case studies linked from this one that the visitor may open."""
        ids = [link.target_id for link in self.related_links.all()]
        return self.in_own_language(SourcebookItemPage, ids, request)

    def similar_entries(self, request, exclude=()):
        """Entries like this one, as found by whichever app answers the hook (the site search).

        The sourcebook does not know how "like" is measured: an app above it
        registers a ``similar_sourcebook_entries`` hook that returns the ids of
        pages the visitor may open, best first, and they are listed here.
        """

        def find_ids():
            found = []
            for find in hooks.get_hooks(SIMILAR_ENTRIES_HOOK):
                found += [
                    pk for pk in find(self, request, exclude=exclude, limit=4) if pk not in found
                ]
            return found

        # Kept per content version and visibility class (cms.chrome): finding
        # them is a search.
        excluded = ",".join(str(getattr(e, "pk", e)) for e in exclude)
        ids = fragment(request, "similar-entries", (self.pk, excluded), find_ids)
        by_id = SourcebookItemPage.objects.filter(pk__in=ids).in_bulk()
        return [by_id[pk] for pk in ids if pk in by_id]

    def get_context(self, request, *args, **kwargs):
        prime_terms(self, "country", "sector", "government_level", request=request)
        context = super().get_context(request, *args, **kwargs)
        context["related_entries"] = self.related_entries(request)
        context["similar_entries"] = self.similar_entries(
            request, exclude=context["related_entries"]
        )
        context["sourcebook"] = self.get_parent()
        return context


class RelatedEntry(Orderable):
    source = ParentalKey(SourcebookItemPage, related_name="related_links", on_delete=models.CASCADE)
    target = models.ForeignKey(
        SourcebookItemPage,
        verbose_name=_("guide or case study"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide or case study")


class PracticeGuidePage(RoutablePageMixin, SourcebookItemPage):
    problem = RichTextField(_("the problem it addresses"), features=RICH_FEATURES)
    when_to_use = RichTextField(_("when to use it"), features=RICH_FEATURES, blank=True)
    steps = StreamField(StepsBlock(), verbose_name=_("the approach, step by step"))
    people = models.TextField(_("people involved"), blank=True)
    time_needed = models.CharField(_("time it takes"), max_length=200, blank=True)
    pitfalls = RichTextField(_("pitfalls"), features=RICH_FEATURES, blank=True)
    worked_example = RichTextField(_("worked example"), features=RICH_FEATURES, blank=True)
    downloads = StreamField(
        [("document", DocumentLinkBlock())], blank=True, verbose_name=_("downloads")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("problem"),
        FieldPanel("when_to_use"),
        FieldPanel("steps"),
        FieldRowPanel([FieldPanel("people"), FieldPanel("time_needed")]),
        FieldPanel("pitfalls"),
        FieldPanel("worked_example"),
        FieldPanel("downloads"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("intervention_types", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        InlinePanel("related_links", label=_("Related guides and case studies")),
    ]
    search_fields = SourcebookItemPage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("when_to_use"),
        index.SearchField("steps"),
        index.SearchField("pitfalls"),
        index.SearchField("worked_example"),
    ]
    parent_page_types = ["practices.SourcebookIndexPage"]
    subpage_types = []
    template = "practices/practice_guide_page.html"

    class Meta:
        verbose_name = _("practice guide")
        verbose_name_plural = _("practice guides")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        from .pdf import guide_pdf

        response = HttpResponse(guide_pdf(self, request), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{self.slug}.pdf"'
        return response


class CaseStudyPage(SourcebookItemPage):
    organisation = models.CharField(_("organisation"), max_length=255)
    size = models.CharField(
        _("size"), max_length=120, blank=True, help_text=_("e.g. 1,200 staff; 80,000 residents")
    )
    period = models.CharField(_("period"), max_length=60, blank=True, help_text=_("e.g. 2022–2024"))
    challenge = RichTextField(_("the challenge"), features=RICH_FEATURES)
    what_was_done = RichTextField(_("what was done"), features=RICH_FEATURES)
    outcomes = RichTextField(_("outcomes"), features=RICH_FEATURES, blank=True)
    evidence = RichTextField(
        _("evidence"),
        features=RICH_FEATURES,
        blank=True,
        help_text=_("How the outcomes were observed or measured."),
    )
    measured_change = StreamField(
        [("before_after", BeforeAfterBlock())],
        blank=True,
        verbose_name=_("measured change"),
        help_text=_("Measures before and after, e.g. self-assessment scores per criterion."),
    )
    lessons = RichTextField(_("lessons learned"), features=RICH_FEATURES, blank=True)
    quotes = StreamField([("quote", QuoteBlock())], blank=True, verbose_name=_("quotes"))
    contact = models.CharField(_("contact"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("sector")]),
                FieldRowPanel([FieldPanel("government_level"), FieldPanel("size")]),
                FieldPanel("period"),
            ],
            heading=_("The organisation"),
        ),
        FieldPanel("challenge"),
        FieldPanel("what_was_done"),
        FieldPanel("outcomes"),
        FieldPanel("evidence"),
        FieldPanel("measured_change"),
        FieldPanel("lessons"),
        FieldPanel("quotes"),
        InlinePanel("guides_used", label=_("Practice guides it used")),
        FieldPanel("contact"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("intervention_types", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        InlinePanel("related_links", label=_("Related guides and case studies")),
    ]
    search_fields = SourcebookItemPage.search_fields + [
        index.SearchField("organisation", boost=2),
        index.SearchField("challenge"),
        index.SearchField("what_was_done"),
        index.SearchField("outcomes"),
        index.SearchField("lessons"),
    ]
    parent_page_types = ["practices.SourcebookIndexPage"]
    subpage_types = []
    template = "practices/case_study_page.html"

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def clean(self):
        super().clean()
        errors = {}
        if not self.country_id:
            errors["country"] = _("Choose the country of the organisation.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ids = [g.guide_id for g in self.guides_used.all()]
        context["guides_used"] = self.in_own_language(PracticeGuidePage, ids, request)
        return context


class CaseStudyGuide(Orderable):
    case_study = ParentalKey(CaseStudyPage, related_name="guides_used", on_delete=models.CASCADE)
    guide = models.ForeignKey(
        PracticeGuidePage,
        verbose_name=_("practice guide"),
        on_delete=models.CASCADE,
        related_name="used_in_cases",
    )
    panels = [FieldPanel("guide")]


class SourcebookIndexPage(RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), features=RICH_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["practices.PracticeGuidePage", "practices.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sourcebook")

    def entries(self, request=None):
        """The guides and case studies the request may open, in the reader's language.

        An entry not (yet) translated into the language of the address is
        listed in the language it exists in, so no reader misses it: first the
        default language's version, else any other (``cms.i18n``).
        """
        entries = children_in_every_language(self, SourcebookItemPage)
        return one_per_translation(visible_pages(entries, request), reading_locale(self.locale))

    @path("")
    def listing(self, request):
        from .filters import SourcebookFilter

        sourcebook_filter = SourcebookFilter(
            request.GET,
            self.entries(request),
            reading_locale(self.locale),
            kept_for=(request, self),
        )
        per_page = settings.SOURCEBOOK_PAGE_SIZE
        return render_listing(self, request, sourcebook_filter, per_page, with_card_data)

    def pdf(self, request):
        """The book, served at ``sourcebook.pdf`` beside the listing (practices.views)."""
        from .pdf import sourcebook_pdf

        if request.GET:
            return redirect(self.url + "sourcebook.pdf")
        response = HttpResponse(sourcebook_pdf(self), content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="sourcebook.pdf"'
        response["Cache-Control"] = "public, max-age=3600"
        return response


def with_card_data(entries):
    """Everything a listing card shows, fetched in a fixed number of queries."""
    from wagtail.images import get_image_model

    return entries.select_related(
        "country", "sector", "government_level", "locale"
    ).prefetch_related(
        "themes",
        models.Prefetch(
            "listing_image",
            queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC),
        ),
    )


class CollectionPage(Page):
    """An editor-defined listing: criteria chosen in the admin, results kept current."""

    intro = RichTextField(_("introduction"), features=RICH_FEATURES, blank=True)
    kinds = models.CharField(
        _("kinds"),
        max_length=20,
        choices=[("", _("Guides and case studies")), *EntryKind.choices],
        blank=True,
        default="",
    )
    themes = ParentalManyToManyField("cms.Theme", blank=True, verbose_name=_("themes"))
    countries = ParentalManyToManyField("cms.Country", blank=True, verbose_name=_("countries"))
    sectors = ParentalManyToManyField("cms.Sector", blank=True, verbose_name=_("sectors"))
    intervention_types = ParentalManyToManyField(
        "cms.InterventionType", blank=True, verbose_name=_("intervention types")
    )
    published_after = models.DateField(_("published on or after"), null=True, blank=True)
    published_before = models.DateField(_("published on or before"), null=True, blank=True)
    order = models.CharField(
        _("order"),
        max_length=20,
        choices=[("newest", _("Newest first")), ("title", _("A–Z"))],
        default="newest",
    )
    limit = models.PositiveSmallIntegerField(
        _("how many"), null=True, blank=True, help_text=_("Leave empty to list every match.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("kinds"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("intervention_types", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("published_after"), FieldPanel("published_before")]),
                FieldRowPanel([FieldPanel("order"), FieldPanel("limit")]),
            ],
            heading=_("What this collection lists"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    base_form_class = TermsOfPageLanguageForm

    class Meta:
        verbose_name = _("collection")

    def clean(self):
        super().clean()
        if (
            self.published_after
            and self.published_before
            and self.published_after > self.published_before
        ):
            raise ValidationError(
                {"published_before": _("The end of the date range is before its start.")}
            )

    def matching_entries(self, request=None):
        entries = SourcebookItemPage.objects.filter(locale=self.locale)
        if self.kinds == EntryKind.GUIDE:
            entries = entries.type(PracticeGuidePage)
        elif self.kinds == EntryKind.CASE:
            entries = entries.type(CaseStudyPage)
        entries = visible_pages(entries, request)
        theme_slugs = [t.slug for t in self.themes.all()]
        if theme_slugs:
            entries = entries.filter(themes__slug__in=theme_slugs)
        codes = [c.code for c in self.countries.all()]
        if codes:
            entries = entries.filter(country__code__in=codes)
        sector_slugs = [s.slug for s in self.sectors.all()]
        if sector_slugs:
            entries = entries.filter(sector__slug__in=sector_slugs)
        intervention_slugs = [i.slug for i in self.intervention_types.all()]
        if intervention_slugs:
            entries = entries.filter(intervention_types__slug__in=intervention_slugs)
        if self.published_after:
            entries = entries.filter(first_published_at__date__gte=self.published_after)
        if self.published_before:
            entries = entries.filter(first_published_at__date__lte=self.published_before)
        entries = with_card_data(entries.distinct())
        if self.order == "title":
            entries = entries.order_by("title")
        else:
            entries = entries.order_by("-first_published_at", "title")
        if self.limit:
            entries = entries[: self.limit]
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.matching_entries(request)
        return context
