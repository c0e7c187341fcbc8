"""PostgreSQL full text: the site's backend on PostgreSQL, and its ranking.

``PostgresSearchBackend`` is Wagtail's PostgreSQL backend indexing each object
in its own language (``search.languages``: stems and exact words, accents
folded, with the ``simple`` text search configuration, which keeps them as
they are) and reading the words of Wagtail's own searches the same way.

``PostgresEngine`` ranks with one statement on the index table. Each tsquery
is written out here as a constant (``'learn' | 'learning'``), which the
planner reads once: built with ``to_tsquery(…)`` PostgreSQL would parse it
again for every row it filters and ranks. The words are found through the GIN
indexes on ``title`` and ``body`` (each word in the title or the text: a
bitmap AND of the indexes); the matches are ordered in tiers (a phrase of the
words in the title, every word in the title, a phrase in the text) and by
``ts_rank`` within a tier (the title's rank weighed by its shortness, as
Wagtail does).
"""

from __future__ import annotations

from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend as ModelsearchPostgresBackend,
)

from .. import languages
from . import base, internals
from .base import Hit, SiteBackend
from .database import DatabaseEngine, ReadsWordsLikeTheIndex, suggestion_words
from .internals.postgres import PostgresIndex


def lexeme(word: str, prefix=False) -> str:
    """A tsquery lexeme: the word quoted (our words are letters and digits only)."""
    return "'" + word.replace("'", "").replace("\\", "") + "'" + (":*" if prefix else "")


def either(term: languages.Term) -> str:
    return "(" + " | ".join(lexeme(form) for form in term.forms) + ")"


class PostgresEngine(DatabaseEngine):
    def object_id(self) -> str:
        return f"{self.entry}.object_id::integer"

    def _tsquery(self, tsquery: str) -> tuple[str, list]:
        return "%s::tsquery", [tsquery]

    def rank(self, sources, text, language, operator="and", limit=None) -> list[Hit]:
        limit = limit or base.MAX_MATCHES
        found = languages.terms(text, language)
        if not found:
            return []
        e = self.entry
        every = " & ".join(either(term) for term in found)
        any_word = " | ".join(either(term) for term in found)
        stems = languages.stems_of(text, language) or [found[0].stem]
        phrase = " <-> ".join(lexeme(word) for word in stems)
        asked = every if operator == "and" else any_word

        if operator == "and":
            # Each word in the title or the text: the GIN indexes answer each.
            match = " AND ".join(
                f"({e}.title @@ %s::tsquery OR {e}.body @@ %s::tsquery)" for _ in found
            )
            match_params = [q for term in found for q in (either(term), either(term))]
        else:
            match = f"({e}.title @@ %s::tsquery OR {e}.body @@ %s::tsquery)"
            match_params = [any_word, any_word]
        allowed, allowed_params = self.allowed(sources)
        weights = internals.postgres_weights()
        tier = (
            f"(CASE WHEN {e}.title @@ %s::tsquery THEN 4 ELSE 0 END"
            f" + CASE WHEN {e}.title @@ %s::tsquery THEN 2 ELSE 0 END"
            f" + CASE WHEN {e}.body @@ %s::tsquery THEN 1 ELSE 0 END)"
        )
        score = (
            f"(ts_rank(%s::real[], {e}.title, %s::tsquery) * {e}.title_norm"
            f" + ts_rank(%s::real[], {e}.body, %s::tsquery))"
        )
        table = self.quote(internals.index_entry_model()._meta.db_table)
        sql = (
            f"SELECT {e}.content_type_id, {self.object_id()} AS _id FROM {table} {e}"
            f" WHERE {match} AND {allowed}"
            f" ORDER BY {tier} DESC,{self.preferred(sources)} {score} DESC, _id DESC,"
            f" {e}.content_type_id LIMIT %s"
        )
        params = [
            *match_params,
            *allowed_params,
            phrase,
            every,
            phrase,
            weights,
            asked,
            weights,
            asked,
            limit,
        ]
        return self.fetch(sql, params, sources)

    def suggest(self, sources, text, limit=8) -> list[Hit]:
        typed = suggestion_words(text)
        if not typed:
            return []
        e = self.entry
        tsquery = " & ".join(
            [lexeme(word) for word in typed[:-1]] + [lexeme(typed[-1], prefix=True)]
        )
        allowed, allowed_params = self.allowed(sources)
        table = self.quote(internals.index_entry_model()._meta.db_table)
        sql = (
            f"SELECT {e}.content_type_id, {self.object_id()} AS _id FROM {table} {e}"
            f" WHERE {e}.autocomplete @@ %s::tsquery AND {allowed}"
            f" ORDER BY ts_rank({e}.autocomplete, %s::tsquery) DESC, _id DESC,"
            f" {e}.content_type_id LIMIT %s"
        )
        return self.fetch(sql, [tsquery, *allowed_params, tsquery, limit], sources)


class PostgresSearchBackend(SiteBackend, ReadsWordsLikeTheIndex, ModelsearchPostgresBackend):
    index_class = PostgresIndex
    engine_class = PostgresEngine

    def __init__(self, params):
        super().__init__(params)
        # The words arrive stemmed and folded: PostgreSQL only splits them.
        self.config = "simple"
