"""The site search: what a request may find, and one page of results with facets.

``allowed_pages`` is the candidate set of pages: pages of the searchable kinds
that ``cms.privacy.visible_pages`` lets this request open, in the current
language (guides and case studies not yet translated are found in the default
language, as the sourcebook lists them). ``allowed_documents`` is the same for
the document library: documents outside the collections whose view
restrictions the request does not pass (``cms.privacy.visible_media``), in
every language, since most documents exist in one language only. Everything
the search hands out (results, counts, extracts, suggestions, promotions) is
drawn from these two.
"""

from __future__ import annotations

import datetime
import heapq
from dataclasses import dataclass
from itertools import islice

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import F, Q, Value
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from cms.chrome import remembered
from cms.i18n import in_language
from cms.privacy import visible_media, visible_pages

from . import backends, spelling
from .backends import Hit
from .facets import SearchFacets
from .highlight import extract, extract_from
from .kinds import DOCUMENT, SOURCEBOOK, Kind, content_types, kind_of, preferred_types
from .query import SearchQuery, parse

PAGE_SIZE = 10


def allowed_pages(request, locale: Locale):
    """The pages of the searchable kinds ``request`` may open, in ``locale``'s language."""
    types = content_types()
    pages = visible_pages(Page.objects.filter(content_type_id__in=types.values()), request)
    fallback_types = [types[key] for key in SOURCEBOOK]
    return in_language(pages, locale, stand_ins=Q(content_type_id__in=fallback_types))


def allowed_documents(request):
    """The documents ``request`` may open (those of restricted collections only for members)."""
    return visible_media(get_document_model().objects.all(), request)


def sources(request, locale: Locale) -> list[backends.Source]:
    """What a search covers: the pages and the documents ``request`` may open."""
    document_type = ContentType.objects.get_for_model(get_document_model()).pk
    return [
        backends.Source(
            "page",
            allowed_pages(request, locale),
            tuple(content_types().values()),
            preferred_types(),
        ),
        backends.Source(DOCUMENT.key, allowed_documents(request), (document_type,)),
    ]


@dataclass
class Result:
    title: str
    kind: Kind | None
    url: str
    date: datetime.date | None
    language_code: str
    extract: str
    promoted: bool = False
    page: Page | None = None
    document: object = None

    @property
    def language_name(self):
        return settings.LANGUAGE_NAMES.get(self.language_code, self.language_code)


def _date_of(page, kind) -> datetime.date | None:
    lookup = kind.date_lookup if kind else None
    if lookup:
        value = getattr(page, lookup.split("__")[-1], None)
        if isinstance(value, datetime.datetime):
            return timezone.localdate(value)
        if isinstance(value, datetime.date):
            return value
    if page.first_published_at:
        return timezone.localdate(page.first_published_at)
    return None


def _load(hits: list[Hit], specific=False) -> tuple[dict, dict]:
    """The pages and the documents of these hits, each by id."""
    page_ids = [pk for source, pk in hits if source == "page"]
    document_ids = [pk for source, pk in hits if source == DOCUMENT.key]
    pages, documents = {}, {}
    if page_ids:
        found = Page.objects.filter(pk__in=page_ids)
        pages = {p.pk: p for p in (found.specific() if specific else found)}
    if document_ids:
        documents = {d.pk: d for d in get_document_model().objects.filter(pk__in=document_ids)}
    return pages, documents


def build_results(hits: list[Hit], request, query: SearchQuery, promoted=()) -> list[Result]:
    """The pages and documents of these hits, in this order, ready to show."""
    pages, documents = _load(hits, specific=True)
    languages = remembered(
        request, "locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    results = []
    for source, pk in hits:
        if source == DOCUMENT.key:
            document = documents.get(pk)
            if document is not None:
                results.append(_document_result(document, query))
            continue
        page = pages.get(pk)
        if page is None:
            continue
        kind = kind_of(page.content_type_id)
        results.append(
            Result(
                title=page.title,
                page=page,
                kind=kind,
                url=page.get_url(request),
                date=_date_of(page, kind),
                language_code=languages.get(page.locale_id, ""),
                extract=extract(page, query.terms),
                promoted=pk in promoted,
            )
        )
    return results


def _document_result(document, query: SearchQuery) -> Result:
    return Result(
        title=document.title,
        document=document,
        kind=DOCUMENT,
        url=document.url,
        date=timezone.localdate(document.created_at) if document.created_at else None,
        language_code=document.language,
        extract=extract_from([document.text], query.terms),
    )


# Below any real date: a missing one, where the database sorts those last.
_OLDEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


class NewestFirst:
    """With no words: every page and document the facets keep, newest first, as one list.

    The paginator asks for a slice; each part (the pages, the documents) is
    read newest first up to the slice's end, and the parts are merged here:
    the pages' part is read backwards along the index of publication dates,
    where one statement over both would sort every page kept. How many there
    are is what the facets counted (``SearchFacets.total``).
    """

    def __init__(self, parts, total: int, connection):
        self.parts = parts
        self.total = total
        # Where the database sorts a missing date when it sorts newest first.
        self.none_first = connection.features.nulls_order_largest

    def count(self) -> int:
        return self.total

    def _key(self, row):
        date, pk, _source = row
        return (date is None) == self.none_first, date or _OLDEST, pk

    def __getitem__(self, index: slice) -> list[tuple]:
        start, stop = index.start or 0, index.stop
        read = [list(part[:stop]) for part in self.parts]
        return list(islice(heapq.merge(*read, key=self._key, reverse=True), start, stop))


def browse_order(facets: SearchFacets) -> NewestFirst:
    """With no words: every page and document the facets keep, newest first."""
    parts = [
        facets.results.annotate(_date=F("first_published_at"), _source=Value("page"))
        .values_list("_date", "pk", "_source")
        .order_by("-_date", "-pk")
    ]
    if facets.document_results is not None and not facets.document_results.query.is_empty():
        parts.append(
            facets.document_results.annotate(_date=F("created_at"), _source=Value(DOCUMENT.key))
            .values_list("_date", "pk", "_source")
            .order_by("-_date", "-pk")
        )
    # Not counted only where a facet value is unknown: then nothing is kept.
    total = facets.total or 0
    return NewestFirst(parts, total, connections[facets.results.db])


@dataclass
class SearchPage:
    query: SearchQuery
    facets: SearchFacets
    page_obj: object
    results: list[Result]
    promotions: list[Result]
    matched_any_word_only: bool
    capped: bool = False
    # Words that find something where the visitor's found nothing ("did you mean").
    did_you_mean: str = ""

    @property
    def count(self):
        return self.page_obj.paginator.count

    @property
    def limit(self):
        """How many matches are ranked and counted at most."""
        return backends.base.MAX_MATCHES


def search(request, params) -> SearchPage:
    query = parse(params.get("q"))
    locale = Locale.get_active()
    pages, documents = sources(request, locale)
    engine = backends.engine_for()
    any_word = False
    if query:
        # Every word; where nothing has them all, what has some of them, by how many.
        hits, any_word = engine.rank_or_any_word(
            [pages, documents], query.text, locale.language_code
        )
        capped = len(hits) >= backends.base.MAX_MATCHES
        page_ids = [pk for source, pk in hits if source == "page"]
        document_ids = [pk for source, pk in hits if source == documents.key]
        # Live, as they were when ranked: the facet counts then read them from
        # the index of visible pages (search.0004) instead of the page rows.
        matching = Page.objects.live().filter(backends.pk_in(page_ids))
        matching_documents = documents.allowed.model.objects.filter(backends.pk_in(document_ids))
        if not document_ids:
            matching_documents = matching_documents.none()
    else:
        hits, capped = None, False
        matching, matching_documents = pages.allowed, documents.allowed
    facets = SearchFacets(params, matching, locale, matching_documents)
    if hits is None:
        ordered = browse_order(facets)
    elif facets.unknown:
        ordered = []
    elif facets.active:
        keep = {
            "page": facets.result_ids,  # read with the counts
            documents.key: set(facets.document_results.order_by().values_list("pk", flat=True)),
        }
        ordered = [hit for hit in hits if hit[1] in keep[hit[0]]]
    else:
        ordered = hits
    page_obj = Paginator(ordered, PAGE_SIZE).get_page(params.get("page"))
    if hits is None:
        page_obj.object_list = [(source, pk) for _date, pk, source in page_obj.object_list]
    promotions = []
    if query and page_obj.number == 1:
        promotions = promoted_results(request, params.get("q", ""), pages.allowed, query)
    promoted_ids = {r.page.pk for r in promotions}
    page_hits = [
        (source, pk)
        for source, pk in page_obj.object_list
        if not (source == "page" and pk in promoted_ids)
    ]
    did_you_mean = ""
    if query and (not hits or any_word) and not promotions:
        # Nothing has every word: perhaps one is misspelt.
        did_you_mean = (
            spelling.did_you_mean(query.text, locale.language_code, [pages, documents], engine)
            or ""
        )
    return SearchPage(
        query=query,
        facets=facets,
        page_obj=page_obj,
        results=build_results(page_hits, request, query),
        promotions=promotions,
        matched_any_word_only=any_word,
        capped=capped,
        did_you_mean=did_you_mean,
    )


def promoted_results(request, raw_query: str, allowed, query: SearchQuery) -> list[Result]:
    """Editors' picks for this query (Wagtail search promotions) the request may open."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    normalised = normalise_query_string(raw_query.replace("\x00", ""))
    if not normalised:
        return []
    # Read only: Wagtail's ``Query.get`` would store every query string asked.
    picks = SearchPromotion.objects.filter(query__query_string=normalised).order_by("sort_order")
    ids = [pk for pk in picks.values_list("page_id", flat=True) if pk]
    if not ids:
        return []
    visible = set(allowed.filter(pk__in=ids).values_list("pk", flat=True))
    ids = [pk for pk in ids if pk in visible]
    return build_results([("page", pk) for pk in ids], request, query, promoted=set(ids))


def suggestions(request, raw: str, limit=8) -> list[dict]:
    """Titles (pages and documents the request may open) that start with the words typed."""
    query = parse(raw)
    if not query or len(query.text) < 2:
        return []
    hits = backends.engine_for().suggest(sources(request, Locale.get_active()), query.text, limit)
    pages, documents = _load(hits)
    out = []
    for source, pk in hits:
        if source == DOCUMENT.key:
            document = documents.get(pk)
            if document is not None:
                out.append(
                    {"title": document.title, "url": document.url, "kind": str(DOCUMENT.label)}
                )
            continue
        page = pages.get(pk)
        if page is None:
            continue
        kind = kind_of(page.content_type_id)
        out.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "kind": str(kind.label) if kind else "",
            }
        )
    return out
