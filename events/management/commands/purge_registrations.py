"""Erase the personal data of registrations EVENTS_PURGE_AFTER_DAYS after their event ended.

The registrations themselves stay, anonymised, so the counts of confirmed,
waiting and cancelled delegates (and their countries) remain for reporting.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from events.models import Registration

# A century: more would reach beyond the dates Python can represent.
MAX_DAYS = 36500


class Command(BaseCommand):
    help = "Anonymise the registrations of events that ended long enough ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days after the event (default: EVENTS_PURGE_AFTER_DAYS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.EVENTS_PURGE_AFTER_DAYS if days is None else days
        if not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            # A negative number would erase the delegates of events still to come.
            raise CommandError(
                f"--days must be a whole number of days from 0 to {MAX_DAYS} after the "
                f"event ended, not {days}. Nothing was anonymised."
            )
        cutoff = timezone.now() - datetime.timedelta(days=days)
        due = Registration.objects.with_personal_data().filter(event__end__lt=cutoff)
        if dry_run:
            self.stdout.write(f"{due.count()} registration(s) would be anonymised.")
            return
        count = 0
        with transaction.atomic():
            for registration in due.select_for_update(of=("self",)):
                registration.anonymise()
                count += 1
        self.stdout.write(f"{count} registration(s) anonymised.")
