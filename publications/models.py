"""Papers, reports and news: the consortium's dissemination.

``Person`` (a translatable snippet) is an author of publications and news;
``PublicationIndexPage`` lists, filters and exports publications, serves each
author's page and the publication feeds; ``PublicationPage`` carries the
bibliographic record that citation managers, Google Scholar and OAI-PMH
harvesters read. ``NewsIndexPage`` and ``NewsPage`` are the news.
"""

from __future__ import annotations

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import BodyBlock
from cms.filters import render_listing
from cms.i18n import children_in_every_language, one_per_translation, reading_locale
from cms.privacy import visible_pages
from cms.taxonomy_terms import TermsOfPageLanguageForm

from .editing import PublicationPageForm
from .enums import LICENCE_CHOICES, LICENCES, REPORT_TYPES, DatePrecision, PublicationType
from .validators import (
    normalise_doi,
    normalise_issn,
    normalise_orcid,
    validate_doi,
    validate_isbn,
    validate_issn,
    validate_orcid,
)


class Person(TranslatableMixin, index.Indexed, ClusterableModel):
    """An author of publications or news: a researcher, practitioner or staff member."""

    given_name = models.CharField(_("given name(s)"), max_length=120)
    family_name = models.CharField(_("family name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_("Used in the address of the person's page; made from the name if empty."),
    )
    orcid = models.CharField(
        _("ORCID iD"),
        max_length=40,
        blank=True,
        validators=[validate_orcid],
        help_text=_("e.g. 0000-0002-1825-0097 or https://orcid.org/0000-0002-1825-0097"),
    )
    affiliation = models.CharField(_("affiliation"), max_length=255, blank=True)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short biography"), max_length=1000, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("given_name"), FieldPanel("family_name")]),
        FieldPanel("slug"),
        FieldPanel("orcid"),
        FieldPanel("affiliation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("family_name", boost=2),
        index.SearchField("given_name"),
        index.SearchField("affiliation"),
        index.AutocompleteField("family_name"),
        index.AutocompleteField("given_name"),
    ]
    override_translatable_fields = [
        SynchronizedField("given_name"),
        SynchronizedField("family_name"),
        SynchronizedField("slug"),
        SynchronizedField("orcid"),
        SynchronizedField("photo"),
        TranslatableField("affiliation"),
        TranslatableField("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["family_name", "given_name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_person_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def sort_name(self):
        """ "Family, Given", the form bibliographies and BibTeX use."""
        return f"{self.family_name}, {self.given_name}" if self.given_name else self.family_name

    @property
    def initials(self):
        return " ".join(f"{part[0]}." for part in self.given_name.replace("-", " ").split())

    @property
    def orcid_url(self):
        return f"https://orcid.org/{self.orcid}" if self.orcid else ""

    def clean(self):
        super().clean()
        self.orcid = normalise_orcid(self.orcid)
        if not self.slug:
            self.slug = unique_person_slug(self.name, self.locale_id, exclude=self.pk)
        clash = Person.objects.filter(slug=self.slug, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and clash.exists():
            raise ValidationError({"slug": _("Another person already has this slug.")})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_person_slug(self.name, self.locale_id, exclude=self.pk)
        super().save(*args, **kwargs)


def unique_person_slug(name, locale_id, exclude=None):
    base = slugify(name)[:100] or "person"
    slug, n = base, 1
    existing = Person.objects.filter(locale_id=locale_id).exclude(pk=exclude)
    while existing.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class PublicationPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publications.PublicationPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class PublicationPage(RoutablePageMixin, Page):
    publication_type = models.CharField(_("type"), max_length=30, choices=PublicationType.choices)
    abstract = models.TextField(
        _("abstract"), blank=True, help_text=_("Shown on the page and sent to harvesters.")
    )
    impact = models.TextField(
        _("impact summary"),
        blank=True,
        help_text=_("What this work means for practitioners, in plain language."),
    )
    container_title = models.CharField(
        _("journal, series, book or conference title"),
        max_length=255,
        blank=True,
        help_text=_(
            "The journal of an article, the book of a chapter, the proceedings or conference of "
            "a conference paper, the series of a working paper or report."
        ),
    )
    editors = models.CharField(
        _("editors"),
        max_length=255,
        blank=True,
        help_text=_("Editors of the book (chapters): “Family, Given; Family, Given”."),
    )
    volume = models.CharField(_("volume"), max_length=20, blank=True)
    issue = models.CharField(_("issue"), max_length=20, blank=True)
    first_page = models.CharField(_("first page"), max_length=20, blank=True)
    last_page = models.CharField(_("last page"), max_length=20, blank=True)
    publication_date = models.DateField(
        _("publication date"),
        help_text=_("The formal date of publication: a year (2021), a month (2021-11) or a day."),
    )
    # A year-only date is stored as 1 January of that year and this says "year":
    # every channel then writes the year alone (the page, citation tags, exports, OAI).
    publication_date_precision = models.CharField(
        _("precision of the publication date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        editable=False,
    )
    online_date = models.DateField(
        _("online date"), null=True, blank=True, help_text=_("First published online, if earlier.")
    )
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        validators=[validate_doi],
        help_text=_("e.g. 10.1080/09540962.2021.1909274"),
    )
    issn = models.CharField(_("ISSN"), max_length=20, blank=True, validators=[validate_issn])
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True, validators=[validate_isbn])
    institution = models.CharField(
        _("institution"),
        max_length=255,
        blank=True,
        help_text=_("The institution issuing a working paper or report."),
    )
    report_number = models.CharField(_("report number"), max_length=60, blank=True)
    keywords = ClusterTaggableManager(
        through=PublicationPageTag, blank=True, verbose_name=_("keywords")
    )
    themes = ParentalManyToManyField("cms.Theme", blank=True, verbose_name=_("themes"))
    licence = models.CharField(
        _("licence"), max_length=30, choices=LICENCE_CHOICES, blank=True, default=""
    )
    pdf = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("open-access PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(
        _("external link"),
        blank=True,
        help_text=_("The publisher's page or a repository copy."),
    )
    featured = models.BooleanField(
        _("feature on the home page"), default=False, help_text=_("Shown on the home page.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("publication_type"),
        InlinePanel("authors", label=_("Authors"), min_num=1),
        FieldPanel("abstract"),
        FieldPanel("impact"),
        MultiFieldPanel(
            [
                FieldPanel("container_title"),
                FieldPanel("editors"),
                FieldRowPanel([FieldPanel("volume"), FieldPanel("issue")]),
                FieldRowPanel([FieldPanel("first_page"), FieldPanel("last_page")]),
                FieldRowPanel([FieldPanel("publication_date"), FieldPanel("online_date")]),
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("institution"), FieldPanel("report_number")]),
            ],
            heading=_("Where and when it was published"),
        ),
        MultiFieldPanel(
            [FieldPanel("doi"), FieldRowPanel([FieldPanel("issn"), FieldPanel("isbn")])],
            heading=_("Identifiers"),
        ),
        MultiFieldPanel(
            [FieldPanel("pdf"), FieldPanel("external_url"), FieldPanel("licence")],
            heading=_("Access"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("keywords"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("featured"),
            ],
            heading=_("Classification"),
        ),
        InlinePanel("related_entries", label=_("Related guides and case studies")),
    ]
    # Identifiers, numbers and dates are the same in every language: a
    # translation follows the source for these rather than translating them.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "publication_type",
            "editors",
            "volume",
            "issue",
            "first_page",
            "last_page",
            "publication_date",
            "publication_date_precision",
            "online_date",
            "doi",
            "issn",
            "isbn",
            "report_number",
            "licence",
            "pdf",
            "external_url",
        )
    ]
    search_fields = Page.search_fields + [
        index.SearchField("abstract", boost=2),
        index.SearchField("impact"),
        index.SearchField("container_title"),
        index.AutocompleteField("title"),
        index.FilterField("publication_type"),
        index.FilterField("publication_date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("family_name")])]
        ),
    ]
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    base_form_class = PublicationPageForm
    template = "publications/publication_page.html"

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    # -- data -------------------------------------------------------------------

    def clean(self):
        super().clean()
        self.doi = normalise_doi(self.doi)
        if self.issn:
            self.issn = normalise_issn(self.issn)
        errors = {}
        if self.first_page and self.last_page:
            pages = (self.first_page, self.last_page)
            if all(page.isascii() and page.isdigit() for page in pages):
                if int(self.last_page) < int(self.first_page):
                    errors["last_page"] = _("The last page comes before the first page.")
        # A difference, not a sum: a date near the year 9999 plus ten years overflows.
        if (
            self.online_date
            and self.publication_date
            and self.online_date - self.publication_date > datetime.timedelta(days=3650)
        ):
            errors["online_date"] = _("The online date is implausibly far from publication.")
        if errors:
            raise ValidationError(errors)

    @property
    def type_label(self):
        return PublicationType(self.publication_type).label

    @property
    def is_report(self):
        return self.publication_type in REPORT_TYPES

    @property
    def year(self):
        return self.publication_date.year if self.publication_date else None

    @property
    def publication_date_parts(self) -> list[int]:
        """[year], [year, month] or [year, month, day]: what is known of the date."""
        date = self.publication_date
        if date is None:
            return []
        parts = [date.year, date.month, date.day]
        return parts[: {"year": 1, "month": 2}.get(self.publication_date_precision, 3)]

    @property
    def publication_date_iso(self) -> str:
        """ "2021", "2021-11" or "2021-11-17" (ISO 8601 / W3CDTF, as precise as known)."""
        parts = self.publication_date_parts
        return (
            "-".join([f"{parts[0]:04d}", *(f"{part:02d}" for part in parts[1:])]) if parts else ""
        )

    @property
    def publication_date_label(self) -> str:
        """The date as readers of the active language write it, as precise as known."""
        from django.utils.formats import date_format

        if self.publication_date is None:
            return ""
        fmt = {"year": "Y", "month": "YEAR_MONTH_FORMAT"}.get(
            self.publication_date_precision, "DATE_FORMAT"
        )
        return date_format(self.publication_date, fmt)

    @property
    def pages(self):
        if self.first_page and self.last_page:
            return f"{self.first_page}–{self.last_page}"
        return self.first_page

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def licence_label(self):
        if self.licence in LICENCES:
            return LICENCES[self.licence][0]
        return dict(LICENCE_CHOICES).get(self.licence, "")

    @property
    def licence_url(self):
        return LICENCES.get(self.licence, ("", ""))[1]

    @cached_property
    def author_people(self) -> list[Person]:
        """The authors in order (uses a prefetch of ``authors__person`` when there is one)."""
        authors = self.authors.all()
        if "authors" not in getattr(self, "_prefetched_objects_cache", {}):
            authors = authors.select_related("person")
        return [a.person for a in authors]

    @cached_property
    def keyword_names(self) -> list[str]:
        return sorted((t.name for t in self.keywords.all()), key=str.casefold)

    def pdf_url(self, request=None, root_url=None, blocked_collections=None):
        """The open-access PDF as an absolute URL (Google Scholar's ``citation_pdf_url``).

        Empty when the document sits in a private collection: metadata that leaves
        the site never points at a file the public cannot open.
        """
        if not self.pdf_id:
            return ""
        if blocked_collections is None:
            from cms.privacy import collection_restrictions_blocking

            blocked_collections = [
                r.collection.path for r in collection_restrictions_blocking(None)
            ]
        if any(self.pdf.collection.path.startswith(path) for path in blocked_collections):
            return ""
        if request is not None:
            return request.build_absolute_uri(self.pdf.url)
        if root_url is None:
            site = self.get_site()
            root_url = site.root_url if site else ""
        return root_url + self.pdf.url

    def related_sourcebook_entries(self, request):
        # The sourcebook's page model, from the relation (the publications import no
        # app beside them).
        entries = PublicationRelatedEntry._meta.get_field("target").related_model
        ids = [link.target_id for link in self.related_entries.all()]
        pages = visible_pages(entries.objects.filter(pk__in=ids), request)
        by_id = {p.pk: p for p in pages}
        return [by_id[pk] for pk in ids if pk in by_id]

    def get_context(self, request, *args, **kwargs):
        from .citations import formatted_citations
        from .metadata import highwire_tags, json_ld

        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent().specific
        context["authors"] = self.author_people
        context["related_entries"] = self.related_sourcebook_entries(request)
        context["citations"] = formatted_citations(self)
        context["highwire_tags"] = highwire_tags(self, request)
        context["json_ld"] = json_ld(self, request)
        context["pdf_absolute_url"] = self.pdf_url(request)
        return context

    # -- routes -----------------------------------------------------------------

    @path("cite/<str:fmt>/", name="cite")
    def cite(self, request, fmt):
        from .citations import export_response

        return export_response([self], fmt, self.slug)


class PublicationAuthor(Orderable):
    page = ParentalKey(PublicationPage, related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="authorships"
    )
    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class PublicationRelatedEntry(Orderable):
    page = ParentalKey(PublicationPage, related_name="related_entries", on_delete=models.CASCADE)
    target = models.ForeignKey(
        "practices.SourcebookItemPage",
        verbose_name=_("guide or case study"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide or case study")


class FeedMixin:
    """RSS 2.0 and Atom routes shared by the publication and news indexes."""

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import feed_response

        return feed_response(self, request, "rss")

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import feed_response

        return feed_response(self, request, "atom")

    def feed_items(self):
        """What the feeds list: live pages that anyone may open, never private ones."""
        raise NotImplementedError


class PublicationIndexPage(FeedMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count_per_parent = 1
    template = "publications/publication_index_page.html"

    class Meta:
        verbose_name = _("publications index")

    def publications(self, request=None):
        """The publications the request may open, in the reader's language where translated."""
        publications = children_in_every_language(self, PublicationPage)
        return one_per_translation(
            visible_pages(publications, request), reading_locale(self.locale)
        )

    def feed_items(self):
        return with_card_data(self.publications(None)).order_by(
            "-publication_date", "-first_published_at"
        )[:30]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["people_url"] = (self.url or "") + "people/"
        return context

    @path("")
    def listing(self, request):
        from .filters import PublicationFilter

        publication_filter = PublicationFilter(
            request.GET, self.publications(request), reading_locale(self.locale)
        )
        per_page = settings.PUBLICATIONS_PAGE_SIZE
        return render_listing(self, request, publication_filter, per_page, with_card_data)

    @path("export/<str:fmt>/", name="export")
    def export(self, request, fmt):
        from .citations import export_response
        from .filters import PublicationFilter

        publication_filter = PublicationFilter(
            request.GET, self.publications(request), reading_locale(self.locale)
        )
        return export_response(
            list(with_card_data(publication_filter.results)), fmt, "publications"
        )

    @path("people/<slug:slug>/", name="person")
    def person(self, request, slug):
        people = Person.objects.filter(slug=slug)
        person = people.filter(locale=self.locale).first() or people.first()
        if person is None:
            raise Http404
        publications = (
            with_card_data(self.publications(request))
            .filter(authors__person__translation_key=person.translation_key)
            .distinct()
            .order_by("-publication_date", "title")
        )
        return self.render(
            request,
            template="publications/person_page.html",
            context_overrides={
                "person": person,
                "publications": publications,
                "canonical_url": self.get_full_url(request) + f"people/{person.slug}/",
            },
        )


def with_card_data(publications):
    """Everything a publication card shows, fetched in a fixed number of queries."""
    return publications.prefetch_related(
        models.Prefetch(
            "authors",
            queryset=PublicationAuthor.objects.select_related("person").order_by("sort_order"),
        ),
        "themes",
        "keywords",
    ).select_related("pdf__collection")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publications.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(Page):
    date = models.DateField(_("date"), default=datetime.date.today)
    lead = models.TextField(
        _("lead"), max_length=500, help_text=_("One or two sentences shown in listings and feeds.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    author = models.ForeignKey(
        Person,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    themes = ParentalManyToManyField("cms.Theme", blank=True, verbose_name=_("themes"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("themes", widget=forms.CheckboxSelectMultiple)],
            heading=_("Classification"),
        ),
        InlinePanel("related_items", label=_("Related pages")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        index.AutocompleteField("title"),
    ]
    parent_page_types = ["publications.NewsIndexPage"]
    subpage_types = []
    base_form_class = TermsOfPageLanguageForm
    template = "publications/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )

    @property
    def summary(self):
        return self.lead

    @property
    def published_at(self):
        """The news date as a moment (feeds need one), at noon in the site's time zone."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(12)))

    def related_pages(self, request):
        ids = [item.target_id for item in self.related_items.all()]
        pages = visible_pages(Page.objects.filter(pk__in=ids), request).specific(defer=True)
        by_id = {p.pk: p for p in pages}
        return [by_id[pk] for pk in ids if pk in by_id]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent().specific
        context["related_pages"] = self.related_pages(request)
        return context


class NewsRelatedItem(Orderable):
    page = ParentalKey(NewsPage, related_name="related_items", on_delete=models.CASCADE)
    target = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")


class NewsIndexPage(FeedMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.NewsPage"]
    max_count_per_parent = 1
    template = "publications/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def news(self, request=None):
        """The news the request may open, in the reader's language where translated."""
        news = children_in_every_language(self, NewsPage)
        return (
            one_per_translation(visible_pages(news, request), reading_locale(self.locale))
            .select_related("image", "author", "locale")
            .order_by("-date", "-first_published_at")
        )

    def feed_items(self):
        return self.news(None).prefetch_related("themes")[:30]

    @path("")
    def listing(self, request):
        paginator = Paginator(self.news(request), settings.NEWS_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        return self.render(request, context_overrides={"page_obj": page_obj})


def latest_news(locale: Locale, request, limit=3):
    """The latest news the request may open, in ``locale`` where translated."""
    return (
        one_per_translation(visible_pages(NewsPage.objects.all(), request), locale)
        .select_related("image", "locale")
        .order_by("-date", "-first_published_at")[:limit]
    )


def featured_publications(locale: Locale, request, limit=3):
    """The featured publications the request may open, in ``locale`` where translated."""
    publications = visible_pages(PublicationPage.objects.filter(featured=True), request)
    return with_card_data(one_per_translation(publications, locale)).order_by("-publication_date")[
        :limit
    ]
