"""The results' radar chart as SVG drawn on the server (no JavaScript, no chart library).

The chart is an image with a title and a description (``role="img"``); the
same figures are in the table printed beside it, which is what screen readers
and keyboard users read. Each series is told apart by its line style and its
markers as well as its colour, and named in the legend, so nothing depends on
colour alone. Every axis is labelled with the criterion's code and the score
of the main series, written exactly as in the table (``results.score_text``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .results import score_text

STYLES = {
    # kind: (stroke, dash pattern, fill, marker)
    "current": ("#0b5394", "", "rgba(11, 83, 148, 0.18)", "circle"),
    "earlier": ("#7a3e00", "7 4", "none", "square"),
    "benchmark": ("#3b3b3b", "2 3", "none", "diamond"),
}


@dataclass
class Series:
    name: str
    values: list[float | None]
    kind: str = "current"


def _point(cx, cy, radius, angle):
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _marker(kind, x, y, colour) -> SafeString:
    if kind == "square":
        return format_html(
            '<rect x="{}" y="{}" width="7" height="7" fill="{}"/>',
            f"{x - 3.5:.1f}",
            f"{y - 3.5:.1f}",
            colour,
        )
    if kind == "diamond":
        corners = ((x, y - 4.5), (x + 4.5, y), (x, y + 4.5), (x - 4.5, y))
        points = " ".join(f"{a:.1f},{b:.1f}" for a, b in corners)
        return format_html('<polygon points="{}" fill="{}"/>', points, colour)
    return format_html(
        '<circle cx="{}" cy="{}" r="3.5" fill="{}"/>', f"{x:.1f}", f"{y:.1f}", colour
    )


def radar_svg(
    codes: list[str],
    series: list[Series],
    title: str,
    description: str,
    ident: str = "radar",
    size: int = 440,
) -> SafeString:
    """The chart for criteria ``codes`` (at least three) and one or more series of scores."""
    count = len(codes)
    if count < 3 or not series:
        return mark_safe("")
    margin = 62
    cx = cy = size / 2
    radius = size / 2 - margin
    angles = [-math.pi / 2 + 2 * math.pi * i / count for i in range(count)]
    parts: list[SafeString] = []
    # Rings at 25, 50, 75 and 100, with their values on the first axis.
    for ring in (25, 50, 75, 100):
        points = " ".join(
            f"{x:.1f},{y:.1f}" for x, y in (_point(cx, cy, radius * ring / 100, a) for a in angles)
        )
        parts.append(
            format_html(
                '<polygon class="ring" points="{}" fill="none" stroke="#c9d3de" stroke-width="1"/>',
                points,
            )
        )
        parts.append(
            format_html(
                '<text class="ring-value" x="{}" y="{}" font-size="10" fill="#4a5360">{}</text>',
                f"{cx + 3:.1f}",
                f"{cy - radius * ring / 100 + 11:.1f}",
                ring,
            )
        )
    for angle in angles:
        x, y = _point(cx, cy, radius, angle)
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#c9d3de" stroke-width="1"/>',
                f"{cx:.1f}",
                f"{cy:.1f}",
                f"{x:.1f}",
                f"{y:.1f}",
            )
        )
    for line in series:
        stroke, dash, fill, marker = STYLES.get(line.kind, STYLES["current"])
        points = [
            _point(cx, cy, radius * max(0.0, min(100.0, value or 0.0)) / 100, angle)
            for value, angle in zip(line.values, angles, strict=False)
        ]
        parts.append(
            format_html(
                '<polygon class="series series-{}" points="{}" fill="{}" stroke="{}" '
                'stroke-width="2.5"{}/>',
                line.kind,
                " ".join(f"{x:.1f},{y:.1f}" for x, y in points),
                fill,
                stroke,
                format_html(' stroke-dasharray="{}"', dash) if dash else "",
            )
        )
        for (x, y), value in zip(points, line.values, strict=False):
            if value is not None:
                parts.append(_marker(marker, x, y, stroke))
    # Axis labels: the code and the main series' score, as in the table.
    main = series[0]
    for code, value, angle in zip(codes, main.values, angles, strict=False):
        x, y = _point(cx, cy, radius + 24, angle)
        anchor = "middle"
        if math.cos(angle) > 0.3:
            anchor = "start"
        elif math.cos(angle) < -0.3:
            anchor = "end"
        parts.append(
            format_html(
                '<text class="axis" x="{}" y="{}" text-anchor="{}" font-size="13" fill="#1b1f24">'
                '<tspan class="code" font-weight="700">{}</tspan>'
                '<tspan class="value" x="{}" dy="15" data-code="{}">{}</tspan></text>',
                f"{x:.1f}",
                f"{y - 4:.1f}",
                anchor,
                code,
                f"{x:.1f}",
                code,
                score_text(value),
            )
        )
    return format_html(
        '<svg class="radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        'width="{size}" height="{size}" role="img" aria-labelledby="{ident}-title {ident}-desc">'
        '<title id="{ident}-title">{title}</title><desc id="{ident}-desc">{description}</desc>'
        "{body}</svg>",
        size=size,
        ident=ident,
        title=title,
        description=description,
        body=format_html_join("", "{}", ((part,) for part in parts)),
    )


def legend(series: list[Series]) -> list[dict]:
    """What each line of the chart is, for the legend printed under it."""
    return [
        {
            "name": line.name,
            "kind": line.kind,
            "stroke": STYLES[line.kind][0],
            "dash": STYLES[line.kind][1],
        }
        for line in series
    ]
