"""What shows sourcebook pages, for purging the HTTP cache (see cms.frontend_cache)."""

from wagtail import hooks

from cms.frontend_cache import in_every_language, subpaths
from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme

from .models import CollectionPage, PracticeGuidePage, SourcebookIndexPage, SourcebookItemPage


@hooks.register("praxis_pages_showing")
def sourcebook_pages_showing(obj):
    """The sourcebook in every language (listing and book), collections, a guide's PDF."""
    shown = []
    if isinstance(obj, SourcebookItemPage):
        # Every language's listing: an entry not translated is listed in its own language.
        for sourcebook in in_every_language(obj.get_parent().specific_deferred):
            shown += [sourcebook, *subpaths(sourcebook, "sourcebook.pdf")]
        shown.append(CollectionPage.objects.live().filter(locale_id=obj.locale_id))
        if isinstance(obj, PracticeGuidePage):
            shown += subpaths(obj, "pdf/")
    elif isinstance(obj, SourcebookIndexPage):
        shown += subpaths(obj, "sourcebook.pdf")
    elif isinstance(obj, (Theme, Country, Sector, GovernmentLevel, InterventionType)):
        # A filter choice on every sourcebook listing, in every language (labels
        # fall back to the default language's names).
        shown.append(SourcebookIndexPage.objects.live())
    return shown
