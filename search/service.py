"""The site search: which pages a request may find, and one page of results with facets.

``allowed_pages`` is the candidate set: pages of the searchable kinds that
``cms.privacy.visible_pages`` lets this request open, in the current language
(guides and case studies not yet translated are found in the default
language, as the sourcebook lists them). Everything the search hands out
(results, counts, extracts, suggestions, promotions) is drawn from it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.privacy import visible_pages

from . import engine
from .facets import SearchFacets
from .highlight import extract
from .kinds import Kind, available_kinds, content_types, date_lookup, kind_of
from .query import SearchQuery, parse

PAGE_SIZE = 10


def current_locale() -> Locale:
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def allowed_pages(request, locale: Locale):
    """The pages of the searchable kinds ``request`` may open, in ``locale``'s language."""
    types = content_types()
    pages = visible_pages(Page.objects.filter(content_type_id__in=types.values()), request)
    default = Locale.get_default()
    if locale.pk == default.pk:
        return pages.filter(locale=locale)
    fallback_types = [types[k.key] for k in available_kinds() if k.key in ("guide", "case")]
    here = pages.filter(locale=locale)
    fallback = (
        pages.filter(locale=default, content_type_id__in=fallback_types)
        .exclude(translation_key__in=here.values("translation_key"))
        .values("pk")
    )
    return pages.filter(Q(locale=locale) | Q(pk__in=fallback))


@dataclass
class Result:
    page: Page
    kind: Kind | None
    url: str
    date: datetime.date | None
    language_code: str
    extract: str
    promoted: bool = False

    @property
    def language_name(self):
        return settings.LANGUAGE_NAMES.get(self.language_code, self.language_code)


def _date_of(page, kind) -> datetime.date | None:
    lookup = date_lookup(kind) if kind else None
    if lookup:
        value = getattr(page, lookup.split("__")[-1], None)
        if isinstance(value, datetime.datetime):
            return timezone.localdate(value)
        if isinstance(value, datetime.date):
            return value
    if page.first_published_at:
        return timezone.localdate(page.first_published_at)
    return None


def build_results(ids, request, query: SearchQuery, promoted=()) -> list[Result]:
    """The pages with these ids, specific and in this order, ready to show."""
    pages = Page.objects.filter(pk__in=list(ids)).specific()
    by_id = {p.pk: p for p in pages}
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    results = []
    for pk in ids:
        page = by_id.get(pk)
        if page is None:
            continue
        kind = kind_of(page.content_type_id)
        results.append(
            Result(
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


@dataclass
class SearchPage:
    query: SearchQuery
    facets: SearchFacets
    page_obj: object
    results: list[Result]
    promotions: list[Result]
    matched_any_word_only: bool
    capped: bool = False

    @property
    def count(self):
        return self.page_obj.paginator.count

    @property
    def limit(self):
        """How many matches are ranked and counted at most."""
        return engine.MAX_MATCHES


def search(request, params) -> SearchPage:
    query = parse(params.get("q"))
    locale = current_locale()
    allowed = allowed_pages(request, locale)
    types = list(content_types().values())
    any_word = False
    if query:
        ids = engine.ranked_ids(allowed, query.text, types, operator="and")
        if not ids and len(query.terms) > 1:
            # No page has every word: rank pages by how many of the words they have.
            ids = engine.ranked_ids(allowed, query.text, types, operator="or")
            any_word = bool(ids)
        capped = len(ids) >= engine.MAX_MATCHES
        matching = Page.objects.filter(engine.pk_in(ids))
    else:
        ids, capped = None, False
        matching = allowed
    facets = SearchFacets(params, matching, locale)
    if ids is None:
        ordered = facets.results.order_by("-first_published_at", "-pk").values_list("pk", flat=True)
    elif facets.active:
        keep = set(facets.results.order_by().values_list("pk", flat=True))
        ordered = [pk for pk in ids if pk in keep]
    else:
        ordered = [] if facets.unknown else ids
    page_obj = Paginator(ordered, PAGE_SIZE).get_page(params.get("page"))
    promotions = []
    if query and page_obj.number == 1:
        promotions = promoted_results(request, params.get("q", ""), allowed, query)
    promoted_ids = {r.page.pk for r in promotions}
    page_ids = [pk for pk in page_obj.object_list if pk not in promoted_ids]
    return SearchPage(
        query=query,
        facets=facets,
        page_obj=page_obj,
        results=build_results(page_ids, request, query),
        promotions=promotions,
        matched_any_word_only=any_word,
        capped=capped,
    )


def promoted_results(request, raw_query: str, allowed, query: SearchQuery) -> list[Result]:
    """Editors' picks for this query (Wagtail search promotions) the request may open."""
    from wagtail.contrib.search_promotions.models import Query as PromotedQuery

    normalised = " ".join(raw_query.split())[:255]
    if not normalised:
        return []
    picks = PromotedQuery.get(normalised).editors_picks.order_by("sort_order")
    ids = [pk for pk in picks.values_list("page_id", flat=True) if pk]
    if not ids:
        return []
    visible = set(allowed.filter(pk__in=ids).values_list("pk", flat=True))
    ids = [pk for pk in ids if pk in visible]
    return build_results(ids, request, query, promoted=set(ids))


def suggestions(request, raw: str, limit=8) -> list[dict]:
    query = parse(raw)
    if not query or len(query.text) < 2:
        return []
    allowed = allowed_pages(request, current_locale())
    ids = engine.suggestion_ids(allowed, query.text, list(content_types().values()), limit)
    pages = {p.pk: p for p in Page.objects.filter(pk__in=ids).select_related("locale")}
    out = []
    for pk in ids:
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
