"""The development work in the admin, for consortium staff.

Under *Development work*: participating agencies (their kind and whether they
agreed to be named), interventions with their sessions, interim impact
measures and documents, self-assessment frameworks (translatable with
Localize; saving a version that has answers makes the next version) and
learning partnerships. Agency members and coordinators never need the admin:
their pages are in the members' area (``development.urls``).

An intervention's listing and edit view offer *Start a case study*, which asks
the sourcebook for a draft (``development.casestudy``).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from cms.evidence import NoDrafter, can_draft_case_studies

from .access import EVERY_AGENCY
from .models import Framework, Intervention, LearningPartnership, Participation


def case_study_url(intervention) -> str:
    return reverse("development_case_study", args=[intervention.pk])


class InterventionIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_draft_case_studies() and self.request.user.has_perm(EVERY_AGENCY):
            buttons.append(
                MenuItem(
                    _("Start a case study"),
                    url=case_study_url(instance),
                    icon_name="doc-full",
                    priority=25,
                )
            )
        return buttons


class InterventionEditView(EditView):
    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        if can_draft_case_studies() and self.request.user.has_perm(EVERY_AGENCY):
            buttons.append(
                HeaderButton(
                    _("Start a case study"), url=case_study_url(self.object), icon_name="doc-full"
                )
            )
        return buttons


class InterventionViewSet(SnippetViewSet):
    model = Intervention
    icon = "tasks"
    menu_label = gettext_lazy("Interventions")
    list_display = ["title", "agency", "intervention_type", "status", "starts_on"]
    list_filter = ["agency", "status", "intervention_type"]
    search_fields = ["title", "aims"]
    index_view_class = InterventionIndexView
    edit_view_class = InterventionEditView


class FrameworkEditView(EditView):
    """Saving a framework version that has answers saves the next version instead.

    The frozen version stays exactly as it was, so rounds that answered it
    remain comparable; the new version is what new rounds will choose.
    """

    def save_instance(self):
        stored = Framework.objects.get(pk=self.object.pk)
        is_translation = stored.get_default_locale_version().pk != stored.pk
        if is_translation or not stored.is_frozen:
            return super().save_instance()
        edited = self.form.save(commit=False)
        self.frozen_version = stored.version
        self.new_version = edited.as_new_version()
        return self.new_version

    def get_success_message(self):
        copy = getattr(self, "new_version", None)
        if copy is not None:
            return _(
                "Version %(old)s has answers, so it stays as it was: your changes are saved "
                "as version %(new)s, which new rounds can use."
            ) % {"old": self.frozen_version, "new": copy.version}
        return super().get_success_message()

    def get_success_url(self):
        copy = getattr(self, "new_version", None)
        if copy is not None:
            return reverse(self.edit_url_name, args=[copy.pk])
        return super().get_success_url()


class FrameworkViewSet(SnippetViewSet):
    model = Framework
    icon = "list-ul"
    menu_label = gettext_lazy("Self-assessment frameworks")
    list_display = ["name", "version", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    edit_view_class = FrameworkEditView


class ParticipationViewSet(SnippetViewSet):
    model = Participation
    icon = "group"
    menu_label = gettext_lazy("Participating agencies")
    list_display = ["agency", "kind", "since", "named_in_case_studies"]
    list_filter = ["kind"]


class PartnershipViewSet(SnippetViewSet):
    model = LearningPartnership
    icon = "user"
    menu_label = gettext_lazy("Learning partnerships")
    list_display = ["name", "agency", "started_on"]
    list_filter = ["agency"]


class DevelopmentGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Development work")
    menu_icon = "tasks"
    menu_order = 320
    items = (ParticipationViewSet, InterventionViewSet, FrameworkViewSet, PartnershipViewSet)


register_snippet(DevelopmentGroup)


def start_case_study_view(request, intervention_id):
    """Confirm, then ask the sourcebook for a draft case study from the intervention."""
    from .casestudy import start_case_study

    if not request.user.has_perm(EVERY_AGENCY):
        raise PermissionDenied
    intervention = get_object_or_404(
        Intervention.objects.select_related("agency", "intervention_type"), pk=intervention_id
    )
    if request.method == "POST":
        try:
            draft = start_case_study(intervention, request.user)
        except (NoDrafter, LookupError, ValidationError) as error:
            why = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            messages.error(request, _("No case study could be drafted: %(why)s") % {"why": why})
            return redirect(reverse("wagtailsnippets_development_intervention:list"))
        messages.success(
            request,
            _("A draft case study “%(title)s” is ready for you to complete and submit for review.")
            % {"title": draft.title},
        )
        return redirect(draft.edit_url)
    return TemplateResponse(
        request,
        "development/admin/start_case_study.html",
        {"intervention": intervention, "can_draft": can_draft_case_studies()},
    )


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path(
            "development/interventions/<int:intervention_id>/case-study/",
            start_case_study_view,
            name="development_case_study",
        )
    ]
