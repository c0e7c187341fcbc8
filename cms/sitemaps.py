"""``/sitemap.xml``: every live page anyone may open, in every language.

Wagtail's sitemap lists the descendants of the site's root page only, which
leaves out the other languages' home pages and their trees, and it decides
privacy on its own; this one covers every translation of the root and uses
the site's one privacy rule (``cms.privacy.visible_pages``, anonymous view).
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .privacy import visible_pages


class PublicSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        within = Q()
        for page in roots:
            within |= Q(path__startswith=page.path)
        return (
            visible_pages(Page.objects.filter(within), None)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Each URL with its translations as ``hreflang`` alternates (and ``x-default``)."""
        from django.conf import settings

        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        keys = {p.translation_key for p in pages}
        by_key: dict = {}
        translations = visible_pages(
            Page.objects.filter(translation_key__in=keys).select_related("locale"), None
        )
        for translation in translations:
            by_key.setdefault(translation.translation_key, []).append(translation)
        locations = {p.get_full_url(self.request): p for p in pages}
        for url in urls:
            source = locations.get(url["location"])
            if source is None:
                continue
            siblings = by_key.get(source.translation_key, [])
            if len(siblings) < 2:
                continue
            alternates = [
                {"lang_code": s.locale.language_code, "location": s.get_full_url(self.request)}
                for s in sorted(siblings, key=lambda s: s.locale.language_code)
            ]
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default is not None:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            url["alternates"] = alternates
        return urls
