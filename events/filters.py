"""Filtering the event listing: upcoming or past (the archive), by kind and by year.

Like the sourcebook's and the publications' filters (``practices.filters``):
each choice shows how many events it would give with the other filters as they
are, and unknown values give an empty result with a notice. The cost is one
query per facet whatever the number of events.
"""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from practices.filters import Choice, Facet

from .enums import EventKind

WHEN = {"upcoming": _("Upcoming events"), "past": _("Past events (archive)")}


class EventFilter:
    def __init__(self, params, events):
        self.params = params
        self.when = params.get("when") if params.get("when") in WHEN else "upcoming"
        now = timezone.now()
        if self.when == "past":
            self.base = events.filter(end__lt=now)
        else:
            self.base = events.filter(end__gte=now)
        self.unknown: list[tuple[str, str]] = []
        self.facets = [
            Facet("kind", _("Kind"), "kind"),
            Facet("year", _("Year"), "start__year"),
        ]
        years = sorted(
            set(self.base.order_by().values_list("start__year", flat=True)),
            reverse=self.when == "past",
        )
        options = {
            "kind": {value: str(label) for value, label in EventKind.choices},
            "year": {str(y): str(y) for y in years},
        }
        for facet in self.facets:
            known = options[facet.name]
            raw = [v.strip() for v in params.getlist(facet.name) if v.strip()]
            for value in dict.fromkeys(raw):
                if value in known:
                    facet.selected.append(value)
                else:
                    self.unknown.append((facet.name, value[:60]))
            facet.choices = [Choice(value, label) for value, label in known.items()]
        results = self._apply(self.base) if not self.unknown else self.base.none()
        order = ["-start", "-pk"] if self.when == "past" else ["start", "pk"]
        self.results = results.order_by(*order)
        self._count_choices()

    def _condition(self, facet):
        values = facet.selected
        if facet.name == "year":
            values = [int(v) for v in values]
        return Q(**{f"{facet.lookup}__in": values})

    def _apply(self, events, skip=None):
        for facet in self.facets:
            if facet.selected and facet is not skip:
                events = events.filter(self._condition(facet))
        return events

    def _count_choices(self):
        if self.unknown:
            return
        for facet in self.facets:
            rows = (
                self._apply(self.base, skip=facet)
                .order_by()
                .values(facet.lookup)
                .annotate(n=Count("pk"))
                .values_list(facet.lookup, "n")
            )
            counts = {str(value): n for value, n in rows}
            for choice in facet.choices:
                choice.count = counts.get(choice.value, 0)
                choice.selected = choice.value in facet.selected

    @property
    def active(self):
        return any(f.selected for f in self.facets)

    @property
    def when_choices(self):
        return [(value, label, value == self.when) for value, label in WHEN.items()]

    def querystring(self, **changes):
        q = QueryDict(mutable=True)
        if self.when != "upcoming":
            q["when"] = self.when
        for facet in self.facets:
            for value in facet.selected:
                q.appendlist(facet.name, value)
        for key, value in changes.items():
            q.pop(key, None)
            if value:
                q[key] = value
        return q.urlencode()
