"""The one SQL statement that counts every facet of a search, built from named parts.

The database answers the facet counts, whichever index ranked the pages (the
``count`` of ``search.backends.base``). ``SearchFacets`` (``search.facets``)
counts the choices of every facet, and lists the pages all chosen facets keep,
in one statement however many pages match and however many facets are chosen.
Written out whole it is a long string; here each part has a name and a method
of its own::

    WITH _facet_rows AS (...)           facet_rows(): each matching page once
                                        (pages_subquery()) with its kind, year,
                                        facet values and whether they are stale
       , _facet_scope AS (...)          scope(): those rows, and per chosen facet
                                        a flag: does the page meet it?
    SELECT KIND ...  GROUP BY _t        kind_member()      one counting member
    UNION ALL SELECT YEAR ...           year_member()      per facet: the rows
    UNION ALL SELECT TAXONOMY ...       taxonomy_member()  that meet the others
    UNION ALL SELECT KEPT, _pk ...      kept_member(): the pages every chosen facet keeps
    UNION ALL SELECT MISSING, _pk ...   missing_member(): pages to read again first

Each counting member counts the rows that meet every chosen facet but its own
(what choosing one of its values would give). Every row is
``(tag, key, year, value, n)``; the tags are the constants below.

The ORM has no common table expressions, no unions of grouped members and no
joins on the elements of a JSON list, hence SQL. The pages subquery is the
ORM's own, its parameters passed along; only integers (content type ids,
years) are written into the text, taxonomy values are parameters. SQLite
(``json_each``) and PostgreSQL (``jsonb_array_elements_text``) differ only in
how a JSON list is taken apart (``elements``).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F

from ..models import PageFacets

# The first column of each row says what the row is.
KIND = 0  # (KIND, content type id, None, None, pages)
YEAR = 1  # (YEAR, None, year, None, pages)
TAXONOMY = 2  # (TAXONOMY, None, None, "<facet>:<taxonomy row id>", pages)
KEPT = -1  # (KEPT, page id, None, None, None): every chosen facet keeps the page
MISSING = -2  # (MISSING, page id, None, None, None): no facet values, or stale ones

ROWS, SCOPE = "_facet_rows", "_facet_scope"


def pages_subquery(pages, connection) -> tuple[str, tuple]:
    """The matching pages as SQL with its parameters: id, content type, last publication.

    Raises ``EmptyResultSet`` for pages that cannot match anything (``pk__in=[]``).
    """
    return (
        pages.order_by()
        .annotate(_fp_pk=F("pk"), _fp_type=F("content_type_id"), _fp_at=F("last_published_at"))
        .values_list("_fp_pk", "_fp_type", "_fp_at")
        .query.get_compiler(connection=connection)
        .as_sql()
    )


class FacetCountStatement:
    """The counting statement over one search's pages: say what is chosen, then ``sql()``.

    ``taxonomies`` names the taxonomy facets some searchable kind has (the
    others are not counted at all). Chosen facets are added in the order of
    the facets (``meets_kind``, ``meets_year``, ``meets_taxonomy``).
    """

    def __init__(self, connection, pages_sql: str, pages_params, taxonomies: Iterable[str]):
        self.qn = connection.ops.quote_name
        self.vendor = connection.vendor
        self.pages_sql, self.pages_params = pages_sql, tuple(pages_params)
        self.taxonomies = list(taxonomies)
        self.flags: dict[str, str] = {}  # chosen facet -> its flag column in the scope
        self.flag_columns: list[str] = []
        self.flag_params: list = []

    def elements(self, column: str, alias: str) -> str:
        """A table of the values of a JSON list column, as ``alias.value``."""
        if self.vendor == "postgresql":
            return f"jsonb_array_elements_text({column}) AS {alias}(value)"
        return f"json_each({column}) AS {alias}"

    # The chosen facets: one flag column each in the scope.

    def meets_kind(self, content_type_ids: Iterable[int]):
        """Kind is chosen: the page is of one of these content types."""
        ids = ", ".join(str(int(t)) for t in content_type_ids) or "NULL"
        self._flag("kind", f"_t IN ({ids})")

    def meets_year(self, years: Iterable[int]):
        """Year is chosen: the page's year is one of these."""
        self._flag("year", f"_y IN ({', '.join(str(int(y)) for y in years)})")

    def meets_taxonomy(self, name: str, row_ids: Iterable[int]):
        """A taxonomy facet is chosen: the page has one of these taxonomy rows."""
        values = [f"{name}:{pk}" for pk in row_ids]
        marks = ", ".join(["%s"] * len(values)) or "NULL"
        found = f"SELECT 1 FROM {self.elements('_v', '_fe')} WHERE _fe.value IN ({marks})"
        self._flag(name, f"EXISTS ({found})", values)

    def _flag(self, name: str, condition: str, params=()):
        flag = self.qn(f"_meets_{name}")
        self.flags[name] = flag
        self.flag_columns.append(f"CASE WHEN {condition} THEN 1 ELSE 0 END AS {flag}")
        self.flag_params += params

    # The common tables.

    def facet_rows(self) -> str:
        """Each matching page once with its facet values: ``_pk, _t, _y, _v, _missing``.

        ``_missing`` is 1 where the page has no ``PageFacets`` row, or one read
        before the page's last publication.
        """
        qn = self.qn
        read, published = f"_f.{qn('published')}", f"_p.{qn('_fp_at')}"
        return (
            f"{qn(ROWS)} AS (SELECT _p.{qn('_fp_pk')} AS _pk,"
            f" _p.{qn('_fp_type')} AS _t, _f.{qn('year')} AS _y, _f.{qn('values')} AS _v,"
            f" CASE WHEN _f.{qn('page_id')} IS NULL THEN 1 WHEN {read} = {published} THEN 0"
            f" WHEN {read} IS NULL AND {published} IS NULL THEN 0 ELSE 1 END AS _missing"
            f" FROM ({self.pages_sql}) _p LEFT JOIN {qn(PageFacets._meta.db_table)} _f"
            f" ON _f.{qn('page_id')} = _p.{qn('_fp_pk')})"
        )

    def scope(self) -> str:
        """The facet rows with a flag (1 or 0) per chosen facet: ``_meets_<facet>``."""
        columns = ", ".join(["_pk", "_t", "_y", "_v", "_missing", *self.flag_columns])
        return f"{self.qn(SCOPE)} AS (SELECT {columns} FROM {self.qn(ROWS)})"

    def meeting_others(self, facet: str | None, where: bool = True) -> str:
        """The condition that a row meets every chosen facet but ``facet`` ("" if none)."""
        others = [f"{flag} = 1" for name, flag in self.flags.items() if name != facet]
        if not others:
            return ""
        return (" WHERE " if where else "") + " AND ".join(others)

    # The members of the union.

    def kind_member(self) -> str:
        """Pages per content type. First member, so it types the columns (a bare NULL is text)."""
        return (
            f"SELECT {KIND}, _t, NULL, CAST(NULL AS TEXT), COUNT(*) FROM {self.qn(SCOPE)}"
            f"{self.meeting_others('kind')} GROUP BY _t"
        )

    def year_member(self) -> str:
        """Pages per year."""
        return (
            f"SELECT {YEAR}, NULL, _y, NULL, COUNT(*) FROM {self.qn(SCOPE)}"
            f"{self.meeting_others('year')} GROUP BY _y"
        )

    def taxonomy_member(self) -> str | None:
        """Pages per taxonomy value, each value counted over the rows meeting the other facets.

        One member for every taxonomy: a value ``theme:7`` counts where the row
        meets every chosen facet but the theme. None if no kind has a taxonomy.
        """
        if not self.taxonomies:
            return None
        scope = self.qn(SCOPE)
        if not self.flags:
            # Every page counts: pages sharing the same values are counted
            # together first, far fewer lists to take apart than pages.
            # SUM of counts is a decimal on PostgreSQL: back to an integer.
            return (
                f"SELECT {TAXONOMY}, NULL, NULL, _e.value, CAST(SUM(_n) AS BIGINT) FROM"
                f" (SELECT _v, COUNT(*) AS _n FROM {scope} GROUP BY _v) _g,"
                f" {self.elements('_g._v', '_e')} GROUP BY _e.value"
            )
        wheres = []
        for name in self.taxonomies:
            others = self.meeting_others(name, where=False)
            prefix = f"_e.value LIKE '{name}:%%'"
            wheres.append(f"({prefix} AND {others})" if others else f"({prefix})")
        return (
            f"SELECT {TAXONOMY}, NULL, NULL, _e.value, COUNT(*) FROM {scope},"
            f" {self.elements('_v', '_e')} WHERE {' OR '.join(wheres)} GROUP BY _e.value"
        )

    def kept_member(self) -> str | None:
        """The pages every chosen facet keeps (None when none is chosen: all are kept)."""
        if not self.flags:
            return None
        where = self.meeting_others(None)
        return f"SELECT {KEPT}, _pk, NULL, NULL, NULL FROM {self.qn(SCOPE)}{where}"

    def missing_member(self) -> str:
        """The pages whose facet values must be read again (``search.facet_index.refresh``)."""
        return f"SELECT {MISSING}, _pk, NULL, NULL, NULL FROM {self.qn(SCOPE)} WHERE _missing = 1"

    def sql(self) -> tuple[str, tuple]:
        """The whole statement and its parameters."""
        members = [
            self.kind_member(),
            self.year_member(),
            self.taxonomy_member(),
            self.kept_member(),
            self.missing_member(),
        ]
        statement = f"WITH {self.facet_rows()}, {self.scope()} " + " UNION ALL ".join(
            member for member in members if member
        )
        return statement, (*self.pages_params, *self.flag_params)
