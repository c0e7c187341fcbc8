"""The words inside an uploaded document, so the site search finds it by what it says.

PDF text comes from pypdf, Word (.docx) text from python-docx, Excel (.xlsx)
cell values from openpyxl, PowerPoint (.pptx) slides and speaker notes from
python-pptx, OpenDocument text, spreadsheets and presentations (.odt, .ods,
.odp) from odfpy; plain text and CSV are decoded. Other formats (older binary
Office files, archives) are found by their title and tags only.
Extraction is bounded (pages and characters) so a very long upload cannot stall
the editor who saved it, and a damaged file gives no text rather than an error:
the upload itself is what matters.
"""

from __future__ import annotations

import io
import logging
from pathlib import PurePath

logger = logging.getLogger(__name__)

MAX_PAGES = 200
MAX_CHARS = 100_000
MAX_BYTES = 50 * 1024 * 1024


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    texts, size = [], 0
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        texts.append(text)
        size += len(text)
        if size >= MAX_CHARS:
            break
    return "\n".join(texts)


def _docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return "\n".join(texts)


def _xlsx(data: bytes) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    texts, size = [], 0
    try:
        for sheet in workbook.worksheets:
            texts.append(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                line = " ".join(str(value) for value in row if value not in (None, ""))
                texts.append(line)
                size += len(line)
                if size >= MAX_CHARS:
                    return "\n".join(texts)
    finally:
        workbook.close()
    return "\n".join(texts)


def _pptx(data: bytes) -> str:
    from pptx import Presentation

    def shape_texts(shapes):
        for shape in shapes:
            if shape.shape_type is not None and hasattr(shape, "shapes"):  # a group
                yield from shape_texts(shape.shapes)
            if getattr(shape, "has_text_frame", False):
                yield shape.text_frame.text
            if getattr(shape, "has_table", False):
                for row in shape.table.rows:
                    yield from (cell.text for cell in row.cells)

    texts, size = [], 0
    for slide in list(Presentation(io.BytesIO(data)).slides)[:MAX_PAGES]:
        parts = list(shape_texts(slide.shapes))
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
        texts.extend(parts)
        size += sum(map(len, parts))
        if size >= MAX_CHARS:
            break
    return "\n".join(texts)


def _opendocument(data: bytes) -> str:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    texts, size = [], 0

    def walk(node):
        # Paragraphs and headings, in reading order, hold the words of text
        # documents, of spreadsheet cells and of presentation frames alike.
        nonlocal size
        for child in node.childNodes:
            if size >= MAX_CHARS:
                return
            if getattr(child, "qname", None) in ((TEXTNS, "p"), (TEXTNS, "h")):
                text = teletype.extractText(child)
                texts.append(text)
                size += len(text)
            elif child.childNodes:
                walk(child)

    walk(load(io.BytesIO(data)).body)
    return "\n".join(texts)


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


READERS = {
    ".pdf": _pdf,
    ".docx": _docx,
    ".xlsx": _xlsx,
    ".pptx": _pptx,
    ".odt": _opendocument,
    ".ods": _opendocument,
    ".odp": _opendocument,
    ".txt": _plain,
    ".csv": _plain,
}


def can_extract(filename: str) -> bool:
    return PurePath(filename or "").suffix.lower() in READERS


def extract_text(fieldfile) -> str:
    """The text of an uploaded file, whitespace collapsed, at most ``MAX_CHARS`` characters."""
    reader = READERS.get(PurePath(fieldfile.name or "").suffix.lower())
    if reader is None:
        return ""
    try:
        was_closed = fieldfile.closed
        fieldfile.open("rb")
        try:
            fieldfile.seek(0)
            data = fieldfile.read(MAX_BYTES + 1)
        finally:
            if was_closed:
                fieldfile.close()
            else:
                fieldfile.seek(0)
        if len(data) > MAX_BYTES:
            return ""
        text = reader(data)
    except Exception:  # noqa: BLE001 - a damaged upload is stored, just not searched by content
        logger.warning("No text could be read from %s", fieldfile.name, exc_info=True)
        return ""
    text = " ".join(text.replace("\x00", " ").split())
    return text[:MAX_CHARS]
