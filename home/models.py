"""The home page and the site's standard pages (about, privacy, accessibility, contact)."""

from django.db import models
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.chrome import fragment
from cms.i18n import reading_locale, section_in_language
from cms.privacy import visible_pages

# How long the home page's listings are kept at the most (cms.chrome.fragment).
SECTIONS_SECONDS = 5 * 60


class HomePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_guides", label=_("Featured practice guides"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from publications.models import NewsIndexPage

        context = super().get_context(request, *args, **kwargs)
        locale = reading_locale(self.locale)
        context["news_index"] = section_in_language(self, NewsIndexPage, request, locale)

        def sections():
            return render_to_string(
                "home/includes/sections.html",
                self.sections_context(request, dict(context), locale),
                request=request,
            )

        # Everything below the header is the same for every visitor of a visibility
        # class: kept (cms.chrome) for a few minutes at the most, as upcoming events
        # become past ones with time alone.
        context["sections"] = mark_safe(
            fragment(request, "home-sections", (self.pk,), sections, timeout=SECTIONS_SECONDS)
        )
        return context

    def sections_context(self, request, context, locale):
        """What the home page lists: featured guides, case studies, events, news, papers."""
        from django.contrib.contenttypes.models import ContentType

        from practices.models import (
            CaseStudyPage,
            PracticeGuidePage,
            SourcebookIndexPage,
            SourcebookItemPage,
            with_card_data,
        )

        # Featured guides are chosen once, in the source language; each is shown
        # in the reader's language where a translation exists.
        featured_ids = [f.page_id for f in self.featured_guides.all()]
        keys = dict(
            PracticeGuidePage.objects.filter(pk__in=featured_ids).values_list(
                "pk", "translation_key"
            )
        )
        candidates = with_card_data(
            visible_pages(
                SourcebookItemPage.objects.filter(translation_key__in=keys.values()), request
            )
        )
        by_key = {}
        for entry in candidates:
            if entry.translation_key not in by_key or entry.locale_id == locale.pk:
                by_key[entry.translation_key] = entry
        context["featured_guides"] = [
            by_key[keys[pk]] for pk in featured_ids if keys.get(pk) in by_key
        ]
        sourcebook = section_in_language(self, SourcebookIndexPage, request, locale)
        context["sourcebook"] = sourcebook
        context["latest_case_studies"] = []
        if sourcebook is not None:
            context["latest_case_studies"] = with_card_data(
                sourcebook.entries(request).filter(
                    content_type=ContentType.objects.get_for_model(CaseStudyPage)
                )
            ).order_by("-first_published_at")[:3]
        context.update(dissemination_context(self, request, locale))
        from events.models import EventIndexPage, upcoming_events

        context["upcoming_events"] = upcoming_events(locale, request)
        context["event_index"] = section_in_language(self, EventIndexPage, request, locale)
        return context


def dissemination_context(home, request, locale):
    """The latest news and featured publications the home page shows (publications app)."""
    from publications.models import (
        NewsIndexPage,
        PublicationIndexPage,
        featured_publications,
        latest_news,
    )

    return {
        "latest_news": latest_news(locale, request),
        "featured_publications": featured_publications(locale, request),
        "news_index": section_in_language(home, NewsIndexPage, request, locale),
        "publication_index": section_in_language(home, PublicationIndexPage, request, locale),
    }


class HomeFeaturedGuide(Orderable):
    home = ParentalKey(HomePage, related_name="featured_guides", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "practices.PracticeGuidePage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]


class StandardPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
