"""Admin for the shared taxonomies (one "Taxonomies" menu), private document serving,
and the background tasks report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import private_media, task_report
from .models import Country, GovernmentLevel, InterventionType, Sector, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "code", "locale"]
    search_fields = ["name"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]


class GovernmentLevelViewSet(SnippetViewSet):
    model = GovernmentLevel
    icon = "list-ol"
    list_display = ["name", "slug", "locale"]


class InterventionTypeViewSet(SnippetViewSet):
    model = InterventionType
    icon = "cogs"
    list_display = ["name", "slug", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (
        ThemeViewSet,
        CountryViewSet,
        SectorViewSet,
        GovernmentLevelViewSet,
        InterventionTypeViewSet,
    )


register_snippet(TaxonomyGroup)


# Private documents: a clear refusal before Wagtail's own check (see cms.private_media).
hooks.register("before_serve_document", private_media.check_private_document, order=-1)


# Reports → Background tasks (cms.task_report).
@hooks.register("register_admin_urls")
def register_task_report_urls():
    report = task_report.BackgroundTasksReport
    return [
        path("reports/background-tasks/", report.as_view(), name="background_tasks"),
        path(
            "reports/background-tasks/results/",
            report.as_view(results_only=True),
            name="background_tasks_results",
        ),
        path(
            "reports/background-tasks/<uuid:task_id>/run-again/",
            task_report.run_again,
            name="background_tasks_run_again",
        ),
    ]


class BackgroundTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return task_report.can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_task_report_menu_item():
    return BackgroundTasksMenuItem(
        _("Background tasks"),
        reverse("background_tasks"),
        name="background-tasks",
        icon_name="cogs",
        order=1320,
    )
