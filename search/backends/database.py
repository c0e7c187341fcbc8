"""The database backends (SQLite FTS5, PostgreSQL full text): what the two share.

``SearchBackend`` is what settings name (``search.backends.database``): like
Wagtail's own ``wagtail.search.backends.database`` it picks the backend of
the default database, here the site's language-aware one
(``search.backends.sqlite`` or ``search.backends.postgres``).

Both rank with one SQL statement over Wagtail's index table, built from the
named parts below: which entries the request may see (``allowed``), which
match the words, the tier of each match (a phrase in the title first, then
every word in the title, then a phrase in the text), the preferred kinds
(guides before case studies) and, within those, the engine's own score.
"""

from __future__ import annotations

from django.db import connection, connections

from .. import languages
from .base import Hit, SearchEngine, Source


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The language-aware backend of the default database (Wagtail's own for any other)."""
    if connection.vendor == "postgresql":
        from .postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from .internals import sqlite_fts_available

        if sqlite_fts_available():
            from .sqlite import SQLiteSearchBackend

            return SQLiteSearchBackend(params)
    from wagtail.search.backends.database import SearchBackend as WagtailBackend

    return WagtailBackend(params)


class DatabaseEngine(SearchEngine):
    """Ranking by one SQL statement over the index table; the dialects fill in the parts."""

    # The index entry table's alias in the statements.
    entry = "e"

    def quote(self, name: str) -> str:
        return connections[self.db].ops.quote_name(name)

    @property
    def db(self) -> str:
        from .internals import index_entry_model

        return index_entry_model().objects.db

    def object_id(self) -> str:
        """The entry's object id as a number (SQL)."""
        raise NotImplementedError

    def allowed(self, sources: list[Source]) -> tuple[str, list]:
        """The entries of what the sources' ``allowed`` querysets hold (privacy, in the query).

        An entry names its object by a text id; it is read as a number only
        for the source's own types (whose ids are numbers), and looked up in
        ``allowed``, a subquery the database hashes once.
        """
        parts, params = [], []
        for source in sources:
            types = ", ".join(str(int(pk)) for pk in source.content_type_ids) or "NULL"
            allowed_sql, allowed_params = (
                source.allowed.order_by().values("pk").query.sql_with_params()
            )
            parts.append(
                f"(CASE WHEN {self.entry}.content_type_id IN ({types})"
                f" THEN {self.object_id()} END) IN ({allowed_sql})"
            )
            params += allowed_params
        return "(" + " OR ".join(parts or ["1 = 0"]) + ")", params

    def preferred(self, sources: list[Source]) -> str:
        """An ORDER BY term putting the preferred types first, with its comma ("" if none)."""
        types = [pk for source in sources for pk in source.preferred_type_ids]
        if not types:
            return ""
        listed = ", ".join(str(int(pk)) for pk in types)
        return f" (CASE WHEN {self.entry}.content_type_id IN ({listed}) THEN 1 ELSE 0 END) DESC,"

    def fetch(self, sql: str, params, sources: list[Source]) -> list[Hit]:
        """The (content type, id) rows of ``sql``, in its order, as hits."""
        by_type = {ct: source.key for source in sources for ct in source.content_type_ids}
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            return [(by_type[content_type_id], pk) for content_type_id, pk in cursor.fetchall()]


def suggestion_words(text: str) -> list[str]:
    """The words typed for a suggestion, folded (no stemming: suggestions match title prefixes)."""
    return list(dict.fromkeys(languages.words(text)))


def read_query(query, operator=None):
    """A visitor's or an editor's words for Wagtail's own search API, read like the index.

    Each word becomes "its stem or the word whole" in the active language, so
    Wagtail's compilers (the admin's page search, ``Page.objects.search``) find
    what the site's own ranking finds. Query objects other than plain text are
    passed on as they are.
    """
    from django.utils.translation import get_language
    from modelsearch.query import And, Or, PlainText

    if isinstance(query, PlainText):
        operator, query = operator or query.operator, query.query_string
    if not isinstance(query, str):
        return query
    found = languages.terms(query, get_language())
    if not found:
        return ""
    words = [Or([PlainText(form) for form in term.forms]) for term in found]
    return Or(words) if (operator or "and").lower() == "or" else And(words)


def read_prefix(query):
    """The words typed for Wagtail's autocomplete, folded like the suggestion index."""
    if not isinstance(query, str):
        return query
    return " ".join(suggestion_words(query))


class ReadsWordsLikeTheIndex:
    """Wagtail's own searches and autocomplete on a database backend, words read like the index.

    Mixed in before the modelsearch backend class (``search.backends.sqlite``,
    ``search.backends.postgres``), so the admin's searches find what the site finds.
    """

    def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        return super().search(
            read_query(query, operator), model_or_queryset, fields=fields, **kwargs
        )

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        return super().autocomplete(
            read_prefix(query), model_or_queryset, fields=fields, operator=operator, **kwargs
        )
