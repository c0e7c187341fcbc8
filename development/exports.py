"""The answers of a round as CSV and XLSX, respondents numbered, never named.

Respondents are numbered in the order of a random token each response got
when the person was invited, so the numbers say nothing about who answered
first or was invited first; the same person has the same number in both
files. Cells a spreadsheet would run as a formula are neutralised (OWASP's
advice against CSV injection), as in the events' exports.
"""

from __future__ import annotations

import csv
import io
import re

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Answer, AssessmentRound, Response
from .report import Report
from .results import FrameworkText

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML (and so XLSX) cannot carry; openpyxl refuses them. Word
# pastes a vertical tab for a line break into a note.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe(value):
    if isinstance(value, str):
        value = CONTROL.sub("", value)
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def answer_rows(round: AssessmentRound, text: FrameworkText) -> tuple[list[str], list[list]]:
    numbers = {
        pk: n
        for n, pk in enumerate(
            Response.objects.filter(round=round).order_by("token").values_list("pk", flat=True),
            start=1,
        )
    }
    statements = {s.pk: (c, s) for c in text.criteria for s in c.statements}
    order = {s.pk: i for i, s in enumerate(text.statements)}
    header = [
        _("Respondent"),
        _("Criterion"),
        _("Statement code"),
        _("Statement"),
        _("Level"),
        _("Level label"),
        _("Don't know"),
        _("Score (0–100)"),
        _("Evidence note"),
    ]
    body = []
    answers = Answer.objects.filter(response__round=round).values_list(
        "response_id", "statement_id", "level", "dont_know", "note"
    )
    for response_id, statement_id, level, dont_know, note in sorted(
        answers, key=lambda a: (numbers.get(a[0], 0), order.get(a[1], 0))
    ):
        if statement_id not in statements:
            continue
        criterion, statement = statements[statement_id]
        score = text.structure.score(level) if level is not None else None
        body.append(
            [
                numbers.get(response_id),
                criterion.code,
                statement.code,
                statement.text,
                level if level is not None else "",
                text.level_label(level) if level is not None else "",
                _("yes") if dont_know else "",
                round_score(score),
                note,
            ]
        )
    return header, body


def round_score(score):
    return "" if score is None else round(score, 1)


def filename(round: AssessmentRound, extension: str) -> str:
    name = slugify(f"{round.agency.name} {round.label}")[:80] or "round"
    return f"{name}-answers.{extension}"


def _attachment(response: HttpResponse, name: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


def csv_response(round: AssessmentRound, text: FrameworkText) -> HttpResponse:
    header, body = answer_rows(round, text)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[safe(v) for v in row] for row in body])
    return _attachment(
        HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8"),
        filename(round, "csv"),
    )


def xlsx_response(round: AssessmentRound, report: Report) -> HttpResponse:
    """Three sheets: the criteria's scores, the consensus per statement, every answer."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    criteria = workbook.active
    criteria.title = _("Criteria")[:31]
    criteria.append(
        [
            _("Criterion"),
            _("Title"),
            _("Score (0–100)"),
            _("Individual mean"),
            _("Spread (standard deviation)"),
            _("Respondents"),
        ]
    )
    for row, result in zip(report.rows, report.result.criteria, strict=True):
        criteria.append(
            [
                row.code,
                safe(row.title),
                round_score(result.score),
                round_score(result.individual_mean),
                round_score(result.spread),
                result.respondents,
            ]
        )
    consensus = workbook.create_sheet(_("Consensus")[:31])
    consensus.append(
        [_("Criterion"), _("Statement code"), _("Statement"), _("Consensus"), _("Score (0–100)")]
    )
    for section in report.sections:
        for statement in section.statements:
            consensus.append(
                [
                    section.code,
                    statement.code,
                    safe(statement.text),
                    safe(statement.consensus),
                    round_score(statement.score_value),
                ]
            )
    answers = workbook.create_sheet(_("Answers")[:31])
    header, body = answer_rows(round, report.text)
    answers.append(header)
    for row in body:
        answers.append([safe(v) for v in row])
    for sheet in workbook.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _attachment(
        HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        filename(round, "xlsx"),
    )
