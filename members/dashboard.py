"""The panels of the members' dashboard, contributed by the apps above members.

The members' area page (``MembersAreaPage``) shows the member's agencies, spaces
and recent documents itself; what other apps have for members (upcoming
members-only events, development work…) they add as *panels*, registered in
their ``AppConfig.ready()``, so that members never imports them::

    from members import dashboard

    @dashboard.panel(order=20)
    def members_events(request, memberships):
        return "events/dashboard_panel.html", {"events": [...]}

A panel gets the request and the member's memberships (agency already
selected) and returns a template name and its context, or ``None`` to show
nothing. Panels are shown in ascending ``order``, then by name, each rendered
with the request (so ``request``, ``user``… are in its template's context).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

Panel = Callable[[Any, list], "tuple[str, dict] | None"]


@dataclass(frozen=True)
class _Registered:
    order: int
    name: str
    function: Panel


_panels: dict[str, _Registered] = {}


def panel(order: int = 50) -> Callable[[Panel], Panel]:
    """Register the decorated function as a dashboard panel, shown in ``order``."""

    def decorator(function: Panel) -> Panel:
        name = f"{function.__module__}.{function.__qualname__}"
        _panels[name] = _Registered(order, name, function)
        return function

    return decorator


def panels() -> list[Panel]:
    """The registered panel functions, in the order they are shown."""
    return [p.function for p in sorted(_panels.values(), key=lambda p: (p.order, p.name))]


def render_panels(request, memberships) -> list[SafeString]:
    """Every panel that answers for this request, rendered, in order."""
    memberships = list(memberships)
    rendered = []
    for function in panels():
        answer = function(request, memberships)
        if answer is None:
            continue
        template_name, context = answer
        rendered.append(render_to_string(template_name, context, request=request))
    return rendered
