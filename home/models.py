"""The home page and the site's standard pages (about, privacy, accessibility, contact)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.privacy import visible_pages


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
        from practices.models import CaseStudyPage, PracticeGuidePage

        context = super().get_context(request, *args, **kwargs)
        featured_ids = [f.page_id for f in self.featured_guides.all()]
        featured = visible_pages(
            PracticeGuidePage.objects.filter(pk__in=featured_ids), request
        ).select_related("listing_image")
        order = {pk: i for i, pk in enumerate(featured_ids)}
        context["featured_guides"] = sorted(featured, key=lambda p: order[p.pk])
        context["latest_case_studies"] = (
            visible_pages(CaseStudyPage.objects.filter(locale=self.locale), request)
            .select_related("country", "listing_image")
            .order_by("-first_published_at")[:3]
        )
        context["sourcebook"] = (
            self.get_children().live().filter(content_type__model="sourcebookindexpage").first()
        )
        return context


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
