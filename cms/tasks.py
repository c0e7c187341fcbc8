"""Background work that retries: a task whose attempt fails for a passing reason runs again later.

The site's slow or fallible work (emails, the sourcebook book, cache purges,
search index updates) runs as django-tasks tasks: at once in the process that
asks for it under the immediate backend (tests, ``make run``), queued in the
database for the worker (``manage.py db_worker``) in production. django-tasks
has no retries of its own; a task made with ``retrying_task`` catches the
errors it names (an SMTP server that is down, a refused connection), queues
itself again with a growing delay, and then fails this attempt, so the
failure, its traceback and the next attempt are all visible to staff under
*Reports → Background tasks* (``cms.task_report``). After the last attempt the
task stays failed, and staff can run it again from there.
"""

from __future__ import annotations

import datetime
import functools
import logging
import smtplib

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task as django_task

logger = logging.getLogger(__name__)

# An SMTP server that is down, refuses or times out; a cache node that does not answer.
PASSING_ERRORS = (OSError, smtplib.SMTPException)

ATTEMPTS = 8
FIRST_DELAY = 30  # seconds; doubled each time, at most MAX_DELAY
MAX_DELAY = 60 * 60


def delay_after(attempt: int) -> datetime.timedelta:
    """How long to wait before attempt ``attempt + 1``: 30 s, 1 min, 2 min… at most an hour."""
    return datetime.timedelta(seconds=min(FIRST_DELAY * 2 ** (attempt - 1), MAX_DELAY))


def retrying_task(*, attempts: int = ATTEMPTS, retry_on=PASSING_ERRORS, **task_options):
    """Like django-tasks' ``@task()``, with later attempts when ``retry_on`` is raised.

    The task gets one more keyword argument, ``attempt`` (1 for the first run),
    stored with each queued attempt so staff can see how far it got.
    """

    def decorator(function):
        @functools.wraps(function)
        def run(*args, attempt: int = 1, **kwargs):
            try:
                return function(*args, **kwargs)
            except retry_on as error:
                backend = the_task.get_backend()
                if attempt < attempts and backend.supports_defer:
                    when = timezone.now() + delay_after(attempt)
                    logger.warning(
                        "%s failed (%s), attempt %d of %d; trying again at %s",
                        the_task.name,
                        error,
                        attempt,
                        attempts,
                        when.isoformat(timespec="seconds"),
                    )
                    the_task.using(run_after=when).enqueue(*args, attempt=attempt + 1, **kwargs)
                raise

        the_task = django_task(**task_options)(run)
        return the_task

    return decorator


# What each task does, in the staff's words (Reports → Background tasks).
LABELS = {
    "modelsearch.tasks.insert_or_update_object_task": _("Search index update"),
    "wagtail.tasks.update_reference_index_task": _("Reference index update"),
    "wagtail.tasks.delete_file_from_storage_task": _("File deletion"),
    "wagtail.images.tasks.set_image_focal_point_task": _("Image focal point"),
    "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task": _("HTTP cache purge"),
}


def describe(task, label) -> None:
    """Name a task for the report: ``describe(send_email, _("Email to a delegate"))``."""
    LABELS[task.module_path] = label
