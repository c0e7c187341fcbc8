"""Extracts with the matched words highlighted, escaped before they are marked.

The text comes from the page's own searchable fields (rich text and
StreamFields reduced to plain text); it is escaped first and only then are
the matches wrapped in ``<mark>``, so no markup from the content or from the
query ever reaches the page unescaped.
"""

from __future__ import annotations

import html
import re
import unicodedata

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField
from wagtail.search import index

EXTRACT_CHARS = 240
# Fields read first for the extract: the short ones written to be read in listings.
LEAD_FIELDS = ("summary", "lead", "abstract", "intro", "search_description")


def _plain(value, rich=False) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_plain(v, rich) for v in value)
    if hasattr(value, "stream_block"):  # a StreamValue: blocks give their text
        return " ".join(value.stream_block.get_searchable_content(value))
    text = str(value)
    if rich:  # rich text is HTML; plain fields are text, shown as typed (escaped)
        text = html.unescape(strip_tags(text))
    return " ".join(text.split())


def _is_rich(page, name) -> bool:
    try:
        return isinstance(page._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False


def page_text(page) -> list[str]:
    """The page's searchable text, lead fields first, one string per field."""
    fields = [f for f in page.get_search_fields() if isinstance(f, index.SearchField)]
    names = [f.field_name for f in fields if f.field_name != "title"]
    ordered = [n for n in LEAD_FIELDS if n in names or hasattr(page, n)]
    ordered += [n for n in names if n not in ordered]
    texts = []
    for name in dict.fromkeys(ordered):
        try:
            value = getattr(page, name, None)
        except Exception:  # noqa: BLE001 - an extract is never worth an error page
            continue
        if callable(value) or hasattr(value, "all"):
            continue
        text = _plain(value, _is_rich(page, name))
        if text:
            texts.append(text)
    return texts


def _fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` with the same length."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0].casefold()
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def _pattern(terms):
    words = sorted({_fold(t) for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")", re.UNICODE)


def extract(page, terms, length=EXTRACT_CHARS):
    """A short, escaped passage of ``page`` around the first match, matches in ``<mark>``."""
    return extract_from(page_text(page), terms, length)


def extract_from(texts, terms, length=EXTRACT_CHARS):
    """A short, escaped passage of the first of ``texts`` that matches, matches in ``<mark>``."""
    texts = [text for text in texts if text]
    if not texts:
        return ""
    pattern = _pattern(terms)
    chosen, match = texts[0], None
    if pattern is not None:
        for text in texts:
            match = pattern.search(_fold(text))
            if match:
                chosen = text
                break
    start = 0
    if match and match.start() > length // 3:
        start = chosen.rfind(" ", 0, match.start() - length // 3) + 1
    end = min(len(chosen), start + length)
    if end < len(chosen):
        space = chosen.rfind(" ", start, end)
        end = space if space > start else end
    passage = chosen[start:end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(chosen) else ""
    return mark_safe(prefix + mark(passage, terms) + suffix)  # noqa: S308 - escaped by mark()


def mark(text: str, terms) -> str:
    """``text`` escaped, with every word starting with a term wrapped in ``<mark>``."""
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    folded = _fold(text)
    pieces, last = [], 0
    for found in pattern.finditer(folded):
        # Extend to the end of the word so "workshop" marks "workshops" whole.
        end = found.end()
        while end < len(text) and text[end].isalnum():
            end += 1
        pieces.append(escape(text[last : found.start()]))
        pieces.append("<mark>" + escape(text[found.start() : end]) + "</mark>")
        last = end
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
