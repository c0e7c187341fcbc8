"""The publication listing's filter (and its exports'): type, year, author, theme.

Declared on the shared faceted filter (``cms.filters``), which reads, applies
and counts the facets with one query each, whatever the number of
publications or authors; what is the listing's own is here: its authors
facet and the orders it offers.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cms.filters import ChoicesFacet, Facet, FacetedFilter, Sort, TaxonomyFacet, YearFacet
from cms.models import Theme

from .enums import PublicationType
from .models import Person


class AuthorFacet(Facet):
    """The people who wrote the listed publications, by surname."""

    def options(self, listing):
        people = Person.objects.filter(authorships__page__in=listing.base.values("pk")).distinct()
        return {p.slug: p.sort_name for p in sorted(people, key=lambda p: p.sort_name.casefold())}


class PublicationFilter(FacetedFilter):
    facets = (
        ChoicesFacet("type", _("Type"), "publication_type", choices=PublicationType.choices),
        YearFacet("year", _("Year"), "publication_date__year"),
        AuthorFacet("author", _("Author"), "authors__person__slug", multi_valued=True),
        TaxonomyFacet("theme", _("Theme"), "themes__slug", model=Theme, multi_valued=True),
    )
    sorts = {
        "newest": Sort(("-publication_date", "-pk"), _("Newest first")),
        "oldest": Sort(("publication_date", "pk"), _("Oldest first")),
        "title": Sort(("title", "pk"), _("Title A–Z")),
    }
