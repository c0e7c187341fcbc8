"""The words inside an uploaded document, so the site search finds it by what it says.

PDF text comes from pypdf, Word (.docx) text from python-docx, Excel (.xlsx)
cell values from openpyxl; plain text and CSV are decoded. Other formats
(slides, OpenDocument, archives) are found by their title and tags only.
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


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


READERS = {".pdf": _pdf, ".docx": _docx, ".xlsx": _xlsx, ".txt": _plain, ".csv": _plain}


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
