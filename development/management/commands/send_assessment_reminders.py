"""Remind invited members who have not completed an open round closing soon (run daily).

Rounds whose answers close within DEVELOPMENT_REMINDER_DAYS days (or
``--days``) are reminded; nobody gets more than one reminder a day, even if
the job runs twice or a coordinator sent one already.
"""

from django.core.management.base import BaseCommand

from development.reminders import remind_all


class Command(BaseCommand):
    help = (
        "Send reminders to answer self-assessment rounds that close soon (each person once a day)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Remind for rounds closing within this many days (DEVELOPMENT_REMINDER_DAYS).",
        )

    def handle(self, *args, days=None, **options):
        sent, skipped = remind_all(days=days)
        self.stdout.write(f"{sent} reminder(s) sent, {skipped} already reminded today.")
