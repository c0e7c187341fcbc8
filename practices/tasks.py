"""The sourcebook book, built by the task worker whenever what it holds changes.

Laying out the whole book takes WeasyPrint seconds of CPU: too long for a
request. With a queue (the django-tasks database backend, production), a
publish, unpublish, move, deletion, privacy or taxonomy change queues a rebuild
of the book in each language of the sourcebook, a few seconds later so a burst
of edits makes one build; the worker stores it under its content key
(``practices.pdf``) and purges the old copy from the HTTP cache. A request for
the book meanwhile gets the last one built and queues a build of its own
language if none is queued. Only when no book was ever built in that language is
it laid out in the request. With the immediate backend (tests, ``make run``) a
change queues nothing: the book is built when someone asks for it.
"""

from __future__ import annotations

import datetime

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from cms.tasks import describe, retrying_task

# Edits within this many seconds of each other make one build.
REBUILD_DELAY = 10


def queued_key(sourcebook_id: int, language: str) -> str:
    return f"sourcebook-pdf-queued:{sourcebook_id}:{language}"


@retrying_task()
def rebuild_sourcebook_pdf(sourcebook_id: int, language: str) -> str:
    """Build and store the book of one sourcebook in one language, unless it is current."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    from .models import SourcebookIndexPage
    from .pdf import book_fingerprint, book_key, store_book

    cache.delete(queued_key(sourcebook_id, language))  # later changes queue a new build
    sourcebook = SourcebookIndexPage.objects.live().filter(pk=sourcebook_id).first()
    if sourcebook is None:
        return "gone"
    with translation.override(language):
        fingerprint = book_fingerprint(sourcebook)
        if cache.get(book_key(sourcebook, fingerprint)) is not None:
            return "current"
        store_book(sourcebook, fingerprint)
        url = sourcebook.get_full_url()
    if url:
        purge_urls_from_cache([url + "sourcebook.pdf"])
    return "built"


describe(rebuild_sourcebook_pdf, _("Sourcebook book"))


def queue_rebuild(sourcebook, language: str, delay: int = 0) -> bool:
    """Queue one build of the book, unless one is already queued; whether one was queued."""
    if not cache.add(queued_key(sourcebook.pk, language), True, timeout=600):
        return False
    task = rebuild_sourcebook_pdf
    if delay and task.get_backend().supports_defer:
        when = timezone.now() + datetime.timedelta(seconds=delay)
        task = task.using(run_after=when)
    task.enqueue(sourcebook.pk, language)
    return True


def rebuild_after_change(sourcebooks) -> None:
    """After the change commits, queue the books of ``sourcebooks`` (with a queue only)."""
    if not rebuild_sourcebook_pdf.get_backend().supports_defer:
        return
    targets = [(page.pk, page.locale.language_code, page) for page in sourcebooks]

    def queue():
        for _pk, language, sourcebook in targets:
            queue_rebuild(sourcebook, language, delay=REBUILD_DELAY)

    if targets:
        transaction.on_commit(queue)


def all_sourcebooks():
    from .models import SourcebookIndexPage

    return list(SourcebookIndexPage.objects.live().select_related("locale"))


def sourcebooks_of(page):
    """Every language's sourcebook holding ``page`` (an entry or a sourcebook)."""
    from .models import SourcebookIndexPage, SourcebookItemPage

    if isinstance(page, SourcebookItemPage):
        page = page.get_parent()
    elif not isinstance(page, SourcebookIndexPage):
        return []
    return list(
        SourcebookIndexPage.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )


def connect_signals():
    """What changes the book (``PracticesConfig.ready``)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme

    from .models import SourcebookItemPage

    def page_changed(sender, instance, **kwargs):
        rebuild_after_change(sourcebooks_of(instance))

    def entry_deleted(sender, instance, **kwargs):
        rebuild_after_change(all_sourcebooks())

    def anything_changed(sender, instance, raw=False, **kwargs):
        if not raw:
            rebuild_after_change(all_sourcebooks())

    page_published.connect(page_changed, dispatch_uid="practices.book.published", weak=False)
    page_unpublished.connect(page_changed, dispatch_uid="practices.book.unpublished", weak=False)
    post_page_move.connect(page_changed, dispatch_uid="practices.book.moved", weak=False)
    post_delete.connect(
        entry_deleted, sender=SourcebookItemPage, dispatch_uid="practices.book.deleted", weak=False
    )
    for model in (PageViewRestriction, Theme, Country, Sector, GovernmentLevel, InterventionType):
        for signal in (post_save, post_delete):
            signal.connect(
                anything_changed,
                sender=model,
                dispatch_uid=f"practices.book.{model._meta.label_lower}.{id(signal)}",
                weak=False,
            )
