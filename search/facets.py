"""Facets of the site search: kind, theme, country, sector, intervention type, year.

Values come from the query string (``?kind=guide&theme=a&theme=b&year=2024``);
values of one facet are alternatives (OR), facets combine (AND). Each count is
what that choice would give with the other facets as they are. Documents are
one more kind, dated by their upload; they carry no theme, country, sector or
intervention type, so choosing any of those leaves them out. Counts over the
matching pages are one query for all facets however many pages match: each
page is read once with its facet values (``search.facet_index``), then counted
per kind, per year and per taxonomy value. Unknown values give an empty result
and a notice, never an error.

The facets are declared on the shared faceted filter (``cms.filters``), which
reads them from the address and makes the links; the counting statement is the
search's own, built from named parts in ``search.backends.facet_counts``.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db import IntegrityError, connections, transaction
from django.db.models import Case, Count, F, IntegerField, ManyToManyField, When
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms import filters
from cms.chrome import remembered
from cms.filters import Choice, ChoicesFacet, FacetedFilter
from cms.i18n import labels_in_language
from cms.models import Country, InterventionType, Sector, Theme

from . import facet_index
from .backends import pk_in
from .backends.facet_counts import (
    KEPT,
    KIND,
    MISSING,
    TAXONOMY,
    YEAR,
    FacetCountStatement,
    pages_subquery,
)
from .kinds import DOCUMENT, available_kinds, content_types

TAXONOMIES = {
    "theme": (_("Theme"), Theme, "slug"),
    "country": (_("Country"), Country, "code"),
    "sector": (_("Sector"), Sector, "slug"),
    "intervention": (_("Intervention type"), InterventionType, "slug"),
}


def year_expression():
    """The year of each page's own date (publication date, news date, event date…)."""
    whens = []
    types = content_types()
    for kind in available_kinds():
        if kind.date_lookup:
            whens.append(When(content_type_id=types[kind.key], then=ExtractYear(kind.date_lookup)))
    default = ExtractYear("first_published_at")
    if not whens:
        return default
    return Case(*whens, default=default, output_field=IntegerField())


def facet_lookups() -> dict[str, list[str]]:
    lookups: dict[str, list[str]] = {name: [] for name in TAXONOMIES}
    for kind in available_kinds():
        for name, lookup in kind.facets.items():
            if name in lookups and lookup not in lookups[name]:
                lookups[name].append(lookup)
    return lookups


def lookup_pairs(lookup: str):
    """Ids of (page, taxonomy row) of pages with a value for ``lookup``: ``_fv_pk``, ``_fv_value``.

    ``lookup`` ends in the taxonomy's key (``sourcebookitempage__themes__slug``);
    the pairs hold the id of the taxonomy row instead, read from the table that
    links pages to it: a page type's own table for a foreign key (its key is
    the page's id), the relation's table for a many-to-many. The tables in
    between, which only repeat the page's id, and the taxonomy's table are not read.
    """
    model, key, path = Page, "pk", lookup.rpartition("__")[0]
    first, _, rest = path.partition("__")
    relation = _field(model, first)
    link = getattr(relation, "field", None)  # a page type's link to its page
    if rest and relation is not None and relation.one_to_one and relation.auto_created:
        if link is not None and link.primary_key and link.remote_field.parent_link:
            model, path = relation.related_model, rest
    relation = _field(model, path)
    rows = model._base_manager.filter(**{f"{path}__isnull": False})
    if isinstance(relation, ManyToManyField):
        # Every row of the relation's table has both ids: read straight from its
        # (page, value) unique index, in page order, with no filter to check.
        model, key, path = (
            relation.remote_field.through,
            relation.m2m_field_name(),
            relation.m2m_reverse_field_name(),
        )
        rows = model._base_manager.all()
    return rows.annotate(_fv_pk=F(key), _fv_value=F(path)).values("_fv_pk", "_fv_value").order_by()


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


class TaxonomyFacet(filters.TaxonomyFacet):
    """A taxonomy facet that reads the terms of every language.

    The counts name terms by row id, in whichever language a page links
    (``search.facet_index``), so every row's key is kept (``SearchFacets._keys``);
    a taxonomy no searchable kind has knows no value.
    """

    def options(self, listing):
        if not listing.lookups[self.name]:
            return {}
        # Terms change seldom (a saved term moves the content version on).
        rows = remembered(
            None,
            ("search-facet-terms", self.model._meta.label, self.key),
            lambda: list(
                self.model.objects.order_by().values_list("pk", self.key, "name", "locale_id")
            ),
        )
        listing._keys[self.name] = {pk: value for pk, value, _name, _locale in rows}
        labels = [(value, name, locale_id) for _pk, value, name, locale_id in rows]
        return labels_in_language(labels, listing.locale, listing.default_locale)


class AnyYearFacet(filters.Facet):
    """Any year of four digits; its choices are the years the counts find."""

    def options(self, listing):
        return None

    def accepts(self, value, options):
        return value.isascii() and value.isdigit() and len(value) == 4


class SearchFacets(FacetedFilter):
    """The facets over ``pages`` and ``documents`` (querysets: what matched the words typed).

    ``documents`` is None where documents are not searched at all. The words
    typed (``q``) are kept by every link; the order is the search's own.
    """

    def __init__(self, params: QueryDict, pages, locale, documents=None):
        self.pages = pages
        self.documents = documents
        self._keys: dict[str, dict[int, str]] = {}
        # The ids of ``results`` where the counts already read them (facets chosen).
        self.result_ids: set[int] | None = None
        # How many pages and documents the chosen facets keep (set by the counts).
        self.total: int | None = None
        self.kind_types = content_types()
        self.lookups = facet_lookups()
        super().__init__(params, pages, locale)
        self.document_results = None
        if documents is not None:
            unknown = self.unknown
            self.document_results = documents.none() if unknown else self.apply_documents(documents)

    def declared_facets(self):
        kinds = [(kind.key, kind.label) for kind in available_kinds()]
        if self.documents is not None:
            kinds.append((DOCUMENT.key, DOCUMENT.label))
        yield ChoicesFacet("kind", _("Kind of content"), choices=kinds)
        for name, (label, model, key) in TAXONOMIES.items():
            yield TaxonomyFacet(name, label, None, model=model, key=key)
        yield AnyYearFacet("year", _("Year"))

    def kept_params(self, params):
        return {"q": params.get("q", "")[:300]}  # the words as the search box keeps them

    def filtered(self):
        # The pages the chosen facets keep: all of them until the counts, which
        # read the kept ones in the same statement, say otherwise.
        return self.pages.none() if self.unknown else self.pages

    def apply_documents(self, documents, skip: filters.Facet | None = None):
        """The documents the chosen facets keep (kind and year only: documents have no taxonomy)."""
        for facet in self.facets:
            if not facet.selected or facet is skip:
                continue
            if facet.name == "kind":
                if DOCUMENT.key not in facet.selected:
                    return documents.none()
            elif facet.name == "year":
                documents = documents.filter(created_at__year__in=[int(v) for v in facet.selected])
            else:
                return documents.none()
        return documents

    def _document_counts(self, counts: dict[str, dict[str, int]]):
        """Add the documents to the kind and year counts (they have no taxonomy)."""
        if self.documents is None or self.documents.query.is_empty():
            return
        kind, year = self.by_name["kind"], self.by_name["year"]
        rows = list(
            self.apply_documents(self.documents, skip=year)
            .order_by()
            .annotate(y=ExtractYear("created_at"))
            .values_list("y")
            .annotate(n=Count("pk"))
        )
        if kind.selected or year.selected:
            counts["kind"][DOCUMENT.key] = self.apply_documents(self.documents, skip=kind).count()
        else:  # the same documents either way: counted once
            counts["kind"][DOCUMENT.key] = sum(n for _year, n in rows)
        for value, n in rows:
            if value:
                counts["year"][str(value)] = counts["year"].get(str(value), 0) + n

    def count(self):
        if self.unknown:
            return
        counts, kept = self._counts()
        self._document_counts(counts)
        # Every page and document has one kind, so the kinds chosen (or all)
        # hold every result once: their counts add up to how many there are.
        kinds = self.by_name["kind"].selected or counts["kind"].keys()
        self.total = sum(counts["kind"].get(kind, 0) for kind in kinds)
        if kept is not None:
            # The pages every chosen facet keeps, read with the counts.
            self.results = self.pages.model.objects.filter(pk_in(kept))
            self.result_ids = set(kept)
        for facet in self.facets:
            found = counts[facet.name]
            if facet.name == "year":
                facet.choices = [
                    Choice(y, y) for y in sorted(set(found) | set(facet.selected), reverse=True)
                ]
            facet.show_counts(found)

    def _counts(self) -> tuple[dict[str, dict[str, int]], list[int] | None]:
        """Every facet's counts, in one query however many facets are chosen.

        The matching pages are read once with their facet values (``PageFacets``)
        into a common table, with, per chosen facet, whether they meet it; each
        facet then counts the rows that meet the other facets (what choosing
        one of its values would give). With facets chosen, the
        same query also lists the pages that meet them all (else None). Pages
        found without facet values, or with values older than their last
        publication, are read again first (``facet_index.refresh``).
        """
        rows = self._count_rows()
        missing = [pk for tag, pk, *_ in rows if tag == MISSING]
        if missing:
            try:
                with transaction.atomic(using=self.pages.db):
                    facet_index.refresh(missing)
            except IntegrityError:  # a page deleted meanwhile: the next search reads it
                pass
            else:
                rows = self._count_rows()
        counts: dict[str, dict[str, int]] = {facet.name: {} for facet in self.facets}
        by_type = {}
        kept = [] if self.active else None
        for tag, key, year, value, n in rows:
            if tag == KEPT:
                kept.append(key)  # this member's second column is the page id
            elif tag == KIND:
                by_type[key] = n
            elif tag == YEAR:
                if year:
                    counts["year"][str(int(year))] = n
            elif tag == TAXONOMY:
                name, _, pk = value.partition(":")
                value = self._taxonomy_keys(name).get(int(pk)) if pk.isdigit() else None
                if value is not None:
                    counts[name][value] = counts[name].get(value, 0) + n
        counts["kind"] = {key: by_type.get(ct, 0) for key, ct in self.kind_types.items()}
        return counts, kept

    def _count_rows(self) -> list[tuple]:
        """The rows of the counting statement (``search.backends.facet_counts``) for these pages."""
        connection = connections[self.pages.db]
        try:
            pages_sql, pages_params = pages_subquery(self.pages, connection)
        except EmptyResultSet:  # pages that cannot match anything (``pk__in=[]``)
            return []
        taxonomies = [name for name in TAXONOMIES if self.lookups[name]]
        statement = FacetCountStatement(connection, pages_sql, pages_params, taxonomies)
        for facet in self.facets:
            if not facet.selected:
                continue
            if facet.name == "kind":
                types = self.kind_types
                statement.meets_kind(types[value] for value in facet.selected if value in types)
            elif facet.name == "year":
                statement.meets_year(int(value) for value in facet.selected)
            else:
                keys = self._taxonomy_keys(facet.name)
                statement.meets_taxonomy(
                    facet.name, [pk for pk, key in keys.items() if key in facet.selected]
                )
        sql, params = statement.sql()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _taxonomy_keys(self, name) -> dict[int, str]:
        """Row id -> slug (or code) of a taxonomy, every language's rows."""
        return self._keys.get(name, {})
