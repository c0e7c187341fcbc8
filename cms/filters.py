"""One faceted-filter design for every listing: the sourcebook, publications, events, search.

A listing declares, in one class, its facets (a name in the address, a label,
the lookup it filters on, where its choices come from) and its sort orders.
The base reads the chosen values from the query string
(``?theme=a&theme=b&country=FR``): values of one facet are alternatives (OR),
facets combine (AND). A value it does not know gives an empty result and a
notice (``unknown``), never an error. The count beside each choice is what
that choice would give with the other facets as they are (its own facet left
out), so a count never promises an empty page; each facet costs one query
whatever the number of items. The base also makes the links that keep a
listing's state: pages (``querystring``), one link per active choice that
removes just that choice (``removal_links``, shown as chips) and clearing.

The shape follows ``rca/utils/filter.py`` in torchbox/rca-wagtail-2019: a facet
is a small declarative object, a listing a list of them. Pages show a filter
with ``includes/filter_form.html`` and ``includes/active_filters.html``.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass

from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Cast
from django.http import QueryDict
from django.utils.functional import cached_property
from wagtail.models import Locale

from .i18n import labels_in_language

# How much of a value it does not know the notice repeats.
NOTICE_LENGTH = 60


@dataclass
class Choice:
    """One value of a facet as a visitor sees it."""

    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass(frozen=True)
class Sort:
    """An order of a listing; one without a label is the listing's own, not offered."""

    ordering: tuple[str, ...]
    label: str | None = None


class Facet:
    """A facet declared on a listing; the listing works on its own copy (``bind``).

    ``lookup`` leads from the listing's items to the facet's value. Where an
    item may hold several values (themes, authors), ``multi_valued`` filters
    through a subquery, so that each item is listed once.
    """

    def __init__(self, name: str, label, lookup: str | None = None, *, multi_valued=False):
        self.name = name
        self.label = label
        self.lookup = lookup
        self.multi_valued = multi_valued
        self.choices: list[Choice] = []
        self.selected: list[str] = []

    def bind(self) -> Facet:
        facet = copy.copy(self)
        facet.choices, facet.selected = [], []
        return facet

    @property
    def active(self) -> bool:
        return bool(self.selected)

    @property
    def visible_choices(self) -> list[Choice]:
        """The choices worth offering: those that give something, and those chosen."""
        return [c for c in self.choices if c.count or c.selected]

    def clean(self, value: str) -> str:
        """A value as typed in the address, as the facet knows it."""
        return value.strip()

    def options(self, listing) -> dict[str, str] | None:
        """Value -> label of every known value; None where ``accepts`` alone decides."""
        return {}

    def accepts(self, value: str, options: dict[str, str] | None) -> bool:
        return options is not None and value in options

    def condition(self, values: list[str]) -> Q:
        return Q(**{f"{self.lookup}__in": values})

    def counts(self, rows) -> dict[str, int]:
        """Value -> count, from ``(value of the lookup, count)`` rows."""
        return {str(value): n for value, n in rows if value is not None}

    def show_counts(self, counts: dict[str, int]):
        for choice in self.choices:
            choice.count = counts.get(choice.value, 0)
            choice.selected = choice.value in self.selected


class ChoicesFacet(Facet):
    """A facet over fixed choices: ``(value, label)`` pairs such as a ``TextChoices``."""

    def __init__(self, name, label, lookup=None, *, choices, **kwargs):
        super().__init__(name, label, lookup, **kwargs)
        self.fixed_choices = choices

    def options(self, listing):
        return {value: str(label) for value, label in self.fixed_choices}


class YearFacet(Facet):
    """The years the listing's items have, newest first unless told otherwise."""

    def __init__(self, name, label, lookup, *, newest_first=True, **kwargs):
        super().__init__(name, label, lookup, **kwargs)
        self.newest_first = newest_first

    def options(self, listing):
        years = listing.base.order_by().values_list(self.lookup, flat=True).distinct()
        return {str(y): str(y) for y in sorted(set(years), reverse=self.newest_first)}

    def condition(self, values):
        return Q(**{f"{self.lookup}__in": [int(v) for v in values]})


class TaxonomyFacet(Facet):
    """A facet over a taxonomy (``cms.models``), labelled in the listing's language.

    ``key`` is the field that names a term in the address, the same in every
    language: a slug, or a country's code (upper case, typed in any case).
    """

    def __init__(self, name, label, lookup, *, model, key="slug", **kwargs):
        super().__init__(name, label, lookup, **kwargs)
        self.model = model
        self.key = key

    def clean(self, value):
        value = value.strip()
        return value.upper() if self.key == "code" else value

    def options(self, listing):
        from .chrome import remembered

        locale, default = listing.locale, listing.default_locale

        def labels():
            rows = self.model.objects.filter(locale__in={locale.pk, default.pk})
            return labels_in_language(
                rows.values_list(self.key, "name", "locale_id"), locale, default
            )

        # Terms change seldom (a snippet saved moves the content version on).
        key = ("facet-options", self.model._meta.label, self.key, locale.pk, default.pk)
        return remembered(None, key, labels)


class FacetedFilter:
    """A listing's filter over ``items`` (a queryset), read from ``params`` (``request.GET``).

    Subclasses declare ``facets`` and ``sorts`` (the first sort is the default).
    After construction ``facets`` holds this request's copies, with their
    choices; ``results`` are the items the chosen values keep, in order;
    ``unknown`` lists ``(facet, value)`` of values not known.
    """

    facets: tuple[Facet, ...] = ()
    sorts: dict[str, Sort] = {}
    # The parameter a visitor chooses the order with; None where the listing
    # chooses it itself (``chosen_sort``).
    sort_param: str | None = "sort"

    def __init__(self, params: QueryDict, items, locale: Locale | None = None, *, kept_for=None):
        """``kept_for``: ``(request, page)`` when the counts may be kept in the site's
        cache (``cms.chrome.fragment``: per content version, site, language and the
        restrictions the visitor does not pass) for that page and the choices made.
        Only for listings whose items change with the content alone, not with time."""
        self.params = params
        self.locale = locale
        self.kept_for = kept_for
        self.base = self.narrow(items)
        self.kept = self.kept_params(params)
        self.sort = self.chosen_sort(params)
        self.facets = [facet.bind() for facet in self.declared_facets()]
        self.by_name = {facet.name: facet for facet in self.facets}
        self.unknown: list[tuple[str, str]] = []
        self.read(params)
        self.results = self.filtered()
        self.count()

    # What a listing may change.

    def declared_facets(self):
        return type(self).facets

    def narrow(self, items):
        """The items every facet counts within (a tab of the listing, say)."""
        return items

    def kept_params(self, params) -> dict[str, str]:
        """Parameters besides facets and sort that every link keeps (the words searched…)."""
        return {}

    def chosen_sort(self, params) -> str | None:
        chosen = params.get(self.sort_param) if self.sort_param else None
        return chosen if chosen in self.sorts else self.default_sort

    # Reading, filtering, counting.

    @cached_property
    def default_locale(self) -> Locale:
        return Locale.get_default()

    def read(self, params):
        for facet in self.facets:
            options = facet.options(self)
            typed = (facet.clean(value) for value in params.getlist(facet.name))
            for value in dict.fromkeys(value for value in typed if value):
                if facet.accepts(value, options):
                    facet.selected.append(value)
                else:
                    self.unknown.append((facet.name, value[:NOTICE_LENGTH]))
            facet.choices = [Choice(value, label) for value, label in (options or {}).items()]

    def apply(self, items, skip: Facet | None = None):
        """``items`` narrowed by every chosen facet but ``skip``."""
        for facet in self.facets:
            if not facet.selected or facet is skip:
                continue
            condition = facet.condition(facet.selected)
            if facet.multi_valued:
                items = items.filter(pk__in=self.base.filter(condition).values("pk"))
            else:
                items = items.filter(condition)
        return items

    def filtered(self):
        results = self.base.none() if self.unknown else self.apply(self.base)
        return results.order_by(*self.sorts[self.sort].ordering) if self.sort else results

    def count(self):
        """Every facet's counts in one statement: one grouped count per facet, joined by
        ``UNION ALL``, each within the other facets' choices. Values are read as
        text (the branches must agree on a column type), as the address holds them."""
        if self.unknown:
            return
        counted = [facet for facet in self.facets if facet.lookup]
        rows = self.kept_rows(counted)
        for position, facet in enumerate(counted):
            facet.show_counts(facet.counts(rows[position]))

    def kept_rows(self, counted) -> dict[int, list]:
        """The counts of ``count_rows``, from the site's cache where ``kept_for`` allows.

        Counting is half the time of a filtered listing; every visitor of the same
        choices in the same language gets the same numbers until content changes."""
        if self.kept_for is None:
            return self.count_rows(counted)
        from .chrome import fragment

        request, page = self.kept_for
        state = hashlib.blake2s(self._query().urlencode().encode(), digest_size=12).hexdigest()
        parts = (type(self).__name__, page.pk, state)
        return fragment(request, "facet-counts", parts, lambda: self.count_rows(counted))

    def count_rows(self, counted) -> dict[int, list]:
        """``{facet position: [(value, n), ...]}`` from one statement."""
        branches = [
            self.apply(self.base, skip=facet)
            .order_by()
            .annotate(_facet_value=Cast(facet.lookup, CharField()))
            .values("_facet_value")
            .annotate(_facet_n=Count("pk", distinct=True), _facet=Value(position))
            .values_list("_facet", "_facet_value", "_facet_n")
            for position, facet in enumerate(counted)
        ]
        rows: dict[int, list] = {position: [] for position in range(len(counted))}
        if branches:
            statement = branches[0].union(*branches[1:], all=True) if branches[1:] else branches[0]
            for position, value, n in statement:
                rows[position].append((value, n))
        return rows

    # What a page shows.

    @property
    def active(self) -> bool:
        return any(facet.selected for facet in self.facets)

    @property
    def active_count(self) -> int:
        """How many choices are made (the folded filter's summary tells it)."""
        return sum(len(facet.selected) for facet in self.facets)

    @property
    def default_sort(self) -> str | None:
        return next(iter(self.sorts), None)

    @property
    def sort_choices(self) -> list[tuple[str, str, bool]]:
        """``(value, label, chosen)`` of the orders a visitor may choose."""
        if not self.sort_param:
            return []
        return [(value, s.label, value == self.sort) for value, s in self.sorts.items() if s.label]

    @property
    def hidden_fields(self) -> list[tuple[str, str]]:
        """What the filter form sends again unseen (the parameters every link keeps)."""
        return [(name, value) for name, value in self.kept.items() if value]

    @property
    def cleared_querystring(self) -> str:
        """The address's query once every facet is cleared (the kept parameters only)."""
        return self._query(facets=False).urlencode()

    def _query(self, without: tuple[str, str] | None = None, facets=True) -> QueryDict:
        """The current state as a query, less ``without`` (a ``(facet, value)`` pair)."""
        query = QueryDict(mutable=True)
        for name, value in self.hidden_fields:
            query[name] = value
        if not facets:
            return query
        for facet in self.facets:
            for value in facet.selected:
                if (facet.name, value) != without:
                    query.appendlist(facet.name, value)
        if self.sort_param and self.sort != self.default_sort:
            query[self.sort_param] = self.sort
        return query

    def querystring(self, **changes) -> str:
        """The current state as a query string with ``changes`` made (for links: pages…)."""
        query = self._query()
        for key, value in changes.items():
            query.pop(key, None)
            if value:
                query[key] = value
        return query.urlencode()

    def removal_links(self) -> list[tuple[str, str, str]]:
        """``(facet label, choice label, query string)``: one per chosen value, without it."""
        links = []
        for facet in self.facets:
            labels = {choice.value: choice.label for choice in facet.choices}
            for value in facet.selected:
                query = self._query(without=(facet.name, value))
                links.append((facet.label, labels.get(value, value), query.urlencode()))
        return links


def render_listing(page, request, listing: FacetedFilter, per_page: int, cards=None):
    """One page of a filtered listing, rendered by its Wagtail ``page``.

    The template gets the filter (``filter``) and the page of results
    (``page_obj``, from ``?page=``); ``cards`` prepares the results for the
    listing's cards (e.g. fetching their images) before they are paged.
    """
    from django.core.paginator import Paginator

    results = listing.results if cards is None else cards(listing.results)
    page_obj = Paginator(results, per_page).get_page(request.GET.get("page"))
    return page.render(request, context_overrides={"filter": listing, "page_obj": page_obj})
