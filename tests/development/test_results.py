"""Results as people take them away: chart and table agree; PDF, XLSX and CSV carry the scores."""

import csv
import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from development.models import Answer

from .factories import RoundFactory, answer_round, make_framework, statements_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(people):
    # A third criterion, answered "don't know" by everyone, so the chart (three axes at
    # least) is drawn; the first two give the hand-computed figures of test_scoring.
    framework = make_framework(
        slug="three",
        name="Renewal capability",
        criteria=[("1", "Leadership", "", 2), ("2", "Learning", "", 2), ("3", "Voice", "", 1)],
    )
    s11, s12, s21, s22, s31 = statements_of(framework)
    round = RoundFactory(agency=people.agency, framework=framework, title="Spring")
    answer_round(
        round,
        {
            people.coordinator: {s11: 4, s12: 2, s21: 1, s22: "dk", s31: "dk"},
            people.member: {s11: 3, s12: 3, s21: "dk", s22: "dk", s31: "dk"},
            people.staff: {s11: 0, s12: "dk", s21: 2, s22: 4, s31: "dk"},
        },
        {s11: 3, s12: 2, s21: "dk", s22: 3, s31: "dk"},
        submit=True,
    )
    Answer.objects.filter(response__respondent=people.member, statement=s11).update(
        note='=HYPERLINK("http://evil.example")'
    )
    return round


def test_the_chart_and_the_table_carry_the_same_numbers(people, submitted, client):
    client.force_login(people.member)
    html = client.get(reverse("development:results", args=[people.agency.pk])).text
    svg = re.search(r"<svg class=\"radar\".*?</svg>", html, re.S).group(0)
    in_chart = dict(
        re.findall(r'<tspan class="value"[^>]*data-code="([^"]+)">([^<]+)</tspan>', svg)
    )
    in_table = dict(
        re.findall(r'<tr data-code="([^"]+)">.*?<td class="number score">([^<]+)</td>', html, re.S)
    )
    assert in_chart == in_table == {"1": "62.5", "2": "75.0", "3": "–"}
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert (
        "1 Leadership: 62.5; 2 Learning: 75.0; 3 Voice: –" in svg
    )  # the description says it in words


def test_the_chart_and_table_agree_in_french_number_format(people, submitted, client):
    client.force_login(people.member)
    html = client.get(
        reverse("development:results", args=[people.agency.pk]).replace("/en/", "/fr/")
    ).text
    chart = dict(re.findall(r'<tspan class="value"[^>]*data-code="([^"]+)">([^<]+)</tspan>', html))
    table = dict(
        re.findall(r'<tr data-code="([^"]+)">.*?<td class="number score">([^<]+)</td>', html, re.S)
    )
    assert chart == table == {"1": "62,5", "2": "75,0", "3": "–"}


def test_the_pdf_report_carries_the_scores(people, submitted, client):
    client.force_login(people.member)
    response = client.get(reverse("development:report_pdf", args=[people.agency.pk, submitted.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in (
        "Ville de Lyon",
        "Renewal capability",
        "62.5",
        "75.0",
        "68.8",
        "Leadership statement 1",
    ):
        assert expected in text, expected


def test_the_pdf_report_is_in_the_readers_language(people, submitted, client):
    client.force_login(people.member)
    url = reverse("development:report_pdf", args=[people.agency.pk, submitted.pk])
    response = client.get(url.replace("/en/", "/fr/"))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Rapport d'auto-évaluation" in text and "62,5" in text


def test_the_excel_export_carries_scores_and_numbered_respondents(people, submitted, client):
    client.force_login(people.coordinator)
    response = client.get(
        reverse("development:answers_xlsx", args=[people.agency.pk, submitted.pk])
    )
    workbook = load_workbook(io.BytesIO(response.content))
    criteria = list(workbook["Criteria"].values)
    assert criteria[1][:3] == ("1", "Leadership", 62.5)
    assert criteria[2][:3] == ("2", "Learning", 75)
    answers = list(workbook["Answers"].values)
    assert answers[0][0] == "Respondent"
    assert {row[0] for row in answers[1:]} == {1, 2, 3}
    everything = " ".join(str(v) for sheet in workbook for row in sheet.values for v in row)
    for name in ("Claire", "Yves", "claire@lyon.example", "staff@praxis.example"):
        assert name not in everything
    assert "'=HYPERLINK" in everything  # a formula is neutralised


def test_the_csv_export_numbers_respondents_and_neutralises_formulas(people, submitted, client):
    client.force_login(people.coordinator)
    response = client.get(reverse("development:answers_csv", args=[people.agency.pk, submitted.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Respondent", "Criterion", "Statement code"]
    assert {row[0] for row in rows[1:]} == {"1", "2", "3"}
    assert len(rows) - 1 == 15  # every answer, "don't know" included
    assert any(row[-1] == '\'=HYPERLINK("http://evil.example")' for row in rows)
    assert "Yves" not in response.content.decode("utf-8-sig")
    assert response["Cache-Control"] == "private, no-store"


def test_a_note_with_control_characters_still_exports(people, client):
    """Word pastes a vertical tab for a line break; openpyxl refuses such characters."""
    round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(round, {people.member: {}})
    s11, *_ = statements_of(people.framework)
    client.force_login(people.member)
    answer = reverse("development:answer", args=[people.agency.pk, round.pk])
    client.post(answer, {f"s{s11.pk}": "2", f"n{s11.pk}": "Budget\x0bplan\x1b", "action": "save"})
    assert Answer.objects.get(statement=s11).note.startswith("Budget")
    client.force_login(people.coordinator)
    client.raise_request_exception = False
    xlsx = client.get(reverse("development:answers_xlsx", args=[people.agency.pk, round.pk]))
    assert xlsx.status_code == 200
    notes = [row[-1] for row in load_workbook(io.BytesIO(xlsx.content))["Answers"].values]
    assert "Budgetplan" in notes
    csv_file = client.get(reverse("development:answers_csv", args=[people.agency.pk, round.pk]))
    assert csv_file.status_code == 200 and "Budgetplan" in csv_file.content.decode()
