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


# --- what shows publications and news, for purging the HTTP cache (cms.frontend_cache) ---


@hooks.register("praxis_pages_showing")
def publications_pages_showing(obj):
    """Listings and feeds in every language, the authors' pages, a publication's citations."""
    from cms.frontend_cache import in_every_language, subpaths
    from cms.models import Theme

    from .models import NewsIndexPage, NewsPage, PublicationIndexPage, PublicationPage

    shown = []
    if isinstance(obj, (PublicationPage, NewsPage)):
        for index in in_every_language(obj.get_parent().specific_deferred):
            shown += [index, *subpaths(index, "feed/rss/", "feed/atom/", "export/bib/")]
            shown += subpaths(index, "export/ris/", "export/json/")
            if isinstance(obj, PublicationPage):
                slugs = {author.person.slug for author in obj.authors.select_related("person")}
                shown += subpaths(index, *(f"people/{slug}/" for slug in sorted(slugs)))
        if isinstance(obj, PublicationPage):
            shown += subpaths(obj, "cite/bib/", "cite/ris/", "cite/json/")
    elif isinstance(obj, (PublicationIndexPage, NewsIndexPage)):
        shown += subpaths(obj, "feed/rss/", "feed/atom/")
    elif isinstance(obj, Person):
        for index in PublicationIndexPage.objects.live():
            shown += subpaths(index, f"people/{obj.slug}/")
    elif isinstance(obj, Theme):
        shown.append(PublicationIndexPage.objects.live())  # a filter choice
    return shown
