"""What the visitor typed, made safe for every backend.

A query is reduced to its words (letters and digits in any script, after
Unicode normalisation); quotes, stars, colons, brackets and operators such as
``AND`` are not syntax here, so nothing a visitor types can break a backend's
query language. Very long queries are cut to ``MAX_TERMS`` words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARS = 300
MAX_TERMS = 12
MAX_TERM_CHARS = 40

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchQuery:
    raw: str
    terms: tuple[str, ...]

    @property
    def text(self) -> str:
        """The words joined by spaces: what backends are given."""
        return " ".join(self.terms)

    def __bool__(self) -> bool:
        return bool(self.terms)


def parse(raw: str | None) -> SearchQuery:
    raw = (raw or "")[:2000]
    text = unicodedata.normalize("NFKC", raw)
    # Drop control, format (zero-width, bidi) and unassigned characters.
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} else ch for ch in text
    )[:MAX_QUERY_CHARS]
    terms = []
    for match in _WORD.finditer(text):
        word = match.group().replace("_", " ").strip()
        for part in word.split():
            part = part[:MAX_TERM_CHARS].casefold()
            if part and part not in terms:
                terms.append(part)
    return SearchQuery(raw=" ".join(raw.split())[:MAX_QUERY_CHARS], terms=tuple(terms[:MAX_TERMS]))
