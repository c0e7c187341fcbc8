"""The kinds of page the site search covers, in one list.

Adding a kind is one line in ``KINDS``: a key used in the ``kind`` facet, a
label, the page model (named, never imported: the search sits above the
content apps and learns of their models only here), where its date lives (a
lookup from ``Page``) and which taxonomy lookups feed the other facets.

Every model and lookup named here must exist: a typo is an error when the
site starts (``search.checks``), not a kind quietly left out of the search.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    # Listed first among results that match equally well: the kind that
    # answers a how-to question (a practice guide before the case studies).
    preferred: bool = False

    @property
    def model(self):
        return apps.get_model(self.model_label)


_SOURCEBOOK_FACETS = {
    "theme": "sourcebookitempage__themes__slug",
    "country": "sourcebookitempage__country__code",
    "sector": "sourcebookitempage__sector__slug",
    "intervention": "sourcebookitempage__intervention_types__slug",
}

KINDS = [
    Kind(
        EntryKind.GUIDE.value,
        EntryKind.GUIDE.label,
        "practices.PracticeGuidePage",
        None,
        _SOURCEBOOK_FACETS,
        preferred=True,
    ),
    Kind(
        EntryKind.CASE.value,
        EntryKind.CASE.label,
        "practices.CaseStudyPage",
        None,
        _SOURCEBOOK_FACETS,
    ),
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

# The kinds that list "similar practices" beside the entries an editor linked,
# and that are found in the default language where not yet translated.
SOURCEBOOK = (EntryKind.GUIDE.value, EntryKind.CASE.value)


# Documents (Wagtail's document library) are searched beside the pages: one
# more choice in the kind facet, but not a page, so not in ``KINDS``.
DOCUMENT = Kind("document", _("Document"), settings.WAGTAILDOCS_DOCUMENT_MODEL)


def available_kinds() -> list[Kind]:
    """The kinds of page searched, in the order the kind facet lists them."""
    return list(KINDS)


def by_key(key: str) -> Kind:
    return next(kind for kind in KINDS if kind.key == key)


def page_models() -> list:
    """The page models searched (whose saves keep the facet values current)."""
    return [kind.model for kind in KINDS]


def content_types() -> dict[str, int]:
    """Kind key -> content type id."""
    return {kind.key: ContentType.objects.get_for_model(kind.model).pk for kind in KINDS}


def preferred_types() -> tuple[int, ...]:
    """Content type ids of the kinds listed first among equal matches."""
    types = content_types()
    return tuple(types[kind.key] for kind in KINDS if kind.preferred)


def kind_of(content_type_id: int) -> Kind | None:
    for kind in KINDS:
        if ContentType.objects.get_for_model(kind.model).pk == content_type_id:
            return kind
    return None


def relation_path(lookup: str) -> str:
    """A facet lookup without its last part: the path from ``Page`` to the taxonomy row."""
    return lookup.rpartition("__")[0]


def check_kinds() -> list[str]:
    """What in ``KINDS`` names a model or a field that does not exist (empty when all is well)."""
    from django.core.exceptions import FieldError
    from wagtail.models import Page

    problems = []
    for kind in KINDS:
        try:
            kind.model  # noqa: B018 - looked up to fail on a wrong name
        except LookupError:
            problems.append(f"{kind.key}: no model {kind.model_label}")
            continue
        for lookup in filter(None, [kind.date_lookup, *kind.facets.values()]):
            try:
                Page.objects.filter(**{f"{lookup}__isnull": True})
            except FieldError as error:
                problems.append(f"{kind.key}: {lookup}: {error}")
    return problems
