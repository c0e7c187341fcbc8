"""The words inside an uploaded document, so the site search finds it by what it says.

PDF text comes from pypdf, Word (.docx) text from python-docx, Excel (.xlsx)
cell values from openpyxl, PowerPoint (.pptx) slides and speaker notes from
python-pptx, OpenDocument text, spreadsheets and presentations (.odt, .ods,
.odp) from their ``content.xml`` with lxml; plain text and CSV are decoded.
Other formats (older binary Office files, archives) are found by their title
and tags only.
Extraction is bounded (pages, characters, and the unpacked size of Office
files, which are zip archives) so a very long upload or a zip bomb cannot stall
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
    from pptx.oxml.ns import qn

    # Every paragraph of a slide's XML, in order: shapes, groups and tables
    # alike, and shapes python-pptx has no class for (ink) cannot stop the rest.
    text_tags = (qn("a:t"), qn("a:br"))

    def paragraphs(element):
        for paragraph in element.iter(qn("a:p")):
            pieces = paragraph.iter(*text_tags)
            yield "".join(" " if t.tag == text_tags[1] else (t.text or "") for t in pieces)

    texts, size = [], 0
    for slide in list(Presentation(io.BytesIO(data)).slides)[:MAX_PAGES]:
        parts = list(paragraphs(slide.element))
        notes = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        if notes is not None:  # None when the notes placeholder was deleted
            parts.append(notes.text)
        texts.extend(parts)
        size += sum(map(len, parts))
        if size >= MAX_CHARS:
            break
    return "\n".join(texts)


# OpenDocument (.odt, .ods, .odp): the words are in ``content.xml``, read here
# with lxml (no entities resolved, nothing fetched) rather than odfpy's loader,
# which also reads every picture and prints unreadable XML to standard output.
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_BLOCKS = {f"{_TEXT}p", f"{_TEXT}h"}
# Not for readers: comments (with their authors), deleted tracked changes, the
# number of a footnote (its text is read as a paragraph of its own).
_SKIPPED = {
    f"{_OFFICE}annotation",
    f"{_OFFICE}annotation-end",
    f"{_TEXT}tracked-changes",
    f"{_TEXT}note-citation",
}
_SPACE, _GAPS = f"{_TEXT}s", {f"{_TEXT}tab", f"{_TEXT}line-break"}


def _opendocument(data: bytes) -> str:
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    body = etree.fromstring(content, parser).find(f"{_OFFICE}body")
    texts, size = [], 0

    def inline(element, pieces):
        for child in element:
            if child.tag in _SKIPPED:
                pass
            elif child.tag in _BLOCKS:  # a paragraph in a frame or a footnote
                block(child)
            elif child.tag == _SPACE:
                pieces.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
            elif child.tag in _GAPS:
                pieces.append(" ")
            else:  # spans, links, fields
                pieces.append(child.text or "")
                inline(child, pieces)
            pieces.append(child.tail or "")

    def block(element):
        nonlocal size
        pieces = [element.text or ""]
        inline(element, pieces)
        text = "".join(pieces)
        texts.append(text)
        size += len(text)

    def walk(element):
        # Paragraphs and headings, in reading order, hold the words of text
        # documents, of spreadsheet cells and of presentation frames alike.
        for child in element:
            if size >= MAX_CHARS:
                return
            if not isinstance(child.tag, str) or child.tag in _SKIPPED:
                continue
            if child.tag in _BLOCKS:
                block(child)
            elif child.tag == f"{_TABLE}table-cell" and len(child) == 0:
                value = child.get(f"{_OFFICE}value") or child.get(f"{_OFFICE}date-value")
                if value:  # a cell holding a value and no text
                    texts.append(value)
            else:
                walk(child)

    if body is not None:
        walk(body)
    return "\n".join(texts)


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


# Office files are zip archives: a small upload may unpack to gigabytes.
ZIPPED = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"}
MAX_UNZIPPED = 200 * 1024 * 1024  # all parts together
MAX_PART = 20 * 1024 * 1024  # any one XML part (the text, a slide, a sheet)


def _unzips_within_bounds(data: bytes) -> bool:
    """Whether the archive's parts, by their declared sizes, stay within the bounds.

    ``zipfile`` never returns more than a part's declared size, so the check holds
    for whatever the readers then unpack.
    """
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
    if sum(part.file_size for part in parts) > MAX_UNZIPPED:
        return False
    return all(part.file_size <= MAX_PART for part in parts if part.filename.endswith(".xml"))


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
    suffix = PurePath(fieldfile.name or "").suffix.lower()
    reader = READERS.get(suffix)
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
        if suffix in ZIPPED and not _unzips_within_bounds(data):
            logger.warning("%s unpacks to more than its reader takes: not read", fieldfile.name)
            return ""
        text = reader(data)
    except Exception:  # noqa: BLE001 - a damaged upload is stored, just not searched by content
        logger.warning("No text could be read from %s", fieldfile.name, exc_info=True)
        return ""
    text = " ".join(text.replace("\x00", " ").split())
    return text[:MAX_CHARS]
