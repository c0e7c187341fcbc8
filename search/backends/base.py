"""The common interface of the site's search backends, and what they share.

Wagtail's search backends (SQLite FTS5, PostgreSQL full text, Elasticsearch,
OpenSearch) each hold an index; for each of them one class here asks that
index what the site needs:

- ``rank``: what matches the words, best first (every word; or any word),
- ``suggest``: titles starting with the words typed (autocomplete),
- ``more_like_this``: pages like a page (a cluster only; None elsewhere),

and ``count``: the facet counts of the matching pages, which the database
always answers (``search.backends.facet_counts``), whichever index ranked them.

Whatever an index answers is narrowed by the database to each source's
``allowed`` queryset (what the request may open, built with ``cms.privacy``),
so privacy never depends on what a search index knows: a view restriction
added a second ago applies to the next search. ``BackendEngine`` is the plain
implementation through Wagtail's public search API, for any backend without
a class of its own; ``search.backends.engine_for`` picks the class.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, F, Func, Q, Value
from django.db.models.expressions import RawSQL

from .. import languages

# More matches than this are not ranked or counted (an Elasticsearch result
# window is 10,000 by default; a person never pages that far).
MAX_MATCHES = 10_000


class SearchUnavailable(Exception):
    """The search cluster did not answer (down, unreachable, or refusing the query)."""


# One search result before it is loaded: (source key, id), e.g. ("page", 12) or
# ("document", 3). A plain tuple: a search may hold ten thousand of them, and a
# named tuple costs several times more to build.
Hit = tuple[str, int]


@dataclass(frozen=True)
class Source:
    """What one model contributes to a search: the objects a request may open, and their types."""

    key: str
    allowed: object  # a queryset of what the request may open
    content_type_ids: tuple[int, ...]
    # Types that come first among matches of the same tier (the kinds that
    # answer a how-to question: practice guides before case studies).
    preferred_type_ids: tuple[int, ...] = ()


class SearchEngine:
    """What the site asks of one search backend. Subclasses answer from their own index."""

    def __init__(self, backend):
        self.backend = backend

    def rank(self, sources, text, language, operator="and", limit=None) -> list[Hit]:
        """What matches ``text`` (read in ``language``) among the sources, best first.

        ``operator`` "and" asks for every word (in the title or the text), "or"
        for any. A phrase of the words, and the words in the title, rank first.
        """
        raise NotImplementedError

    def rank_or_any_word(self, sources, text, language) -> tuple[list[Hit], bool]:
        """``rank`` of every word; if nothing has them all, of any word (and True)."""
        hits = self.rank(sources, text, language, "and")
        if not hits and len(languages.terms(text, language)) > 1:
            hits = self.rank(sources, text, language, "or")
            return hits, bool(hits)
        return hits, False

    def suggest(self, sources, text, limit=8) -> list[Hit]:
        """What has a title starting with the words typed (the last one as a prefix), best first."""
        raise NotImplementedError

    def more_like_this(self, page, candidates, limit) -> list[int] | None:
        """Ids of the ``candidates`` most like ``page``; None where the index cannot tell."""
        return None


class SiteBackend:
    """A mixin of the site's own Wagtail backends: each names the engine that answers for it."""

    engine_class: type[SearchEngine] = None

    def engine(self) -> SearchEngine:
        return self.engine_class(self)


class BackendEngine(SearchEngine):
    """Any Wagtail backend, through its public search API: each source's hits in its own order.

    No score to compare across sources here: the pages come first, then the
    documents. Used for a backend without a class of its own (MySQL, the
    database fallback).
    """

    def _ask(self, method, sources, text, operator, limit):
        hits = []
        for source in sources:
            results = method(text, source.allowed, operator=operator)
            hits += [(source.key, obj.pk) for obj in results[:limit]]
        return hits[:limit]

    def rank(self, sources, text, language, operator="and", limit=None):
        limit = limit or MAX_MATCHES
        return self._ask(self.backend.search, sources, text, operator, limit)

    def suggest(self, sources, text, limit=8):
        return self._ask(self.backend.autocomplete, sources, text, "and", limit)


def id_set(ids: list[int]):
    """An SQL subquery over a list of ids, with one query parameter however long the list."""
    payload = json.dumps([int(pk) for pk in ids])
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::integer[])", ("{" + payload[1:-1] + "}",))
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", (payload,))
    return list(ids)


def pk_in(ids: list[int]):
    """A filter "pk is one of ``ids``", with one query parameter however long the list.

    On PostgreSQL, ``pk = ANY(array)``: a long constant array is hashed once and
    checked per row, cheaper than joining the rows of ``unnest(array)``.
    """
    if connection.vendor == "postgresql":
        array = "{" + ",".join(map(str, map(int, ids))) + "}"
        return Func(
            F("pk"),
            Value(array),
            arg_joiner=" = ANY(",
            template="(%(expressions)s::integer[]))",
            output_field=BooleanField(),
        )
    return Q(pk__in=id_set(ids))


def visible(allowed, ids) -> set[int]:
    """The ids of ``ids`` that ``allowed`` holds (unordered: no sort by tree path)."""
    if not ids:
        return set()
    return set(allowed.filter(pk_in(ids)).order_by().values_list("pk", flat=True))
