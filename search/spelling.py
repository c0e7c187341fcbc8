"""Spelling: "did you mean" the closest words that find something, when a search finds nothing.

The words of the searchable pages are kept per language (``SearchWord``:
added when a page is saved, counted afresh by ``update_index``). A typed word
that no page has (``leadrship``) is replaced by the known word nearest to it:
at most one letter added, dropped, changed or two swapped for words of up to
five letters, two for longer ones; among equally near words, the one on most
pages. The corrected words are offered only when they find something the
visitor may open, on the same backend, so the offer never reveals a word of a
page the visitor cannot read.
"""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.db import IntegrityError, transaction
from wagtail.models import Page

from . import languages
from .highlight import page_text
from .models import SearchWord

MIN_LENGTH = 3
MAX_LENGTH = 40
BATCH = 500


def _words(page) -> set[str]:
    text = " ".join([page.title, *page_text(page)])
    stops = languages.stop_words(languages.language_of(page))
    return {
        word
        for word in languages.words(text)
        if MIN_LENGTH <= len(word) <= MAX_LENGTH and word.isalpha() and word not in stops
    }


def add_pages(page_ids) -> None:
    """Add the words of these pages (the searchable kinds among them) to the vocabulary."""
    from .kinds import content_types

    ids = list(page_ids)
    types = list(content_types().values())
    for start in range(0, len(ids), BATCH):
        pages = Page.objects.filter(pk__in=ids[start : start + BATCH], content_type_id__in=types)
        rows = {
            (languages.language_of(page), word)
            for page in pages.specific().iterator()
            for word in _words(page)
        }
        try:
            with transaction.atomic():
                SearchWord.objects.bulk_create(
                    [SearchWord(language=lang, word=w, length=len(w)) for lang, w in rows],
                    ignore_conflicts=True,
                    batch_size=BATCH,
                )
        except IntegrityError:  # a page deleted meanwhile: the next save or rebuild adds them
            pass


def rebuild(progress=None) -> int:
    """Count the words of every live page of a searchable kind afresh."""
    from .kinds import content_types

    counts: Counter = Counter()
    pages = Page.objects.live().filter(content_type_id__in=content_types().values())
    for done, page in enumerate(pages.specific().iterator(), 1):
        language = languages.language_of(page)
        counts.update((language, word) for word in _words(page))
        if progress and done % BATCH == 0:
            progress(done)
    with transaction.atomic():
        SearchWord.objects.all().delete()
        SearchWord.objects.bulk_create(
            [
                SearchWord(language=lang, word=word, length=len(word), pages=n)
                for (lang, word), n in counts.items()
            ],
            batch_size=BATCH,
        )
    return len(counts)


def distance(a: str, b: str, limit: int) -> int:
    """Edits (add, drop, change a letter, swap two) from ``a`` to ``b``; ``limit + 1`` if more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def closest(word: str, language_codes) -> str | None:
    """The known word nearest to ``word`` in these languages, or None."""
    limit = 1 if len(word) <= 5 else 2
    candidates = SearchWord.objects.filter(
        language__in=language_codes, length__range=(len(word) - limit, len(word) + limit)
    ).values_list("word", "pages")
    letters = Counter(word)
    best = None
    for candidate, pages in candidates.iterator():
        # Letters in common first: a cheap bound on the edits before counting them.
        if sum((letters - Counter(candidate)).values()) > limit * 2:
            continue
        edits = distance(word, candidate, limit)
        if edits <= limit:
            key = (edits, -pages, candidate)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def did_you_mean(text: str, language: str, sources, engine) -> str | None:
    """The search with its unknown words corrected, if that finds something; else None."""
    typed = list(dict.fromkeys(languages.words(text)))
    if not typed:
        return None
    codes = {languages.language_code(language), settings.LANGUAGE_CODE}
    known = set(
        SearchWord.objects.filter(language__in=codes, word__in=typed).values_list("word", flat=True)
    )
    stops = languages.stop_words(language)
    corrected, changed = [], False
    for word in typed:
        replacement = None
        if word not in known and word not in stops and len(word) > MIN_LENGTH and word.isalpha():
            replacement = closest(word, codes)
        corrected.append(replacement or word)
        changed |= replacement is not None
    if not changed:
        return None
    suggestion = " ".join(corrected)
    hits, _any_word = engine.rank_or_any_word(sources, suggestion, language)
    return suggestion if hits else None
