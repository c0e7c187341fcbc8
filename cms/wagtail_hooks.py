"""Admin for the shared taxonomies (one "Taxonomies" menu), and private document serving."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import private_media
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
