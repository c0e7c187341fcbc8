"""RSS 2.0 and Atom feeds of the news and the publications, one per language.

Built with Django's syndication framework. Feeds are read by anyone and cached
by feed readers and proxies, so they list only pages anyone may open
(``visible_pages`` with no request), whoever asks. Text goes through
``xml_text``: a control character pasted into a lead must not break the feed.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import NewsIndexPage
from .xml_text import xml_text


class IndexFeed(Feed):
    def __init__(self, index, request, kind):
        super().__init__()
        self.index = index
        self.request = request
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed
        self.kind = kind
        self.language = index.locale.language_code

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, obj):
        return xml_text(f"{obj.title} · Praxis")

    def link(self, obj):
        return obj.get_full_url(self.request)

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def description(self, obj):
        if isinstance(obj, NewsIndexPage):
            return xml_text(obj.intro or _("News from the Praxis consortium."))
        return xml_text(obj.intro or _("Papers, reports and briefs from the Praxis consortium."))

    subtitle = description

    def items(self, obj):
        return obj.feed_items()

    def item_title(self, item):
        return xml_text(item.title)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_description(self, item):
        return xml_text(getattr(item, "lead", None) or getattr(item, "abstract", ""))

    def item_pubdate(self, item):
        if hasattr(item, "published_at"):
            return item.published_at
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        if hasattr(item, "author_people"):
            return xml_text(", ".join(p.name for p in item.author_people)) or None
        return xml_text(item.author.name) if getattr(item, "author", None) else None

    def item_categories(self, item):
        return [xml_text(theme.name) for theme in item.themes.all()]


def feed_response(index, request, kind):
    response = IndexFeed(index, request, kind)(request)
    response["Cache-Control"] = "public, max-age=900"
    return response
