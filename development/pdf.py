"""A round's report as PDF (WeasyPrint), in the reader's language.

The same ``Report`` as the results page: criterion scores with the radar
chart beside the table, the comparison with an earlier round, the benchmark
when at least five agencies contributed, and the consensus per statement.
Rendered on request, never cached: it is private to the agency.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML

from .report import Report


def report_pdf(report: Report, base_url: str) -> bytes:
    html = render_to_string(
        "development/pdf/report.html",
        {
            "report": report,
            "round": report.round,
            "agency": report.round.agency,
            "stylesheet": finders.find("css/print.css"),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "generated": timezone.localtime(),
        },
    )
    return HTML(string=html, base_url=base_url).write_pdf()
