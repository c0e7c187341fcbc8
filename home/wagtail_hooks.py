"""What the home page shows, for purging the HTTP cache (see cms.frontend_cache)."""

from wagtail import hooks

from events.models import EventPage
from practices.models import SourcebookItemPage
from publications.models import NewsPage, PublicationPage

from .models import HomePage


@hooks.register("praxis_pages_showing")
def home_pages_showing(obj):
    """Every language's home page shows guides, case studies, news, publications and events.

    Every language's: where an entry is not translated, the home page of another
    language shows it in its own.
    """
    if isinstance(obj, (SourcebookItemPage, NewsPage, PublicationPage, EventPage)):
        return [HomePage.objects.live()]
    return []
