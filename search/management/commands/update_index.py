"""Wagtail's ``update_index``, then what the site search derives from pages.

The facet values the search counts (``PageFacets``) and the words "did you
mean" offers (``SearchWord``).
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.search.management.commands.update_index import Command as WagtailCommand

from search import facet_index, spelling


class Command(WagtailCommand):
    help = "Rebuild the search index and the search's facet values of every page."

    def handle(self, **options):
        super().handle(**options)
        if options.get("schema_only"):
            return
        self.write(_("Facet values of pages:"))
        written = facet_index.rebuild(
            progress=lambda done, total: self.write(f"  {done}/{total}", ending="\r")
        )
        self.write(
            "  " + ngettext("%(count)d page", "%(count)d pages", written) % {"count": written}
        )
        self.write(_("Words of pages:"))
        words = spelling.rebuild(progress=lambda done: self.write(f"  {done}", ending="\r"))
        self.write("  " + ngettext("%(count)d word", "%(count)d words", words) % {"count": words})
