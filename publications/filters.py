"""Faceted filtering of the publication listing (and of its exports).

The same approach as the sourcebook's filters (practices.filters): values within
a facet are alternatives, facets combine, each choice shows how many
publications it would give with the other facets as they are, and unknown
values give an empty result with a notice. Every facet costs one query
whatever the number of publications or authors.
"""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import Theme
from practices.filters import Choice, Facet, FacetLinks

from .enums import PublicationType
from .models import Person

SORTS = {
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
    "title": _("Title A–Z"),
}
MULTI_VALUED = {"author", "theme"}


class PublicationFilter(FacetLinks):
    def __init__(self, params, publications, locale):
        self.params = params
        self.base = publications
        self.unknown: list[tuple[str, str]] = []
        self.facets = [
            Facet("type", _("Type"), "publication_type"),
            Facet("year", _("Year"), "publication_date__year"),
            Facet("author", _("Author"), "authors__person__slug"),
            Facet("theme", _("Theme"), "themes__slug"),
        ]
        self.by_name = {f.name: f for f in self.facets}
        options = self._options(locale)
        for facet in self.facets:
            known = options[facet.name]
            raw = [v.strip() for v in params.getlist(facet.name) if v.strip()]
            for value in dict.fromkeys(raw):
                if value in known:
                    facet.selected.append(value)
                else:
                    self.unknown.append((facet.name, value[:60]))
            facet.choices = [Choice(value, label) for value, label in known.items()]

        self.sort = params.get("sort") if params.get("sort") in SORTS else "newest"
        results = self._apply(self.base) if not self.unknown else self.base.none()
        self.results = results.order_by(*self._ordering())
        self._count_choices()

    def _options(self, locale):
        default = Locale.get_default()
        themes = Theme.objects.filter(locale__in={locale.pk, default.pk})
        theme_labels = {
            t.slug: t.name for t in sorted(themes, key=lambda t: (t.locale_id == locale.pk, t.name))
        }
        people = Person.objects.filter(authorships__page__in=self.base.values("pk")).distinct()
        author_labels = {
            p.slug: p.sort_name for p in sorted(people, key=lambda p: p.sort_name.casefold())
        }
        years = self.base.order_by().values_list("publication_date__year", flat=True).distinct()
        return {
            "type": {value: str(label) for value, label in PublicationType.choices},
            "year": {str(y): str(y) for y in sorted(set(years), reverse=True)},
            "author": author_labels,
            "theme": dict(sorted(theme_labels.items(), key=lambda item: item[1].casefold())),
        }

    def _condition(self, facet):
        values = facet.selected
        if facet.name == "year":
            values = [int(v) for v in values]
        return Q(**{f"{facet.lookup}__in": values})

    def _apply(self, publications, skip=None):
        for facet in self.facets:
            if facet.selected and facet is not skip:
                if facet.name in MULTI_VALUED:
                    publications = publications.filter(
                        pk__in=self.base.filter(self._condition(facet)).values("pk")
                    )
                else:
                    publications = publications.filter(self._condition(facet))
        return publications

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
            counts = {str(value): n for value, n in rows}
            for choice in facet.choices:
                choice.count = counts.get(choice.value, 0)
                choice.selected = choice.value in facet.selected

    def _ordering(self):
        if self.sort == "title":
            return ["title", "pk"]
        if self.sort == "oldest":
            return ["publication_date", "pk"]
        return ["-publication_date", "-pk"]

    @property
    def sorts(self):
        return [(value, label, value == self.sort) for value, label in SORTS.items()]
