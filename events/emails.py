"""Emails to delegates, in the language they registered in.

Each carries the private link to view, change or cancel the registration;
those that give a place also carry the event as an ``.ics`` calendar file
(with the joining link of an online event, which only confirmed delegates get).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .models import Registration

KINDS = ("confirmed", "waiting", "promoted", "link", "cancelled", "reminder")
WITH_CALENDAR = ("confirmed", "promoted", "reminder")


def build(registration: Registration, kind: str, extra: dict | None = None) -> EmailMessage:
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
            "site_name": settings.WAGTAIL_SITE_NAME,
            **(extra or {}),
        }
        subject = render_to_string(f"events/emails/{kind}_subject.txt", context)
        body = render_to_string(f"events/emails/{kind}.txt", context)
        message = EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            to=[registration.email],
        )
        if kind in WITH_CALENDAR and registration.is_confirmed:
            calendar = events_calendar([page], None, joining_link=True)
            message.attach(f"{page.slug}.ics", calendar.to_ical(), "text/calendar")
    return message


def send(registration: Registration, kind: str, extra: dict | None = None) -> None:
    if not registration.email:
        return
    build(registration, kind, extra).send()


def send_message(registration: Registration, subject: str, body: str) -> None:
    """A message from the organisers, with the delegate's private link below it."""
    send(registration, "message", {"subject": subject, "message": body})
