"""The search's Wagtail hooks: editors' view of searches that found nothing, and similar practices.

- Reports → Searches that found nothing;
- the sourcebook's ``similar_sourcebook_entries`` hook, answered with the
  search's similar practices (``search.similar``).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import UnansweredSearch
from .similar import similar_ids


class UnansweredSearchesReport(ReportView):
    page_title = _("Searches that found nothing")
    header_icon = "search"
    index_url_name = "search_unanswered"
    index_results_url_name = "search_unanswered_results"
    any_permission_required = ["wagtailadmin.access_admin"]
    columns = [
        Column("query_string", label=_("Search words")),
        Column("language_code", label=_("Language")),
        DateColumn("date", label=_("Date")),
        NumberColumn("hits", label=_("Times searched")),
    ]
    list_export = ["query_string", "language_code", "date", "hits"]
    export_headings = {
        "query_string": _("Search words"),
        "language_code": _("Language"),
        "date": _("Date"),
        "hits": _("Times searched"),
    }

    def get_queryset(self):
        return UnansweredSearch.objects.order_by("-date", "-hits", "query_string")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "reports/unanswered-searches/",
            UnansweredSearchesReport.as_view(),
            name="search_unanswered",
        ),
        path(
            "reports/unanswered-searches/results/",
            UnansweredSearchesReport.as_view(results_only=True),
            name="search_unanswered_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return MenuItem(
        _("Searches that found nothing"),
        reverse("search_unanswered"),
        name="unanswered-searches",
        icon_name="search",
        order=1310,
    )


@hooks.register("similar_sourcebook_entries")
def similar_sourcebook_entries(page, request, exclude=(), limit=4):
    return similar_ids(page, request, exclude=exclude, limit=limit)


# --- what shows search results, for purging the HTTP cache (cms.frontend_cache) ---


@hooks.register("praxis_cached_views")
def search_cached_views():
    """The search page and its suggestions are cached and carry the page chrome."""
    return ["search", "search_suggest"]


@hooks.register("praxis_pages_showing")
def search_pages_showing(obj):
    """Search results in every language; guides and case studies listing it as similar."""
    from django.conf import settings
    from wagtail.models import Page

    from cms.frontend_cache import cached_view_paths
    from cms.models import Country, InterventionType, Sector, Theme

    from .kinds import SOURCEBOOK, content_types

    shown = []
    if isinstance(obj, (Theme, Country, Sector, InterventionType)):  # facet choices
        for code, _name in settings.LANGUAGES:
            shown += cached_view_paths(code)
    elif isinstance(obj, Page) and obj.content_type_id in content_types().values():
        for code, _name in settings.LANGUAGES:
            shown += cached_view_paths(code)
        sourcebook = [content_types()[key] for key in SOURCEBOOK]
        if obj.content_type_id in sourcebook:
            # "Similar practices" on any guide or case study may list it.
            shown.append(
                Page.objects.live()
                .filter(content_type_id__in=sourcebook)
                .exclude(pk=obj.pk)
                .specific(defer=True)
            )
    return shown
