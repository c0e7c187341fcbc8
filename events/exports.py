"""Delegate lists for the organisers: CSV and XLSX with every answer, and name badges as PDF.

Answers are written with the questions of the original event page, so a
delegate who registered on the French page and one on the English page share
the same columns. Cells that a spreadsheet would run as a formula are
neutralised (OWASP's advice against CSV injection).
"""

from __future__ import annotations

import csv
import io
import re

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .forms import answer_text
from .models import EventPage, Registration

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML (and so XLSX) cannot carry; openpyxl refuses them. Word
# pastes a vertical tab for a line break into an answer.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe(value):
    if isinstance(value, str):
        value = CONTROL.sub("", value)
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def _time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def rows(event: EventPage, registrations) -> tuple[list[str], list[list]]:
    questions = event.question_list()
    header = [
        _("Status"),
        _("Registered"),
        _("First name"),
        _("Last name"),
        _("Email address"),
        _("Organisation"),
        _("Country"),
        _("Role"),
        _("Dietary needs"),
        _("Accessibility needs"),
        _("Language"),
        _("Privacy notice version"),
        _("Consent given"),
        _("Checked in"),
    ] + [value["label"] for _id, _kind, value in questions]
    body = []
    for r in registrations:
        body.append(
            [
                r.get_status_display(),
                _time(r.created_at),
                r.first_name,
                r.last_name,
                r.email,
                r.organisation,
                r.country,
                r.role,
                r.dietary_needs,
                r.accessibility_needs,
                r.language,
                r.consent_version,
                _time(r.consent_at),
                _time(r.checked_in_at),
            ]
            + [
                answer_text(kind, value, r.answers.get(block_id))
                for block_id, kind, value in questions
            ]
        )
    return header, body


def _filename(event, extension):
    return f"{slugify(event.title)[:60] or 'event'}-delegates.{extension}"


def csv_response(event, registrations) -> HttpResponse:
    header, body = rows(event, registrations)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[safe(v) for v in row] for row in body])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(event, "csv")}"'
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_response(event, registrations) -> HttpResponse:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, body = rows(event, registrations)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Delegates")[:31]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append([safe(v) for v in row])
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(event, "xlsx")}"'
    response["Cache-Control"] = "private, no-store"
    return response


def badges_pdf(event, registrations) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "events/pdf/badges.html",
        {"event": event, "registrations": list(registrations)},
    )
    return HTML(string=html).write_pdf()


def badges_response(event) -> HttpResponse:
    registrations = (
        Registration.objects.filter(event=event).confirmed().order_by("last_name", "first_name")
    )
    response = HttpResponse(badges_pdf(event, registrations), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{_filename(event, "badges.pdf")}"'
    response["Cache-Control"] = "private, no-store"
    return response
