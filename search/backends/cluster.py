"""Elasticsearch 8 and OpenSearch 2: the site's backends on a search cluster, and their queries.

Each document carries, beside Wagtail's own fields, the site's: its title,
boosted fields and text read in its own language by ``search.languages`` (the
same stems and exact words the database backends index), a folded copy of its
title for suggestions, and its language. They use the engine's core
``whitespace`` analyser, so the words mean the same on every backend and no
language plugin is needed on the cluster (Polish and Czech included).

``ClusterEngine`` asks the page and document indexes in one request: every
word (its stem or the word whole) in the title, the boosted fields or the
text; a phrase of the words in the title, every word in the title and a
phrase in the text lift a match by a constant far above what the engine's own
BM25 score adds within a tier. The cluster is asked only for what the site's
content types and languages allow; the database then keeps what the request
may open. "More like this" is the engine's own query over the same fields. A
cluster that does not answer raises ``SearchUnavailable`` (the search page
says so with HTTP 503).
"""

from __future__ import annotations

import logging

from django.utils.translation import get_language
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.query import PlainText

from .. import languages
from . import base, internals
from .base import Hit, SearchEngine, SearchUnavailable, SiteBackend, visible
from .database import read_prefix

logger = logging.getLogger(__name__)

# What lifts a match above another, whatever the engine's own score adds (far
# less than the smallest of these): the tiers, then the preferred kinds.
TITLE_PHRASE, TITLE_EVERY_WORD, TEXT_PHRASE, PREFERRED = 40_000, 20_000, 10_000, 5_000
FIELDS = [f"{internals.TITLE}^3", f"{internals.LEAD}^2", internals.BODY]


def word_query(term: languages.Term, fields=FIELDS) -> dict:
    """One word of a search: its stem or the word whole, in any of ``fields``."""
    return {"multi_match": {"query": " ".join(term.forms), "fields": fields, "operator": "or"}}


def words_query(text: str, language: str, operator="and") -> dict | None:
    """Every word (or any word) of ``text`` read in ``language``, with the tiers that rank first."""
    found = languages.terms(text, language)
    if not found:
        return None
    words = [word_query(term) for term in found]
    phrase = " ".join(languages.stems_of(text, language)) or found[0].stem
    title_every = {"bool": {"must": [word_query(term, [internals.TITLE]) for term in found]}}
    tiers = [
        (TITLE_PHRASE, {"match_phrase": {internals.TITLE: phrase}}),
        (TITLE_EVERY_WORD, title_every),
        (
            TEXT_PHRASE,
            {
                "bool": {
                    "should": [
                        {"match_phrase": {internals.LEAD: phrase}},
                        {"match_phrase": {internals.BODY: phrase}},
                    ]
                }
            },
        ),
    ]
    if operator == "and":
        must = words
    else:
        must = [{"bool": {"should": words, "minimum_should_match": 1}}]
    return {
        "bool": {
            "must": must,
            "should": [
                {"constant_score": {"filter": query, "boost": boost}} for boost, query in tiers
            ],
        }
    }


class LanguageQueryCompiler:
    """A query compiler mixin: Wagtail's own searches (the admin's) read the words like the site."""

    def get_inner_query(self):
        if isinstance(self.query, PlainText):
            query = words_query(self.query.query_string, get_language(), self.query.operator)
            if query is not None:
                return query
        return super().get_inner_query()


def source_of(index: str, by_index: dict[str, str]) -> str | None:
    """The source key of a hit's index: an index is named after its alias, or its alias
    and "_" and a random suffix once ``update_index`` has rebuilt it."""
    return by_index.get(index) or by_index.get(index.rsplit("_", 1)[0])


class ClusterEngine(SearchEngine):
    def _source_filter(self, source) -> dict:
        """What the cluster can check of a source: its types, and for pages their languages."""
        model = source.allowed.model
        types = self._type_names(source)
        conditions = [{"terms": {"_django_content_type": types}}]
        if hasattr(model, "locale_id"):
            locales = set(source.allowed.order_by().values_list("locale_id", flat=True).distinct())
            column = internals.cluster_filter_column(self.backend, model, "locale")
            conditions.append({"terms": {column: sorted(locales)}})
        return {"bool": {"filter": conditions}}

    def _type_names(self, source, type_ids=None) -> list[str]:
        from django.contrib.contenttypes.models import ContentType

        names = []
        type_ids = source.content_type_ids if type_ids is None else type_ids
        for pk in type_ids:
            model = ContentType.objects.get_for_id(pk).model_class()  # cached per process
            if model is not None:
                names.append(internals.cluster_content_type(self.backend, model))
        return names

    def _ask(self, sources, query: dict, size: int) -> list[tuple[str, int, float]]:
        """(source key, id, score) of the documents the cluster finds, best first.

        Each hit brings only its id, read from the ``pk`` column the engine
        keeps for sorting (doc values), and its index names its source: not
        its stored fields, nor its list of content types. At 10,000 hits that
        is 50 ms instead of 370 (``bench/search.py`` on OpenSearch 2).
        """
        by_index = {
            internals.cluster_index_name(self.backend, source.allowed.model): source.key
            for source in sources
        }
        body = {
            "query": {
                "bool": {
                    "must": query,
                    "filter": {
                        "bool": {
                            "should": [self._source_filter(s) for s in sources],
                            "minimum_should_match": 1,
                        }
                    },
                }
            },
            "_source": False,
            "stored_fields": "_none_",
            "docvalue_fields": ["pk"],
            "size": size,
        }
        try:
            response = internals.cluster_search(
                self.backend, ",".join(sorted(by_index)), body, ignore_unavailable=True
            )
        except Exception as error:  # the clients raise their own transport errors
            logger.exception("The search cluster did not answer")
            raise SearchUnavailable from error
        found = []
        for hit in response["hits"]["hits"]:
            key = source_of(hit.get("_index", ""), by_index)
            pk = hit.get("fields", {}).get("pk")
            if key is not None and pk:
                found.append((key, int(pk[0]), hit.get("_score") or 0.0))
        return found

    def _visible_hits(self, sources, found, limit) -> list[Hit]:
        keep = {
            source.key: visible(source.allowed, [pk for key, pk, _ in found if key == source.key])
            for source in sources
        }
        return [(key, pk) for key, pk, _ in found if pk in keep[key]][:limit]

    def rank(self, sources, text, language, operator="and", limit=None) -> list[Hit]:
        limit = limit or base.MAX_MATCHES
        query = words_query(text, language, operator)
        if query is None:
            return []
        preferred = [
            name
            for source in sources
            for name in self._type_names(source, source.preferred_type_ids)
        ]
        if preferred:
            query["bool"]["should"].append(
                {
                    "constant_score": {
                        "filter": {"terms": {"_django_content_type": preferred}},
                        "boost": PREFERRED,
                    }
                }
            )
        # A few more than asked where few are asked: some may be hidden from this request.
        size = min(base.MAX_MATCHES, limit if limit >= base.MAX_MATCHES else limit * 4)
        return self._visible_hits(sources, self._ask(sources, query, size), limit)

    def suggest(self, sources, text, limit=8) -> list[Hit]:
        typed = " ".join(languages.words(text))
        if not typed:
            return []
        query = {"match_bool_prefix": {internals.SUGGEST: {"query": typed, "operator": "and"}}}
        return self._visible_hits(sources, self._ask(sources, query, limit * 4), limit)

    def more_like_this(self, page, candidates, limit) -> list[int] | None:
        """The engine's "more like this" over the page's own words, narrowed to the candidates."""
        language = languages.language_of(page)
        title, lead, body = internals.searchable_text(page)
        like = languages.index_text(" ".join([title, lead, body]), language)[:20_000]
        query = {
            "bool": {
                "must": {
                    "more_like_this": {
                        "fields": [internals.TITLE, internals.LEAD, internals.BODY],
                        "like": like,
                        "min_term_freq": 1,
                        "min_doc_freq": 1,
                        "max_query_terms": 40,
                        "minimum_should_match": 1,
                    }
                },
                "must_not": {"ids": {"values": [str(page.pk)]}},
            }
        }
        from django.contrib.contenttypes.models import ContentType

        from .base import Source

        types = tuple(
            set(candidates.order_by().values_list("content_type_id", flat=True).distinct())
            or {ContentType.objects.get_for_model(type(page)).pk}
        )
        source = Source("page", candidates, types)
        try:
            found = self._ask([source], query, limit * 10)
        except SearchUnavailable:
            logger.warning("More like this failed on the search cluster", exc_info=True)
            return None
        ids = [pk for _, pk, _ in found if pk != page.pk]
        keep = visible(candidates, ids)
        return [pk for pk in ids if pk in keep][:limit]


class AtomicRebuilder(internals.SwapAliasInOneStep, ElasticsearchAtomicIndexRebuilder):
    """``update_index`` builds a new index and swaps the alias in one step."""


class ClusterBackend(SiteBackend):
    """A backend mixin: the cluster engine answers; the index needs no analysis module.

    Wagtail's own index settings use filters of the ``analysis-common`` module
    (n-grams, ASCII folding), which a bare node (the integration-test
    distributions CI runs, for Elasticsearch as for OpenSearch) lacks. The
    site's fields are read by ``search.languages`` before they reach the
    cluster and need only the core ``whitespace`` analyser; Wagtail's analysers
    are redefined with core parts only, and Wagtail's own suggestions (the
    admin's) match the site's folded title field by prefix instead of n-grams.
    """

    engine_class = ClusterEngine
    atomic_rebuilder_class = AtomicRebuilder
    settings = {
        "settings": {
            "analysis": {
                "analyzer": {
                    name: {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}
                    for name in ("default", "ngram_analyzer", "edgengram_analyzer")
                }
            }
        }
    }

    def __init__(self, params):
        # Tests read what they wrote at once: with REFRESH_AFTER_WRITE each write
        # refreshes its index (a cluster otherwise shows writes within a second).
        self.refresh_after_write = params.pop("REFRESH_AFTER_WRITE", False)
        super().__init__(params)

    def _written(self, model):
        if self.refresh_after_write:
            self.get_index_for_model(model).refresh()

    def add(self, obj):
        super().add(obj)
        self._written(type(obj))

    def add_bulk(self, model, obj_list):
        super().add_bulk(model, obj_list)
        self._written(model)

    def delete(self, obj):
        super().delete(obj)
        self._written(type(obj))

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        return super().autocomplete(
            read_prefix(query), model_or_queryset, fields=fields, operator=operator, **kwargs
        )


class PrefixQueryCompiler:
    """An autocomplete compiler mixin: Wagtail's suggestions match the folded titles by prefix."""

    def get_inner_query(self):
        if isinstance(self.query, PlainText) and not self.fields:
            typed = " ".join(languages.words(self.query.query_string))
            return {"match_bool_prefix": {internals.SUGGEST: {"query": typed, "operator": "and"}}}
        return super().get_inner_query()
