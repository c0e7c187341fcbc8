"""The kinds of page the site search covers, in one list.

Adding a kind is one line in ``KINDS``: a key used in the ``kind`` facet, a
label, the page model, where its date lives (a lookup from ``Page``) and which
taxonomy lookups feed the other facets. A kind whose app or model is not
installed (yet) is skipped, so the list can name pages still being built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from practices.enums import EntryKind


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    model_label: str
    # A lookup from Page to the date shown beside a result and used by the year
    # facet; None means the date the page was first published.
    date_lookup: str | None = None
    # Facet name -> lookup from Page to the facet's value (slug or code).
    facets: dict = field(default_factory=dict)

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None


_SOURCEBOOK_FACETS = {
    "theme": "sourcebookitempage__themes__slug",
    "country": "sourcebookitempage__country__code",
    "sector": "sourcebookitempage__sector__slug",
    "intervention": "sourcebookitempage__intervention_types__slug",
}

KINDS = [
    Kind("guide", EntryKind.GUIDE.label, "practices.PracticeGuidePage", None, _SOURCEBOOK_FACETS),
    Kind("case", EntryKind.CASE.label, "practices.CaseStudyPage", None, _SOURCEBOOK_FACETS),
    Kind(
        "publication",
        _("Publication"),
        "publications.PublicationPage",
        "publicationpage__publication_date",
        {"theme": "publicationpage__themes__slug"},
    ),
    Kind(
        "news",
        _("News"),
        "publications.NewsPage",
        "newspage__date",
        {"theme": "newspage__themes__slug"},
    ),
    Kind(
        "event",
        _("Event"),
        "events.EventPage",
        "eventpage__start",
        {"country": "eventpage__country__code"},
    ),
    Kind("page", _("Page"), "home.StandardPage"),
]


# Documents (Wagtail's document library) are searched beside the pages: one
# more choice in the kind facet, but not a page, so not in ``KINDS``.
DOCUMENT = Kind("document", _("Document"), settings.WAGTAILDOCS_DOCUMENT_MODEL)


def available_kinds() -> list[Kind]:
    """The kinds whose page model exists in this installation."""
    return [kind for kind in KINDS if kind.model is not None]


def _date_ok(kind: Kind) -> bool:
    """Whether the kind's date lookup resolves (a model still being built may differ)."""
    return kind.date_lookup is None or _field_exists(kind.model_label, kind.date_lookup)


@cache
def _field_exists(model_label: str, lookup: str) -> bool:
    try:
        apps.get_model(model_label)._meta.get_field(lookup.split("__")[-1])
    except Exception:  # noqa: BLE001 - a missing model or field means "use the publication date"
        return False
    return True


def date_lookup(kind: Kind) -> str | None:
    return kind.date_lookup if _date_ok(kind) else None


def content_types() -> dict[str, int]:
    """Kind key -> content type id, for the kinds installed."""
    return {
        kind.key: ContentType.objects.get_for_model(kind.model).pk for kind in available_kinds()
    }


def kind_of(content_type_id: int) -> Kind | None:
    for kind in available_kinds():
        if ContentType.objects.get_for_model(kind.model).pk == content_type_id:
            return kind
    return None
