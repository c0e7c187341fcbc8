"""Faceted filtering of the sourcebook listing.

Each facet reads its values from the query string (``?theme=a&theme=b&country=fr``);
values within a facet are alternatives (OR), facets combine (AND). The count
beside each choice is the number of entries that choice would give with the
other facets as they are, so counts never promise an empty page. Unknown
values give an empty result and a notice, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme


@dataclass
class Choice:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    lookup: str
    choices: list[Choice] = field(default_factory=list)
    selected: list[str] = field(default_factory=list)

    @property
    def active(self):
        return bool(self.selected)


SORTS = {"newest": _("Newest first"), "title": _("Title A–Z")}


class FacetLinks:
    """The links of a faceted listing that keep its state (facets and ``sort``).

    Shared by the sourcebook and publication filters, which hold ``facets``
    and a ``sort`` whose default is "newest".
    """

    @property
    def active(self):
        return any(f.selected for f in self.facets)

    def _query(self, without=None) -> QueryDict:
        """The current choices, less ``without`` (a ``(facet, value)`` pair)."""
        q = QueryDict(mutable=True)
        for facet in self.facets:
            for value in facet.selected:
                if without is None or not (facet is without[0] and value == without[1]):
                    q.appendlist(facet.name, value)
        if self.sort != "newest":
            q["sort"] = self.sort
        return q

    def querystring(self, **changes):
        """The current filters as a query string, with ``changes`` applied (for links)."""
        q = self._query()
        for key, value in changes.items():
            q.pop(key, None)
            if value:
                q[key] = value
        return q.urlencode()

    def removal_links(self):
        """One link per active choice that removes just that choice."""
        links = []
        for facet in self.facets:
            labels = {c.value: c.label for c in facet.choices}
            for value in facet.selected:
                q = self._query(without=(facet, value))
                links.append((facet.label, labels.get(value, value), q.urlencode()))
        return links


class SourcebookFilter(FacetLinks):
    def __init__(self, params, entries, locale):
        from .models import KINDS, CaseStudyPage, PracticeGuidePage

        self.params = params
        self.base = entries
        self.unknown: list[tuple[str, str]] = []
        kind_types = {
            "guide": ContentType.objects.get_for_model(PracticeGuidePage).pk,
            "case": ContentType.objects.get_for_model(CaseStudyPage).pk,
        }
        self.facets = [
            Facet("kind", _("Kind"), "content_type_id"),
            Facet("theme", _("Theme"), "themes__slug"),
            Facet("intervention", _("Intervention type"), "intervention_types__slug"),
            Facet("country", _("Country"), "country__code"),
            Facet("sector", _("Sector"), "sector__slug"),
            Facet("level", _("Level of government"), "government_level__slug"),
        ]
        self.by_name = {f.name: f for f in self.facets}
        options = self._options(KINDS, locale)

        for facet in self.facets:
            known = options[facet.name]
            raw = [v.strip() for v in params.getlist(facet.name) if v.strip()]
            if facet.name == "country":
                raw = [v.upper() for v in raw]
            for value in dict.fromkeys(raw):
                if value in known:
                    facet.selected.append(value)
                else:
                    self.unknown.append((facet.name, value[:60]))
            facet.choices = [Choice(value, label) for value, label in known.items()]
        self._kind_types = kind_types

        self.sort = params.get("sort") if params.get("sort") in SORTS else "newest"
        self.results = self._apply(self.base) if not self.unknown else self.base.none()
        self.results = self.results.order_by(*self._ordering())
        self._count_choices()

    def _options(self, kinds, locale):
        """The known values of each facet, labelled in the listing's language."""

        default = Locale.get_default()

        def names(model, key="slug"):
            # Taxonomy terms not yet translated fall back to the default language.
            rows = model.objects.filter(locale__in={locale.pk, default.pk})
            ordered = sorted(rows, key=lambda r: (r.locale_id == locale.pk, r.name))
            labels = {getattr(r, key): r.name for r in ordered}
            return dict(sorted(labels.items(), key=lambda item: item[1].casefold()))

        return {
            "kind": {"guide": str(kinds["guide"]), "case": str(kinds["case"])},
            "theme": names(Theme),
            "intervention": names(InterventionType),
            "country": names(Country, "code"),
            "sector": names(Sector),
            "level": names(GovernmentLevel),
        }

    def _condition(self, facet):
        if facet.name == "kind":
            return Q(content_type_id__in=[self._kind_types[v] for v in facet.selected])
        return Q(**{f"{facet.lookup}__in": facet.selected})

    def _apply(self, entries, skip=None):
        for facet in self.facets:
            if facet.selected and facet is not skip:
                if facet.name in ("theme", "intervention"):
                    entries = entries.filter(
                        pk__in=self.base.filter(self._condition(facet)).values("pk")
                    )
                else:
                    entries = entries.filter(self._condition(facet))
        return entries

    def _count_choices(self):
        if self.unknown:
            return
        for facet in self.facets:
            scope = self._apply(self.base, skip=facet)
            rows = (
                scope.order_by()
                .values(facet.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(facet.lookup, "n")
            )
            counts = dict(rows)
            if facet.name == "kind":
                counts = {k: counts.get(ct, 0) for k, ct in self._kind_types.items()}
            for choice in facet.choices:
                choice.count = counts.get(choice.value, 0)
                choice.selected = choice.value in facet.selected

    def _ordering(self):
        if self.sort == "title":
            return ["title", "pk"]
        return ["-first_published_at", "pk"]
