"""Admin views: importing BibTeX and RIS files as draft publications.

Upload → preview (each entry new, already present by DOI, or invalid with the
reason and line) → confirm the chosen ones. The file travels from preview to
confirmation signed inside the form, so any server of the cluster can finish
the import and nothing is stored in between.
"""

from __future__ import annotations

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import ImportConfirmForm, ImportUploadForm
from .importers import MalformedFile, create_publications, read_references

PAYLOAD_SALT = "publications.import"
IMPORT_GROUPS = ("Communications",)


def can_import(user) -> bool:
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=IMPORT_GROUPS).exists()


class ImportView(WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Import publications")
    header_icon = "doc-full"
    template_name = "publications/admin/import.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ImportUploadForm()))

    def post(self, request):
        if "payload" in request.POST:
            return self.confirm(request)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        parent = form.cleaned_data["parent"]
        self.check_parent(parent)
        name = form.cleaned_data["file"].name
        try:
            references = read_references(form.text, name, parent)
        except MalformedFile as error:
            form.add_error(
                "file",
                _("Line %(line)s: %(message)s Nothing was imported.")
                % {"line": error.line, "message": error.message},
            )
            return self.render_to_response(self.get_context_data(form=form))
        payload = signing.dumps({"text": form.text, "name": name}, salt=PAYLOAD_SALT, compress=True)
        confirm_form = ImportConfirmForm(
            initial={
                "payload": payload,
                "parent": parent.pk,
                "selected": [r.number for r in references if r.status == "new"],
            },
            choices=[r.number for r in references if r.status == "new"],
        )
        return self.preview(confirm_form, references, parent, name)

    def preview(self, form, references, parent, name):
        counts = {
            status: sum(1 for r in references if r.status == status)
            for status in ("new", "duplicate", "invalid")
        }
        selected = {str(v) for v in (form["selected"].value() or [])}
        return self.render_to_response(
            self.get_context_data(
                confirm_form=form,
                references=references,
                parent=parent,
                filename=name,
                counts=counts,
                selected=selected,
            )
        )

    def confirm(self, request):
        try:
            parent = ImportConfirmForm.base_fields["parent"].clean(request.POST.get("parent"))
            data = signing.loads(request.POST.get("payload", ""), salt=PAYLOAD_SALT)
            # Read and checked again exactly as in the preview, under the same parent.
            references = read_references(data["text"], data["name"], parent)
        except (ValidationError, signing.BadSignature, KeyError, MalformedFile):
            messages.error(request, _("The import could not be read again: upload the file anew."))
            return redirect("publications_import")
        self.check_parent(parent)
        choices = [r.number for r in references if r.status == "new"]
        form = ImportConfirmForm(request.POST, choices=choices)
        if not form.is_valid():
            return self.preview(form, references, parent, data["name"])
        chosen = set(form.cleaned_data["selected"])
        created = create_publications(
            [r for r in references if r.number in chosen], parent, request.user
        )
        messages.success(
            request,
            _("%(count)s publications were created as drafts under “%(parent)s”.")
            % {"count": len(created), "parent": parent.title},
        )
        return redirect(reverse("wagtailadmin_explore", args=[parent.pk]))

    def check_parent(self, parent):
        if not parent.permissions_for_user(self.request.user).can_add_subpage():
            raise PermissionDenied
