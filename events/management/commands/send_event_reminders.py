"""Email a reminder to every confirmed delegate of events starting within EVENTS_REMINDER_DAYS.

Safe to run as often as you like (e.g. hourly from cron): each delegate's
reminder is claimed in the database before it is sent, so nobody gets two,
even if two runs overlap.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from events import emails
from events.models import Registration

MAX_DAYS = 365


class Command(BaseCommand):
    help = "Send reminder emails for upcoming events (each delegate once)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Remind this many days ahead (default: EVENTS_REMINDER_DAYS).",
        )

    def handle(self, *args, days=None, **options):
        days = settings.EVENTS_REMINDER_DAYS if days is None else days
        if not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            raise CommandError(
                f"--days must be a whole number of days from 0 to {MAX_DAYS} before the "
                f"event, not {days}. No reminder was sent."
            )
        now = timezone.now()
        due = (
            Registration.objects.confirmed()
            .with_personal_data()
            .filter(
                reminder_sent_at__isnull=True,
                event__live=True,
                event__start__gt=now,
                event__start__lte=now + datetime.timedelta(days=days),
            )
            .select_related("event")
        )
        sent = 0
        for registration in due:
            claimed = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=timezone.now())
            if not claimed:
                continue
            try:
                emails.send(registration, "reminder")
            except Exception:
                # Not sent: let the next run try again.
                Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=None)
                raise
            sent += 1
        self.stdout.write(f"{sent} reminder(s) sent.")
