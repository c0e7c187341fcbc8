"""Wagtail's ``update_index``, then the facet values the site search counts (``PageFacets``)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.search.management.commands.update_index import Command as WagtailCommand

from search import facet_index


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
