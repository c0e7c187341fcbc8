"""Facets of the site search: kind, theme, country, sector, intervention type, year.

Values come from the query string (``?kind=guide&theme=a&theme=b&year=2024``);
values of one facet are alternatives (OR), facets combine (AND). Each count is
what that choice would give with the other facets as they are. Documents are
one more kind, dated by their upload; they carry no theme, country, sector or
intervention type, so choosing any of those leaves them out. Counts are
aggregate queries over the set of matching pages (one query per facet and
lookup, however many pages match); unknown values give an empty result and a
notice, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Case, Count, F, IntegerField, Q, When
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.models import Country, InterventionType, Sector, Theme
from practices.filters import Choice

from .kinds import DOCUMENT, available_kinds, content_types, date_lookup

TAXONOMIES = {
    "theme": (_("Theme"), Theme, "slug"),
    "country": (_("Country"), Country, "code"),
    "sector": (_("Sector"), Sector, "slug"),
    "intervention": (_("Intervention type"), InterventionType, "slug"),
}


@dataclass
class Facet:
    name: str
    label: str
    choices: list[Choice] = field(default_factory=list)
    selected: list[str] = field(default_factory=list)

    @property
    def visible_choices(self):
        return [c for c in self.choices if c.count or c.selected]


def year_expression():
    """The year of each page's own date (publication date, news date, event date…)."""
    whens = []
    types = content_types()
    for kind in available_kinds():
        lookup = date_lookup(kind)
        if lookup:
            whens.append(When(content_type_id=types[kind.key], then=ExtractYear(lookup)))
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


def taxonomy_labels(model, key, locale, default=None) -> dict[str, str]:
    """Value -> name in the listing's language (the default language where untranslated)."""
    default = default or Locale.get_default()
    rows = model.objects.filter(locale__in={locale.pk, default.pk}).values_list(
        key, "name", "locale_id"
    )
    labels = {}
    for value, name, _locale_id in sorted(rows, key=lambda r: r[2] == locale.pk):
        labels[value] = name
    return dict(sorted(labels.items(), key=lambda item: item[1].casefold()))


class SearchFacets:
    """The facets over ``pages`` and ``documents`` (querysets: what matched the words typed).

    ``documents`` is None where documents are not searched at all.
    """

    def __init__(self, params: QueryDict, pages, locale, documents=None):
        self.pages = pages
        self.documents = documents
        self.locale = locale
        self.unknown: list[tuple[str, str]] = []
        self.kind_types = content_types()
        self.lookups = facet_lookups()
        self.facets = [Facet("kind", _("Kind of content"))]
        self.facets += [Facet(name, TAXONOMIES[name][0]) for name in TAXONOMIES]
        self.facets.append(Facet("year", _("Year")))
        self.by_name = {f.name: f for f in self.facets}

        kinds = {kind.key: str(kind.label) for kind in available_kinds()}
        if documents is not None:
            kinds[DOCUMENT.key] = str(DOCUMENT.label)
        options = {"kind": kinds}
        default = Locale.get_default()
        for name, (_label, model, key) in TAXONOMIES.items():
            if self.lookups[name]:
                options[name] = taxonomy_labels(model, key, locale, default)
            else:
                options[name] = {}

        for facet in self.facets:
            raw = [v.strip()[:60] for v in params.getlist(facet.name) if v.strip()]
            if facet.name == "country":
                raw = [v.upper() for v in raw]
            for value in dict.fromkeys(raw):
                if facet.name == "year":
                    known = value.isdigit() and len(value) == 4
                else:
                    known = value in options[facet.name]
                if known:
                    facet.selected.append(value)
                else:
                    self.unknown.append((facet.name, value))
            if facet.name != "year":
                facet.choices = [Choice(v, label) for v, label in options[facet.name].items()]

        self.results = self.pages.none() if self.unknown else self.apply(self.pages)
        self.document_results = None
        if documents is not None:
            unknown = self.unknown
            self.document_results = documents.none() if unknown else self.apply_documents(documents)
        self._count()
        self._count_documents()

    @property
    def active(self) -> bool:
        return any(f.selected for f in self.facets)

    def condition(self, facet: Facet) -> Q:
        if facet.name == "kind":
            types = [self.kind_types[v] for v in facet.selected if v in self.kind_types]
            return Q(content_type_id__in=types)
        if facet.name == "year":
            return Q(search_year__in=[int(v) for v in facet.selected])
        condition = Q(pk__in=[])
        for lookup in self.lookups[facet.name]:
            matching = Page.objects.filter(**{f"{lookup}__in": facet.selected}).values("pk")
            condition |= Q(pk__in=matching)
        return condition

    def apply(self, pages, skip: Facet | None = None):
        year = self.by_name["year"]
        if year.selected and year is not skip:
            pages = pages.annotate(search_year=year_expression())
        for facet in self.facets:
            if facet.selected and facet is not skip:
                pages = pages.filter(self.condition(facet))
        return pages

    def apply_documents(self, documents, skip: Facet | None = None):
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

    def _count_documents(self):
        """Add the documents to the kind and year counts."""
        if self.documents is None or self.unknown:
            return
        kind, year = self.by_name["kind"], self.by_name["year"]
        count = self.apply_documents(self.documents, skip=kind).count()
        for choice in kind.choices:
            if choice.value == DOCUMENT.key:
                choice.count = count
        rows = (
            self.apply_documents(self.documents, skip=year)
            .order_by()
            .annotate(y=ExtractYear("created_at"))
            .values_list("y")
            .annotate(n=Count("pk"))
        )
        counts = {choice.value: choice.count for choice in year.choices}
        for value, n in rows:
            if value:
                counts[str(value)] = counts.get(str(value), 0) + n
        year.choices = [
            Choice(y, y, counts.get(y, 0), y in year.selected)
            for y in sorted(set(counts) | set(year.selected), reverse=True)
        ]

    def _count(self):
        if self.unknown:
            return
        for facet in self.facets:
            scope = self.apply(self.pages, skip=facet).order_by()
            counts: dict[str, int] = {}
            if facet.name == "kind":
                by_type = dict(
                    scope.values_list("content_type_id").annotate(n=Count("pk")).order_by()
                )
                counts = {key: by_type.get(ct, 0) for key, ct in self.kind_types.items()}
            elif facet.name == "year":
                rows = (
                    scope.annotate(y=year_expression())
                    .values_list("y")
                    .annotate(n=Count("pk"))
                    .order_by()
                )
                counts = {str(y): n for y, n in rows if y}
                facet.choices = [
                    Choice(y, y) for y in sorted(set(counts) | set(facet.selected), reverse=True)
                ]
            else:
                for lookup in self.lookups[facet.name]:
                    rows = (
                        scope.filter(**{f"{lookup}__isnull": False})
                        .annotate(value=F(lookup))
                        .values_list("value")
                        .annotate(n=Count("pk", distinct=True))
                        .order_by()
                    )
                    for value, n in rows:
                        counts[value] = counts.get(value, 0) + n
            for choice in facet.choices:
                choice.count = counts.get(choice.value, 0)
                choice.selected = choice.value in facet.selected

    def querystring(self, query: str = "", **changes) -> str:
        q = QueryDict(mutable=True)
        if query:
            q["q"] = query
        for facet in self.facets:
            for value in facet.selected:
                q.appendlist(facet.name, value)
        for key, value in changes.items():
            q.pop(key, None)
            if value:
                q[key] = value
        return q.urlencode()

    def removal_links(self, query: str = ""):
        """One link per active choice that removes just that choice (the words are kept)."""
        links = []
        for facet in self.facets:
            labels = {c.value: c.label for c in facet.choices}
            for value in facet.selected:
                q = QueryDict(mutable=True)
                if query:
                    q["q"] = query
                for other in self.facets:
                    for v in other.selected:
                        if not (other is facet and v == value):
                            q.appendlist(other.name, v)
                links.append((facet.label, labels.get(value, value), q.urlencode()))
        return links
