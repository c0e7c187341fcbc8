"""The event listing's filter: upcoming or past (the archive), by kind and by year.

Declared on the shared faceted filter (``cms.filters``), which reads, applies
and counts the facets with one query each whatever the number of events.
What is the listing's own is here: the tab (``when``) chooses the events the
facets count within and their order, soonest first for upcoming events, most
recent first in the archive; the links keep it.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.filters import ChoicesFacet, FacetedFilter, Sort, YearFacet

from .enums import EventKind

WHEN = {"upcoming": _("Upcoming events"), "past": _("Past events (archive)")}


class EventFilter(FacetedFilter):
    sorts = {
        "upcoming": Sort(("start", "pk")),
        "past": Sort(("-start", "-pk")),
    }
    sort_param = None  # the tab chooses

    def __init__(self, params, events):
        self.when = params.get("when") if params.get("when") in WHEN else "upcoming"
        super().__init__(params, events)

    def declared_facets(self):
        return (
            ChoicesFacet("kind", _("Kind"), "kind", choices=EventKind.choices),
            YearFacet("year", _("Year"), "start__year", newest_first=self.when == "past"),
        )

    def narrow(self, events):
        if self.when == "past":
            return events.filter(end__lt=timezone.now())
        return events.filter(end__gte=timezone.now())

    def kept_params(self, params):
        return {"when": self.when} if self.when != "upcoming" else {}

    def chosen_sort(self, params):
        return self.when

    @property
    def when_choices(self):
        return [(value, label, value == self.when) for value, label in WHEN.items()]
