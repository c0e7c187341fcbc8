"""The sourcebook as a book, and single guides as PDFs (WeasyPrint).

The book holds every live guide and case study of one language that anyone may
open. It is rendered once and kept in the cache under a key derived from the
content itself (what is published, when it last changed, and the view
restrictions), so a book is never served for content it does not hold. With a
task queue the worker builds the next book as soon as the content changes,
and readers get the last one until it is ready (practices.tasks).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

from cms.privacy import privacy_fingerprint, visible_pages


def _stylesheet_path():
    return finders.find("css/print.css")


def _render(html: str, base_url: str) -> bytes:
    return HTML(string=html, base_url=base_url).write_pdf()


def book_entries(sourcebook):
    """Guides first, then case studies, each A–Z: the book's running order."""
    from .models import CaseStudyPage, PracticeGuidePage

    guides = visible_pages(PracticeGuidePage.objects.child_of(sourcebook)).order_by("title")
    cases = visible_pages(CaseStudyPage.objects.child_of(sourcebook)).order_by("title")
    return list(guides.prefetch_related("themes", "intervention_types")), list(
        cases.select_related("country", "sector", "government_level").prefetch_related("themes")
    )


def book_fingerprint(sourcebook) -> str:
    from .models import SourcebookItemPage

    stats = visible_pages(SourcebookItemPage.objects.child_of(sourcebook)).aggregate(
        n=Count("pk"), changed=Max("last_published_at"), ids=Max("pk")
    )
    parts = [
        str(sourcebook.pk),
        str(sourcebook.last_published_at),
        str(stats),
        privacy_fingerprint(),
        translation.get_language() or "",
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def book_key(sourcebook, fingerprint) -> str:
    return f"sourcebook-pdf:{sourcebook.pk}:{fingerprint}"


def latest_key(sourcebook) -> str:
    """The last book built for this sourcebook in the active language, whatever its content."""
    return f"sourcebook-pdf-latest:{sourcebook.pk}:{translation.get_language() or ''}"


def store_book(sourcebook, fingerprint) -> bytes:
    """Lay the book out now and keep it, as current and as the latest built."""
    pdf = render_sourcebook(sourcebook)
    cache.set(book_key(sourcebook, fingerprint), pdf, settings.SOURCEBOOK_PDF_CACHE_SECONDS)
    cache.set(latest_key(sourcebook), pdf, settings.SOURCEBOOK_PDF_CACHE_SECONDS)
    return pdf


def sourcebook_pdf(sourcebook) -> bytes:
    """The current book; while a new one is being built (practices.tasks), the last one."""
    from .tasks import queue_rebuild

    fingerprint = book_fingerprint(sourcebook)
    pdf = cache.get(book_key(sourcebook, fingerprint))
    if pdf is not None:
        return pdf
    latest = cache.get(latest_key(sourcebook))
    if latest is None:  # never built in this language: the one time a reader waits for it
        return store_book(sourcebook, fingerprint)
    # With the immediate backend (tests, `make run`) this builds the book now.
    queue_rebuild(sourcebook, translation.get_language() or settings.LANGUAGE_CODE)
    return cache.get(book_key(sourcebook, fingerprint)) or latest


def render_sourcebook(sourcebook) -> bytes:
    guides, cases = book_entries(sourcebook)
    html = render_to_string(
        "practices/pdf/sourcebook.html",
        {
            "sourcebook": sourcebook,
            "guides": guides,
            "cases": cases,
            "stylesheet": _stylesheet_path(),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return _render(html, base_url=str(settings.BASE_DIR))


def guide_pdf(guide, request) -> bytes:
    html = render_to_string(
        "practices/pdf/guide.html",
        {
            "page": guide,
            "stylesheet": _stylesheet_path(),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
        request=request,
    )
    return _render(html, base_url=str(settings.BASE_DIR))
