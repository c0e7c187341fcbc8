"""One interface over Wagtail's search backends: ranked hits among what a request may see.

``ranked_hits`` asks the configured backend (the database backend, or an
Elasticsearch/OpenSearch cluster when ``SEARCH_URL`` is set) for the pages and
documents matching a query, best first (``ranked_ids`` for pages alone).
Whatever the backend answers is then narrowed by the ORM to each source's
``allowed`` queryset (what the request may open, built with ``cms.privacy``),
so privacy never depends on what a search index knows: a view restriction
added a second ago applies to the next search.
Facets, counts and extracts are computed from these ids by the database.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass

from django.db import connection, connections
from django.db.models import BooleanField, Case, F, Func, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

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


def backend():
    return get_search_backend()


def is_database_backend(search_backend=None) -> bool:
    search_backend = search_backend or backend()
    return ".database" in type(search_backend).__module__


def backend_name(search_backend=None) -> str:
    search_backend = search_backend or backend()
    return type(search_backend).__name__


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


def _searchable(source: Source, search_backend):
    """The queryset handed to the backend: only filters every backend can apply."""
    model = source.allowed.model
    if is_database_backend(search_backend):
        # The database backend joins its index to any queryset; a subquery keeps
        # the backend's filter check to one indexed field.
        return model.objects.filter(pk__in=source.allowed.values("pk"))
    if not issubclass(model, Page):
        return model.objects.all()
    # A cluster can filter only on indexed fields: content type and locale. The
    # rest (privacy, language fallback) is applied below, by the database.
    locales = set(source.allowed.order_by().values_list("locale_id", flat=True).distinct())
    return Page.objects.live().filter(
        Q(content_type__in=source.content_type_ids) & Q(locale__in=locales)
    )


def ranked_ids(
    allowed, text: str, content_type_ids, operator="and", search_backend=None
) -> list[int]:
    """Ids of the pages in ``allowed`` that match ``text``, most relevant first."""
    source = Source("page", allowed, tuple(content_type_ids))
    return [pk for _, pk in ranked_hits([source], text, operator, search_backend)]


def ranked_hits(sources: list[Source], text: str, operator="and", search_backend=None) -> list[Hit]:
    """What matches ``text`` among the sources (pages, documents…), most relevant first.

    On the database backends all sources are ranked together by one query of
    the shared index table, so a document and a page compare by the same score;
    on a cluster each source is asked apart and the hits merged by score.
    """
    return _hits(sources, text, operator, search_backend, MAX_MATCHES)


def ranked_hits_or_any_word(
    sources: list[Source], text: str, search_backend=None
) -> tuple[list[Hit], bool]:
    """``ranked_hits`` of every word; if nothing has them all, of any word (and True)."""
    search_backend = search_backend or backend()
    if _is_postgres(search_backend):
        results = search_backend.search(
            text, _searchable(sources[0], search_backend), operator="and"
        )
        return _postgres_hits(results, sources, MAX_MATCHES, any_word_fallback=True)
    hits = ranked_hits(sources, text, "and", search_backend)
    if not hits and len(text.split()) > 1:
        hits = ranked_hits(sources, text, "or", search_backend)
        return hits, bool(hits)
    return hits, False


def suggested_hits(sources: list[Source], text: str, limit=8, search_backend=None) -> list[Hit]:
    """What has a title starting with the words typed (autocomplete), best first."""
    return _hits(sources, text, "and", search_backend, limit, autocomplete=True)


def _hits(sources, text, operator, search_backend, limit, autocomplete=False) -> list[Hit]:
    search_backend = search_backend or backend()
    ask = search_backend.autocomplete if autocomplete else search_backend.search
    first = sources[0]
    results = ask(text, _searchable(first, search_backend), operator=operator)
    if _is_sqlite_fts(search_backend):
        return _sqlite_hits(results, sources, limit)
    if _is_postgres(search_backend):
        return _postgres_hits(results, sources, limit)[0]
    if is_database_backend(search_backend):
        # No score to compare here: each source's hits in its own order, in turn.
        hits = []
        for source in sources:
            if source is not first:
                results = ask(text, _searchable(source, search_backend), operator=operator)
            ids = results.get_queryset().values_list("pk", flat=True)[:limit]
            hits += [(source.key, pk) for pk in ids]
        return hits[:limit]
    scored = []
    for source in sources:
        if source is not first:
            results = ask(text, _searchable(source, search_backend), operator=operator)
        # A few more than asked, since some may be hidden from this request.
        try:
            pairs = _cluster_hits(results, limit if limit >= MAX_MATCHES else limit * 4)
        except Exception as error:  # the clients raise their own transport errors
            logger.exception("The search cluster did not answer")
            raise SearchUnavailable from error
        visible = _visible(source.allowed, [pk for pk, _ in pairs])
        scored += [(score, source.key, pk) for pk, score in pairs if pk in visible]
    scored.sort(key=lambda row: row[0], reverse=True)
    return [(key, pk) for _, key, pk in scored[:limit]]


def _only_allowed(entries, sources: list[Source], prefix=""):
    """The index entries of what the sources' ``allowed`` querysets hold (privacy, in the query).

    An index entry names its object by a text id; read as a number (only for the
    source's own types, whose ids are numbers) it is looked up in ``allowed``,
    a subquery the database hashes once.
    """
    condition = Q()
    for n, source in enumerate(sources):
        types = {f"{prefix}content_type_id__in": source.content_type_ids}
        as_number = Cast(f"{prefix}object_id", output_field=IntegerField())
        entries = entries.annotate(**{f"_allowed_{n}": Case(When(**types, then=as_number))})
        ids = source.allowed.order_by().values("pk")
        condition |= Q(**types, **{f"_allowed_{n}__in": ids})
    return entries.filter(condition)


def _keyed(rows, sources: list[Source]) -> list[Hit]:
    """The hits of a query of (content type, id) rows, in its order.

    Read with the database cursor: for ten thousand rows, the queryset's own
    iteration costs more than the conversion here.
    """
    by_type = {ct: source.key for source in sources for ct in source.content_type_ids}
    sql, params = rows.query.sql_with_params()
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [(by_type[content_type_id], pk) for content_type_id, pk in cursor.fetchall()]


def _unranked(results, source: Source, limit) -> list[Hit]:
    """What the backend itself answers for a query the fast paths do not handle."""
    return [(source.key, pk) for pk in results.get_queryset().values_list("pk", flat=True)[:limit]]


def _visible(allowed, ids) -> set[int]:
    """The ids of ``ids`` that ``allowed`` holds (unordered: no sort by tree path)."""
    return set(allowed.filter(pk_in(ids)).order_by().values_list("pk", flat=True))


def _is_sqlite_fts(search_backend) -> bool:
    return type(search_backend).__name__ == "SQLiteSearchBackend"


def _sqlite_hits(results, sources: list[Source], limit) -> list[Hit]:
    """Ranked ids from SQLite FTS5 in one query.

    Wagtail's SQLite backend ranks by a correlated subquery that re-runs the
    full-text match once per matching row; this asks the FTS table once with
    the same match and BM25 rank, keeping only the entries ``allowed`` holds.
    """
    from modelsearch.backends.database.sqlite.query import MatchExpression
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
    from modelsearch.query import MatchAll, Not

    compiler = results.query_compiler
    query = normalize_query(compiler.query)
    if isinstance(query, (MatchAll, Not)):
        return _unranked(results, sources[0], limit)
    search_query = compiler.build_search_query(query, config=None)
    match = MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query)
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), None)
    entries = _only_allowed(
        SQLiteFTSIndexEntry.objects.filter(match), sources, prefix="index_entry__"
    )
    rows = (
        entries.annotate(
            score=rank, _id_=Cast("index_entry__object_id", output_field=IntegerField())
        )
        # BM25 is lower for better matches; ties: newest id first, then by type.
        .order_by("score", "-_id_", "index_entry__content_type_id")
        .values_list("index_entry__content_type_id", "_id_")
    )
    return _keyed(rows[:limit], sources)


def _is_postgres(search_backend) -> bool:
    return type(search_backend).__name__ == "PostgresSearchBackend"


def _postgres_hits(
    results, sources: list[Source], limit, any_word_fallback=False
) -> tuple[list[Hit], bool]:
    """Ranked ids from PostgreSQL's index table in one query, without joining every page.

    Returns the hits and whether they are of any word: with ``any_word_fallback``,
    an every-word query that finds nothing is asked again for any of the words.

    The same tsquery, vectors and rank as Wagtail's PostgreSQL backend, asked of
    the index entries of what the sources allow only (privacy inside the query).
    Each tsquery is parsed once, beforehand: written as ``to_tsquery(…)`` in the
    query, PostgreSQL would parse it again for every row it filters and ranks.
    """
    from django.contrib.postgres.search import SearchRank
    from modelsearch.conf import get_app_config
    from modelsearch.query import PlainText

    compiler = results.query_compiler
    query = compiler.query
    if not isinstance(query, PlainText):
        return _unranked(results, sources[0], limit), False
    index_entry = get_app_config().get_model("IndexEntry")
    config = compiler.get_config(results.backend)
    words = [word for word in re.split(r"[\s\-]+", query.query_string) if word]
    parsed = _parse_tsqueries(
        index_entry,
        [
            compiler.build_tsquery(query, config=config),
            compiler.build_tsquery(PlainText(query.query_string, operator="or"), config),
            *(compiler.build_tsquery(PlainText(word), config) for word in words),
        ],
    )
    if parsed is None:  # no index entries at all
        return [], False
    (tsquery, _), (any_word, _), *word_queries = parsed
    if compiler.TARGET_SEARCH_FIELD_TYPE.__name__ == "AutocompleteField":
        vectors = [(F("autocomplete"), 1.0)]
    else:
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]

    def ranked(tsquery, operator) -> list[Hit]:
        rank = None
        combined = None
        for vector, boost in vectors:
            part = SearchRank(vector, tsquery, weights=compiler.sql_weights) * boost
            rank = part if rank is None else rank + part
            combined = vector if combined is None else combined._combine(vector, "||", False)
        entries = _only_allowed(index_entry.objects.all(), sources)
        if len(vectors) == 1:
            entries = entries.filter(autocomplete=tsquery)  # uses the GIN index
        else:
            condition, exact = _word_filter(operator, any_word, word_queries)
            entries = entries.filter(condition)
            if not exact:
                entries = entries.annotate(_vector_=combined).filter(_vector_=tsquery)
        rows = (
            entries.annotate(_rank_=rank, _id_=Cast("object_id", output_field=IntegerField()))
            # Ties: newest id first (compared as numbers), then by type.
            .order_by("-_rank_", "-_id_", "content_type_id")
            .values_list("content_type_id", "_id_")
        )
        return _keyed(rows[:limit], sources)

    hits = ranked(tsquery, query.operator)
    if not hits and any_word_fallback and query.operator == "and" and len(words) > 1:
        # The "any word" query was parsed with this one: no second round trip.
        hits = ranked(any_word, "or")
        return hits, bool(hits)
    return hits, False


def _parse_tsqueries(index_entry, queries):
    """Each tsquery expression, parsed once by PostgreSQL: (constant, number of nodes)."""
    from django.contrib.postgres.search import SearchQuery
    from django.db.models import Func, IntegerField, TextField
    from django.db.models.functions import Cast

    class ParsedQuery(SearchQuery):
        """A tsquery already parsed: a constant the planner folds, not a call per row."""

        def as_sql(self, compiler, connection, function=None, template=None):
            return "%s::tsquery", [self.source_expressions[0].value]

    annotations = {}
    for i, expression in enumerate(queries):
        annotations[f"q{i}"] = Cast(expression, TextField())
        annotations[f"n{i}"] = Func(expression, function="numnode", output_field=IntegerField())
    row = index_entry.objects.annotate(**annotations).values(*annotations).first()
    if row is None:
        return None
    return [
        (ParsedQuery(row[f"q{i}"], search_type="raw"), row[f"n{i}"]) for i in range(len(queries))
    ]


def _word_filter(operator, any_word, word_queries) -> tuple[Q, bool]:
    """A condition the GIN indexes on title and body answer, and whether it is exact.

    Every entry matching the query (title and body together) meets the condition.
    When each word is one lexeme (or a stop word), the condition is the match
    itself: "and" asks each word of the title or the body (a bitmap AND of the
    indexes), "or" any word of either. Otherwise the caller checks the exact
    match on the rows the condition keeps.
    """
    fallback = (Q(title=any_word) | Q(body=any_word), False)
    single = [word_query for word_query, nodes in word_queries if nodes == 1]
    if not single:
        return fallback
    exact = all(nodes <= 1 for _, nodes in word_queries)
    if operator != "and":
        return fallback[0], exact
    condition = Q()
    for word_query in single:
        condition &= Q(title=word_query) | Q(body=word_query)
    return condition, exact


def normalize_query(query):
    from modelsearch.backends.database.sqlite.query import normalize

    return normalize(query)


def _cluster_hits(results, limit) -> list[tuple[int, float]]:
    """(id, score) straight from an Elasticsearch/OpenSearch response, without loading objects."""
    body = results._get_es_body()
    params = {
        "index": results.backend.get_index_for_model(results.query_compiler.queryset.model).name,
        "_source": False,
        results.fields_param_name: "pk",
        "from_": 0,
        "size": limit,
    }
    hits = results._backend_do_search(body, **params)["hits"]["hits"]
    return [(int(hit["fields"]["pk"][0]), hit.get("_score") or 0.0) for hit in hits]


def suggestion_ids(allowed, text: str, content_type_ids, limit=8, search_backend=None) -> list[int]:
    """Ids of pages whose title starts with the words typed (autocomplete), best first."""
    source = Source("page", allowed, tuple(content_type_ids))
    return [pk for _, pk in suggested_hits([source], text, limit, search_backend)]
