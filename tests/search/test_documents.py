"""Documents are found by the words inside them, beside the pages, as one more kind."""

import datetime
import io

import docx
import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection
from weasyprint import HTML

from tests.factories import StandardPageFactory, UserFactory

from .helpers import search

pytestmark = pytest.mark.django_db


def pdf_bytes(text):
    return HTML(string=f"<html lang='en'><body><p>{text}</p></body></html>").write_pdf()


def docx_bytes(text):
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(text)
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(rows):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Budget lines"
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload(title, filename, content, collection=None, **fields):
    collection = collection or Collection.get_first_root_node()
    document = get_document_model()(title=title, collection=collection, **fields)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def test_a_pdf_and_a_word_file_are_found_by_the_words_inside_them(client, corpus):
    upload("Toolkit", "toolkit.pdf", pdf_bytes("A participatory budgeting toolkit for towns."))
    upload("Checklist", "checklist.docx", docx_bytes("Checklist for a citizens' jury <b>now</b>"))
    page = search(client, "participatory budgeting")
    assert page.titles == ["Toolkit"]
    result = page.soup.select_one(".search-result")
    assert "Document" in result.select_one(".kind").get_text()
    assert result.select_one(".file").get_text().startswith("PDF")
    marks = [m.get_text() for m in result.select(".extract mark")]
    assert marks == ["participatory", "budgeting"]
    jury = search(client, "jury")
    assert jury.titles == ["Checklist"]
    # Text from the file is escaped like any other extract.
    assert "<b>now</b>" not in jury.html and "&lt;b&gt;now&lt;/b&gt;" in jury.html


def test_documents_and_pages_are_ranked_together_by_the_same_relevance(client, corpus):
    filler = " ".join(["Minutes of the board, budget lines and staffing notes."] * 8)
    StandardPageFactory(parent=corpus.home, title="Lighthouse keepers", intro="Who keeps them.")
    StandardPageFactory(parent=corpus.home, title="Board papers", intro=f"{filler} Harbour.")
    upload("Annual accounts", "accounts.txt", f"{filler} Lighthouse.".encode())
    upload("Harbour survey", "survey.txt", b"What residents think of the port.")
    # A title match ranks above a passing mention, whichever is the page.
    assert search(client, "lighthouse").titles == ["Lighthouse keepers", "Annual accounts"]
    assert search(client, "harbour").titles == ["Harbour survey", "Board papers"]


def test_the_kind_and_year_facets_count_documents_and_taxonomies_leave_them_out(client, corpus):
    handout = upload("Workshop handout", "handout.txt", b"Notes on the strategy workshop.")
    get_document_model().objects.filter(pk=handout.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2022, 3, 1, 12))
    )
    page = search(client, "workshop")
    assert page.facet("kind")["document"] == 1
    assert page.facet("year")["2022"] == 1
    only_documents = search(client, "workshop", kind="document")
    assert only_documents.titles == ["Workshop handout"]
    assert only_documents.count == 1
    assert search(client, "workshop", kind="document", year="2022").count == 1
    assert search(client, "workshop", kind="document", year="2023").count == 0
    themed = search(client, "workshop", theme="participation")
    assert "Workshop handout" not in themed.titles
    assert "document" not in themed.facet("kind")  # a choice with nothing is not offered
    both = search(client, "workshop", kind=["document", "guide"])
    assert set(both.titles) == {
        "Workshop handout",
        "Strategy workshop with citizens",
        "Action learning sets",
    }


def test_with_no_words_documents_are_listed_with_the_pages_newest_first(client, corpus):
    upload("Annual report", "annual.txt", b"The year in review.", language="fr")
    page = search(client)
    assert page.titles[0] == "Annual report"  # uploaded just now: the newest
    assert page.count == page.facet("kind")["document"] + sum(
        n for kind, n in page.facet("kind").items() if kind != "document"
    )
    first = page.soup.select_one(".search-result")
    assert first.select_one(".language").get_text() == "Français"
    assert first.select_one("article")["lang"] == "fr"


@pytest.mark.parametrize(
    "params, listed",
    [
        ({}, 16),  # the six pages of the corpus, nine more, the document
        ({"kind": "guide"}, {"Action learning sets", "Strategy workshop with citizens"}),
        (
            {"kind": ["guide", "document"]},
            {"Action learning sets", "Strategy workshop with citizens", "Workshop handout"},
        ),
        ({"year": "2022"}, {"Workshop handout"}),
        ({"kind": "document", "year": "2023"}, set()),
        (
            {"theme": "leadership"},
            {"Action learning sets", "Learning partnerships in public services"},
        ),
        (
            {"theme": "leadership", "kind": ["publication", "document"]},
            {"Learning partnerships in public services"},
        ),
    ],
)
def test_with_no_words_the_count_is_every_result_listed(client, corpus, params, listed):
    """Counted with the facets (no query of its own), the count is what the pages list."""
    handout = upload("Workshop handout", "handout.txt", b"Notes on the strategy workshop.")
    get_document_model().objects.filter(pk=handout.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2022, 3, 1, 12))
    )
    for n in range(9):
        StandardPageFactory(parent=corpus.home, title=f"Meeting notes {n}", slug=f"notes-{n}")
    page = search(client, **params)
    titles = page.titles
    if page.soup.select_one('.pagination a[rel="next"]'):
        titles += search(client, page="2", **params).titles
    if isinstance(listed, int):
        assert len(titles) == listed and "Workshop handout" in titles  # the oldest: last
    else:
        assert set(titles) == listed
    assert page.count == len(titles) == len(set(titles))


def test_with_no_words_pages_and_documents_interleave_newest_first_on_every_page(client, corpus):
    from wagtail.models import Page

    base = timezone.now() - datetime.timedelta(days=1)
    for n in range(12):
        note = StandardPageFactory(parent=corpus.home, title=f"Meeting notes {n}", slug=f"n-{n}")
        when = base + datetime.timedelta(minutes=n)
        Page.objects.filter(pk=note.pk).update(first_published_at=when, last_published_at=when)
    for title, minutes in (("Minutes A", 10.5), ("Minutes B", 2.5)):
        document = upload(title, f"{title}.txt", b"Minutes of the meeting.")
        get_document_model().objects.filter(pk=document.pk).update(
            created_at=base + datetime.timedelta(minutes=minutes)
        )
    first, second = search(client), search(client, page="2")
    assert first.count == 20  # the six pages of the corpus, published now, come first
    assert first.titles[6:] == [
        "Meeting notes 11",
        "Minutes A",
        "Meeting notes 10",
        "Meeting notes 9",
    ]
    assert second.titles == [
        *(f"Meeting notes {n}" for n in range(8, 2, -1)),
        "Minutes B",
        "Meeting notes 2",
        "Meeting notes 1",
        "Meeting notes 0",
    ]


def test_replacing_the_file_replaces_the_words_found(client, corpus):
    document = upload("Minutes", "minutes.txt", b"Minutes about the harbour project.")
    assert search(client, "harbour").titles == ["Minutes"]
    document.file.save("minutes-v2.txt", ContentFile(b"Minutes about the railway project."))
    assert search(client, "harbour").count == 0
    assert search(client, "railway").titles == ["Minutes"]


def test_a_damaged_file_is_stored_and_found_by_its_title(client, corpus):
    document = upload("Broken scan", "scan.pdf", b"%PDF-1.4 this is not really a pdf")
    assert document.text == ""
    assert search(client, "broken scan").titles == ["Broken scan"]


def test_an_editor_uploads_a_pdf_in_the_admin_and_visitors_find_it(client, corpus):
    editor = UserFactory(email="comms@praxis.example", is_staff=True, is_superuser=True)
    client.force_login(editor)
    upload_file = ContentFile(pdf_bytes("Guidance on scenario planning."), name="scenarios.pdf")
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Scenario planning guidance",
            "file": upload_file,
            "collection": Collection.get_first_root_node().pk,
            "language": "de",
        },
    )
    assert response.status_code == 302
    stored = get_document_model().objects.get(title="Scenario planning guidance")
    assert "scenario planning" in stored.text.lower() and stored.language == "de"
    client.logout()
    page = search(client, "scenario planning")
    assert page.titles == ["Scenario planning guidance"]
    assert page.soup.select_one(".search-result .language").get_text() == "Deutsch"


def test_a_deleted_document_is_no_longer_found(client, corpus):
    document = upload("Harbour survey", "survey.txt", b"What residents think of the port.")
    assert search(client, "harbour").titles == ["Harbour survey"]
    document.delete()
    assert search(client, "harbour").count == 0


def test_the_search_box_suggests_document_titles_beside_page_titles(client, corpus):
    toolkit = upload("Strategy toolkit", "toolkit.txt", b"Worksheets for a strategy day.")
    response = client.get("/en/search/suggest/", {"q": "strat"})
    suggestions = {s["title"]: s for s in response.json()["suggestions"]}
    assert suggestions["Strategy toolkit"]["url"] == toolkit.url
    assert suggestions["Strategy toolkit"]["kind"] == "Document"
    assert "Strategy workshop with citizens" in suggestions


def test_a_spreadsheet_is_found_by_the_values_in_its_cells(client, corpus):
    rows = [["Municipality", "Participatory budget (EUR)"], ["Tartu", 120000], ["Gdansk", None]]
    upload("Figures 2025", "figures.xlsx", xlsx_bytes(rows))
    assert search(client, "gdansk").titles == ["Figures 2025"]
    assert search(client, "participatory budget").titles == ["Figures 2025"]
    assert search(client, "budget lines").titles == ["Figures 2025"]  # the sheet's name


def pptx_bytes(title, body, notes):
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = title
    slide.placeholders[1].text = body
    table = slide.shapes.add_table(1, 2, Inches(1), Inches(5), Inches(4), Inches(1)).table
    table.cell(0, 0).text = "Rovaniemi"
    slide.notes_slide.notes_text_frame.text = notes
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def opendocument_bytes(kind, text):
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import (
        OpenDocumentPresentation,
        OpenDocumentSpreadsheet,
        OpenDocumentText,
    )
    from odf.style import MasterPage, PageLayout
    from odf.table import Table, TableCell, TableRow
    from odf.text import H, P

    if kind == "odt":
        document = OpenDocumentText()
        document.text.addElement(H(outlinelevel=1, text="Minutes"))
        document.text.addElement(P(text=text))
    elif kind == "ods":
        document = OpenDocumentSpreadsheet()
        table, row, cell = Table(name="Pilots"), TableRow(), TableCell()
        cell.addElement(P(text=text))
        row.addElement(cell)
        table.addElement(row)
        document.spreadsheet.addElement(table)
    else:
        document = OpenDocumentPresentation()
        layout = PageLayout(name="Layout")
        document.automaticstyles.addElement(layout)
        master = MasterPage(name="Master", pagelayoutname=layout)
        document.masterstyles.addElement(master)
        page = Page(masterpagename=master)
        frame = Frame(width="20cm", height="5cm", x="1cm", y="1cm")
        box = TextBox()
        box.addElement(P(text=text))
        frame.addElement(box)
        page.addElement(frame)
        document.presentation.addElement(page)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def test_slides_are_found_by_their_text_tables_and_speaker_notes(client, corpus):
    upload("Kick-off", "kickoff.pptx", pptx_bytes("Foresight day", "Scenario cards", "Ask Oulu"))
    for words in ("foresight", "scenario cards", "rovaniemi", "oulu"):
        assert search(client, words).titles == ["Kick-off"], words


@pytest.mark.parametrize(
    "kind, words",
    [("odt", "Minutes of the Tallinn panel"), ("ods", "Kaunas"), ("odp", "Vilnius roadmap")],
)
def test_opendocument_files_are_found_by_the_words_inside_them(client, corpus, kind, words):
    upload("Shared file", f"shared.{kind}", opendocument_bytes(kind, words))
    assert search(client, words.split()[-1]).titles == ["Shared file"]


def odt_with_margins_bytes():
    """A text with a footnote, a reviewer's comment and a deleted tracked change."""
    from odf.dc import Creator, Date
    from odf.namespaces import XMLNS
    from odf.office import Annotation, ChangeInfo
    from odf.opendocument import OpenDocumentText
    from odf.text import (
        Change,
        ChangedRegion,
        Deletion,
        Note,
        NoteBody,
        NoteCitation,
        P,
        TrackedChanges,
    )

    document = OpenDocumentText()
    changes, region, deletion = (
        TrackedChanges(),
        ChangedRegion(qattributes={(XMLNS, "id"): "ct1"}),
        Deletion(),
    )
    info = ChangeInfo()
    info.addElement(Creator(text="Reviewer Ingrid"))
    info.addElement(Date(text="2026-05-01T10:00:00"))
    deletion.addElement(info)
    deletion.addElement(P(text="Confidential salary figures"))
    region.addElement(deletion)
    changes.addElement(region)
    document.text.addElement(changes)
    paragraph = P(text="Tallinn")
    note, body = Note(id="ftn1", noteclass="footnote"), NoteBody()
    note.addElement(NoteCitation(text="1"))
    body.addElement(P(text="Source: harbour statistics"))
    note.addElement(body)
    paragraph.addElement(note)
    paragraph.addText(" ferry timetable ")
    comment = Annotation()
    comment.addElement(Creator(text="Editor Jaan"))
    comment.addElement(P(text="Compare with Narva"))
    paragraph.addElement(comment)
    paragraph.addElement(Change(changeid="ct1"))
    document.text.addElement(paragraph)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def test_a_text_is_found_by_its_words_and_footnotes_not_by_comments_or_deleted_changes(
    client, corpus
):
    upload("Ferry notes", "ferry.odt", odt_with_margins_bytes())
    for words in ("tallinn", "harbour statistics", "ferry timetable"):
        assert search(client, words).titles == ["Ferry notes"], words
    for words in ("confidential salary", "ingrid", "jaan", "narva"):
        assert search(client, words).titles == [], words


@pytest.mark.parametrize("kind", ["odt", "pptx", "docx"])
def test_an_office_file_that_unpacks_to_far_more_is_stored_and_found_by_title_only(
    client, corpus, kind
):
    import zipfile

    from cms import document_text

    if kind == "odt":
        content = opendocument_bytes("odt", "Vilnius roadmap")
    elif kind == "pptx":
        content = pptx_bytes("Vilnius roadmap", "Scenario cards", "Ask Oulu")
    else:
        content = docx_bytes("Vilnius roadmap")
    bloated = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as original,
        zipfile.ZipFile(bloated, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for part in original.infolist():
            archive.writestr(part, original.read(part.filename))
        # Zeros compress a thousandfold: a small upload, a huge part once unpacked.
        archive.writestr("padding.xml", b"\0" * (document_text.MAX_PART + 1))
    assert len(bloated.getvalue()) < 100_000
    document = upload("Bloated plan", f"plan.{kind}", bloated.getvalue())
    assert document.text == ""
    assert search(client, "vilnius").titles == []
    assert search(client, "bloated plan").titles == ["Bloated plan"]


def test_slides_whose_notes_placeholder_was_deleted_are_still_found_by_their_text(client, corpus):
    from pptx import Presentation

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Klaipeda harbour"
    placeholder = slide.notes_slide.notes_placeholder._element
    placeholder.getparent().remove(placeholder)  # as some editors save notes pages
    buffer = io.BytesIO()
    presentation.save(buffer)
    upload("Harbour talk", "harbour.pptx", buffer.getvalue())
    assert search(client, "klaipeda").titles == ["Harbour talk"]
