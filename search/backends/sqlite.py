"""SQLite FTS5: the site's backend on SQLite, and its ranking.

``SQLiteSearchBackend`` is Wagtail's SQLite backend indexing each object in its
own language (``search.languages``: stems and exact words, accents folded) and
reading the words of Wagtail's own searches (the admin's) the same way.

``SQLiteEngine`` ranks with one statement on the FTS5 table: the entries
matching every word (each word as its stem or whole, in the title or the
text), among those the request may open, in tiers (a phrase of the words in
the title, every word in the title, a phrase in the text) and by BM25 within a
tier, titles weighing twice the text. Wagtail's own SQLite ranking runs the
match again once per matching row; this asks the FTS table once per part.
"""

from __future__ import annotations

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend as ModelsearchSQLiteBackend,
)

from .. import languages
from . import base, internals
from .base import Hit, SiteBackend
from .database import DatabaseEngine, ReadsWordsLikeTheIndex, suggestion_words
from .internals.sqlite import SQLiteIndex


def _quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def _either(term: languages.Term) -> str:
    return "(" + " OR ".join(_quoted(form) for form in term.forms) + ")"


class SQLiteEngine(DatabaseEngine):
    # Column weights of bm25(): autocomplete, body, title (the FTS table's order).
    WEIGHTS = "0.0, 1.0, 2.0"

    def object_id(self) -> str:
        return f"CAST({self.entry}.object_id AS INTEGER)"

    def _statement(self, sources, match, tiers, score, limit) -> tuple[str, list]:
        fts = self.quote(internals.sqlite_fts_table())
        entries = self.quote(internals.index_entry_model()._meta.db_table)
        allowed, allowed_params = self.allowed(sources)
        tier_sql = " + ".join(
            f"(CASE WHEN {self.entry}.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s)"
            f" THEN {weight} ELSE 0 END)"
            for weight, _ in tiers
        )
        sql = (
            f"SELECT {self.entry}.content_type_id, {self.object_id()} AS _id"
            f" FROM {fts} JOIN {entries} {self.entry} ON {self.entry}.id = {fts}.rowid"
            f" WHERE {fts} MATCH %s AND {allowed}"
            f" ORDER BY {tier_sql + ' DESC,' if tier_sql else ''}{self.preferred(sources)}"
            f" {score.format(fts=fts)},"
            f" _id DESC, {self.entry}.content_type_id LIMIT %s"
        )
        # Parameters in the order their marks appear: the tiers (in the ORDER BY)
        # come after the WHERE clause's.
        return sql, [match, *allowed_params, *[m for _, m in tiers], limit]

    def rank(self, sources, text, language, operator="and", limit=None) -> list[Hit]:
        limit = limit or base.MAX_MATCHES
        found = languages.terms(text, language)
        if not found:
            return []
        joiner = " AND " if operator == "and" else " OR "
        words = joiner.join(_either(term) for term in found)
        phrase = _quoted(" ".join(languages.stems_of(text, language)) or found[0].stem)
        every = " AND ".join(_either(term) for term in found)
        tiers = [
            (4, f"{{title}} : {phrase}"),
            (2, f"{{title}} : ({every})"),
            (1, f"{{body}} : {phrase}"),
        ]
        score = f"bm25({{fts}}, {self.WEIGHTS})"
        sql, params = self._statement(sources, f"{{title body}} : ({words})", tiers, score, limit)
        return self.fetch(sql, params, sources)

    def suggest(self, sources, text, limit=8) -> list[Hit]:
        typed = suggestion_words(text)
        if not typed:
            return []
        words = [_quoted(word) for word in typed[:-1]] + [_quoted(typed[-1]) + "*"]
        match = "{autocomplete} : (" + " AND ".join(words) + ")"
        sql, params = self._statement(sources, match, [], "bm25({fts})", limit)
        return self.fetch(sql, params, sources)


class SQLiteSearchBackend(SiteBackend, ReadsWordsLikeTheIndex, ModelsearchSQLiteBackend):
    index_class = SQLiteIndex
    engine_class = SQLiteEngine
