"""Emails to delegates, in the language they registered in.

Each carries the private link to view, change or cancel the registration;
those that give a place also carry the event as an ``.ics`` calendar file
(with the joining link of an online event, which only confirmed delegates get).
The confirmations of a registration repeat what the delegate submitted, so
they can check it. Every email is plain text with an HTML alternative of the
same words (links clickable, the language declared). ``send`` queues them:
the task worker builds and sends them (``events.tasks``), so a registration
never waits for the email server.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from .models import Registration

KINDS = ("confirmed", "waiting", "promoted", "link", "cancelled", "reminder")
WITH_CALENDAR = ("confirmed", "promoted", "reminder")
DETAILS = ("organisation", "country", "role", "dietary_needs", "accessibility_needs")


def submitted(registration: Registration, page) -> list[tuple[str, str]]:
    """What the delegate told us, labelled in the active language, answers in ``page``'s."""
    rows = [(_("Name"), registration.name), (_("Email address"), registration.email)]
    for name in DETAILS:
        label = capfirst(Registration._meta.get_field(name).verbose_name)
        rows.append((str(label), getattr(registration, name)))
    return rows + registration.answer_rows(page)


def build(registration: Registration, kind: str, extra: dict | None = None):
    from .calendar import events_calendar

    language = registration.language or settings.LANGUAGE_CODE
    with translation.override(language):
        page = registration.event.translation_for(language)
        context = {
            "registration": registration,
            "event": page,
            "link": registration.link(page),
            "position": registration.waiting_position(),
            "joining_link": page.online_url if registration.is_confirmed else "",
            "submitted": submitted(registration, page),
            "site_name": settings.WAGTAIL_SITE_NAME,
            **(extra or {}),
        }
        subject = " ".join(render_to_string(f"events/emails/{kind}_subject.txt", context).split())
        body = render_to_string(f"events/emails/{kind}.txt", context)
        message = EmailMultiAlternatives(subject=subject, body=body, to=[registration.email])
        html = render_to_string(
            "events/emails/layout.html",
            {"subject": subject, "body": body, "language": language, **context},
        )
        message.attach_alternative(html, "text/html")
        if kind in WITH_CALENDAR and registration.is_confirmed:
            calendar = events_calendar([page], None, joining_link=True)
            message.attach(f"{page.slug}.ics", calendar.to_ical(), "text/calendar")
    return message


def send(registration: Registration, kind: str, extra: dict | None = None) -> None:
    """Queue the email for the task worker (``events.tasks``); sent at once without a queue."""
    from .tasks import send_delegate_email

    if not registration.email:
        return
    send_delegate_email.enqueue(registration.pk, kind, extra)


def send_message(registration: Registration, subject: str, body: str) -> None:
    """A message from the organisers, with the delegate's private link below it."""
    send(registration, "message", {"subject": subject, "message": body})
