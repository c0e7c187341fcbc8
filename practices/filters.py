"""The sourcebook listing's filter: kind, theme, intervention type, country, sector, level.

Declared on the shared faceted filter (``cms.filters``), which reads, applies
and counts the facets; what is the sourcebook's own is here: the kinds are
page types, and the orders it offers.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.filters import ChoicesFacet, FacetedFilter, Sort, TaxonomyFacet
from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme

from .enums import EntryKind
from .models import CaseStudyPage, PracticeGuidePage

PAGE_TYPES = {EntryKind.GUIDE.value: PracticeGuidePage, EntryKind.CASE.value: CaseStudyPage}


class KindFacet(ChoicesFacet):
    """Guide or case study: an entry's page type."""

    def __init__(self):
        super().__init__("kind", _("Kind"), "content_type_id", choices=EntryKind.choices)

    @staticmethod
    def content_types() -> dict[str, int]:
        return {kind: ContentType.objects.get_for_model(m).pk for kind, m in PAGE_TYPES.items()}

    def condition(self, values):
        types = self.content_types()
        return Q(content_type_id__in=[types[value] for value in values])

    def counts(self, rows):
        by_type = {str(pk): n for pk, n in rows}
        return {kind: by_type.get(str(pk), 0) for kind, pk in self.content_types().items()}


class SourcebookFilter(FacetedFilter):
    facets = (
        KindFacet(),
        TaxonomyFacet("theme", _("Theme"), "themes__slug", model=Theme, multi_valued=True),
        TaxonomyFacet(
            "intervention",
            _("Intervention type"),
            "intervention_types__slug",
            model=InterventionType,
            multi_valued=True,
        ),
        TaxonomyFacet("country", _("Country"), "country__code", model=Country, key="code"),
        TaxonomyFacet("sector", _("Sector"), "sector__slug", model=Sector),
        TaxonomyFacet(
            "level", _("Level of government"), "government_level__slug", model=GovernmentLevel
        ),
    )
    sorts = {
        "newest": Sort(("-first_published_at", "pk"), _("Newest first")),
        "title": Sort(("title", "pk"), _("Title A–Z")),
    }
