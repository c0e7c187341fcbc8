"""Admin for publications: people as snippets, and the BibTeX/RIS import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person
from .views import ImportView, can_import


class NewPersonForm(WagtailAdminModelForm):
    """A new author, typed in the person chooser without leaving the publication's form."""

    class Meta:
        model = Person
        fields = ["given_name", "family_name", "orcid", "affiliation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.locale_id:
            # People's names are the same in every language; their translations
            # (affiliation, biography) are made from the default language's.
            self.instance.locale = Locale.get_default()


class PersonChooserViewSet(SnippetChooserViewSet):
    creation_form_class = NewPersonForm
    creation_tab_label = _("New person")
    create_action_label = _("Add this person")


class PersonViewSet(SnippetViewSet):
    model = Person
    chooser_viewset_class = PersonChooserViewSet
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
