"""Admin for publications: people as snippets, and the BibTeX/RIS import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person
from .views import ImportView, can_import


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["family_name", "given_name", "affiliation", "orcid", "locale"]
    search_fields = ["family_name", "given_name", "affiliation"]


register_snippet(PersonViewSet)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("publications/import/", ImportView.as_view(), name="publications_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import publications"),
        reverse("publications_import"),
        icon_name="download",
        order=295,
    )
