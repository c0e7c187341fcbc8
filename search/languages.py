"""How the words of a page, and of a search, are read in each language.

Every backend (SQLite, PostgreSQL, an Elasticsearch/OpenSearch cluster) is
given text already read here, by one chain, so a word finds the same pages
wherever the index lives:

1. words are letters and digits in any script (``l'État`` is ``l`` and ``État``);
2. accents and case fold away (``État`` → ``etat``, ``Führung`` → ``fuhrung``,
   ``usługi`` → ``uslugi``), before anything else, so ``strategie`` always
   meets ``stratégie``;
3. the language's stop words (and single letters) are dropped;
4. each word is reduced to its stem by the Snowball stemmer of the language
   (``learned``, ``learning`` → ``learn``; ``Führungskräfte``,
   ``Führungskraft`` → ``fuhrungskraft``).

A page is read in its own language (its locale; a document in the language
its editor chose); a search in the language of the site it is asked on, so a
French query is never stemmed as English. A language without a Snowball
stemmer (Bulgarian, Croatian, Latvian, Maltese, Slovak, Slovenian) keeps whole
words, folded; one without a stop-word list keeps every word.

Besides the stems, what is indexed keeps each word whole (folded) when its
stem differs: a French visitor who types an English title's exact words still
finds the untranslated English guide listed on the French site, and an exact
word ranks above a mere shared stem.

Stop words are the Snowball project's lists (as PostgreSQL ships them) for
da, de, en, es, fi, fr, hu, it, nl, pt and sv, with "estado(s)" (the State)
taken out of the Spanish one; short lists written for cs, pl and ro; in
``search/stopwords/<code>.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from django.conf import settings

STOPWORDS_DIR = Path(__file__).resolve().parent / "stopwords"

# Language code -> Snowball stemmer. Every official EU language is listed;
# None keeps whole words (no stemmer for it).
STEMMERS = {
    "bg": None,
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hr": None,
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "lv": None,
    "mt": None,
    "nl": "dutch",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "sk": None,
    "sl": None,
    "sv": "swedish",
}

_WORD = re.compile(r"\w+", re.UNICODE)
# Letters that do not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


@dataclass(frozen=True)
class Term:
    """One word of a search: its stem in the search's language, and the word itself, folded."""

    stem: str
    word: str

    @property
    def forms(self) -> tuple[str, ...]:
        """What an indexed page may hold for this word: its stem, or the word whole."""
        return (self.stem,) if self.stem == self.word else (self.stem, self.word)


def language_code(code: str | None) -> str:
    """``code`` reduced to a language this module knows (``pt-br`` → ``pt``), else the default."""
    code = (code or "").lower().split("-")[0].split("_")[0]
    return code if code in STEMMERS else settings.LANGUAGE_CODE


def fold(text: str) -> str:
    """``text`` without accents or case: ``Führungskräfte`` → ``fuhrungskrafte``."""
    text = text.casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text``, folded, in order (stop words included)."""
    found = []
    for match in _WORD.findall(text or ""):
        found += [fold(part) for part in match.split("_") if part]
    return found


@cache
def stop_words(language: str) -> frozenset[str]:
    path = STOPWORDS_DIR / f"{language_code(language)}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").split()
    return frozenset(fold(line) for line in lines if line)


@cache
def _stemmer(language: str):
    name = STEMMERS.get(language_code(language))
    return snowballstemmer.stemmer(name) if name else None


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The stem of one folded word in ``language``."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def _kept(word: str, stops: frozenset[str]) -> bool:
    return word not in stops and (len(word) > 1 or word.isdigit())


def terms(text: str, language: str) -> list[Term]:
    """The words of a search that count, each with its stem, in order and without repeats.

    A search made only of stop words ("the", "où est") keeps them, unstemmed:
    it still asks for something.
    """
    language = language_code(language)
    stops = stop_words(language)
    found = [w for w in words(text) if _kept(w, stops)]
    if not found:
        found = [w for w in words(text) if w]
        return list(dict.fromkeys(Term(w, w) for w in found))
    return list(dict.fromkeys(Term(stem(w, language), w) for w in found))


def index_text(text: str, language: str) -> str:
    """What is indexed for ``text`` in ``language``: its stems, then the words whose stem differs.

    The stems keep their order (a phrase is stems side by side); the whole
    words follow, once each, for exact matches.
    """
    language = language_code(language)
    stops = stop_words(language)
    stems, whole = [], {}
    for word in words(text):
        if not _kept(word, stops):
            continue
        stemmed = stem(word, language)
        stems.append(stemmed)
        if stemmed != word:
            whole.setdefault(word, None)
    return " ".join([*stems, *whole])


def stems_of(text: str, language: str) -> list[str]:
    """The stems of ``text`` in order (stop words dropped): a phrase as it is indexed."""
    language = language_code(language)
    stops = stop_words(language)
    return [stem(w, language) for w in words(text) if _kept(w, stops)]


@cache
def _locale_codes() -> dict[int, str]:
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def language_of(obj) -> str:
    """The language an object is written in: a page's locale, a document's own ``language``."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is not None:
        codes = _locale_codes()
        if locale_id not in codes:
            _locale_codes.cache_clear()
            codes = _locale_codes()
        return language_code(codes.get(locale_id))
    return language_code(getattr(obj, "language", None))


def forget_locales(**kwargs):
    """``post_save``/``post_delete`` of ``Locale``: read the languages again next time."""
    _locale_codes.cache_clear()
