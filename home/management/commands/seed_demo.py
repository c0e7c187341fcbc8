"""Build the complete demo site. Idempotent: a second run adds nothing and edits nothing.

Each app loads its own demo content (``<app>/demo/``, data files read with
``cms.demo``); this command, at the top of the layers, runs them in order and
hands each the pages and objects it needs from the others (the home page, the
taxonomy terms, the people who speak at events, the privacy notice).
"""

from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = "Load the demo site (never under production settings)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the database already has a sourcebook.",
        )

    def handle(self, *args, if_empty=False, **options):
        if getattr(settings, "PRAXIS_ENVIRONMENT", "") == "production":
            raise CommandError("seed_demo refuses to run under production settings.")

        from cms.demo import taxonomies
        from development import demo as development_demo
        from events import demo as events_demo
        from home import demo as home_demo
        from members import demo as members_demo
        from practices import demo as practices_demo
        from practices.models import PracticeGuidePage, SourcebookIndexPage
        from publications import demo as publications_demo

        if if_empty and SourcebookIndexPage.objects.exists():
            self.stdout.write("The database already has a site; demo not loaded.")
            return

        created = Counter()

        def log(kind):
            created[kind] += 1

        with transaction.atomic():
            home = home_demo.home_page()
            home_demo.load_users(log)
            members_demo.verify_staff_emails(log)
            home_demo.load_home(home, log)
            terms = taxonomies.load_taxonomies()
            sourcebook = practices_demo.load(home, terms, log)
            members_area = members_demo.load(home, terms, log)
            people = publications_demo.load_people(log)
            publications, news = publications_demo.load(home, terms, people, log)
            standard_pages = home_demo.load_standard_pages(home, log)
            footer = home_demo.load_footer(standard_pages, log)
            events = events_demo.load(home, terms, people, standard_pages.get("privacy"), log)
            development_demo.load(home, terms, log)
            guides = list(PracticeGuidePage.objects.child_of(sourcebook).live().order_by("pk"))
            home_demo.feature_guides(home, guides)
            # Translations: the taxonomies first (French and German), then the
            # home page, standard pages and footer, then every section (in
            # French, German, Spanish, Italian and Polish) and, in French and
            # German, some of the sourcebook's entries.
            taxonomies.load_translations(terms, log)
            home_demo.load_translations(home, standard_pages, footer, log)
            practices_demo.load_translations(sourcebook, log)
            publications_demo.load_translations(publications, news, log)
            events_demo.load_translations(events, log)
            members_demo.load_translations(members_area, log)

        if created:
            summary = ", ".join(f"{n} × {kind}" for kind, n in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo site loaded: {summary}."))
        else:
            self.stdout.write("Demo site already complete: nothing added.")
