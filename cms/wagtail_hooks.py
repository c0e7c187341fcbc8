"""Admin for the shared taxonomies (one "Taxonomies" menu), private document serving, who may
submit what for translation, and the background tasks report."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import private_media, task_report
from .models import Country, GovernmentLevel, InterventionType, Sector, SiteFooter, Theme


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


class SiteFooterViewSet(SnippetViewSet):
    """*Settings → Footer*: the funding acknowledgement and the pages every footer links."""

    model = SiteFooter
    icon = "site"
    menu_label = _("Footer")
    add_to_settings_menu = True
    list_display = ["__str__", "grant_number", "locale"]


register_snippet(SiteFooterViewSet)


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


# Who may submit what for translation. Localize's one permission
# ("submit_translation") covers every page and snippet; Praxis narrows it to
# what the person may edit: a page they may edit, a snippet they may add. So
# researchers translate the sourcebook pages they write, and nothing else.
# These addresses are Localize's own, registered first so they answer first.


def may_submit_page(user, page) -> bool:
    return user.has_perm("wagtail_localize.submit_translation") and (
        page.permissions_for_user(user).can_edit()
    )


def may_submit_snippet(user, model) -> bool:
    from wagtail.permission_policies import ModelPermissionPolicy

    return user.has_perm("wagtail_localize.submit_translation") and ModelPermissionPolicy(
        model
    ).user_has_permission(user, "add")


def submit_page_translation(request, page_id):
    from wagtail_localize.views.submit_translations import SubmitPageTranslationView

    page = get_object_or_404(Page, pk=page_id)
    if not may_submit_page(request.user, page):
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def submit_snippet_translation(request, app_label, model_name, pk):
    from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
    from wagtail_localize.views.submit_translations import SubmitSnippetTranslationView

    model = get_snippet_model_from_url_params(app_label, model_name)
    if not may_submit_snippet(request.user, model):
        raise PermissionDenied
    return SubmitSnippetTranslationView.as_view()(
        request, app_label=app_label, model_name=model_name, pk=pk
    )


def update_translations(request, translation_source_id):
    """*Sync translated pages*: for a page or snippet the person may submit."""
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        allowed = may_submit_page(request.user, instance)
    else:
        allowed = may_submit_snippet(request.user, type(instance))
    if not allowed:
        raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


@hooks.register("register_admin_urls")
def translation_submission_urls():
    return [
        path("localize/update/<int:translation_source_id>/", update_translations),
        path("localize/submit/page/<int:page_id>/", submit_page_translation),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit_snippet_translation,
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


@hooks.register("construct_page_listing_buttons")
def hide_translate_where_not_allowed(buttons, page, user, context=None):
    """No "Translate this page" in a listing's menu where submitting would be refused."""
    if may_submit_page(user, page):
        return
    for button in buttons:
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = [
                item for item in button.dropdown_buttons if "/localize/submit/" not in item.url
            ]
