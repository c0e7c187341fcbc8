"""Compile the gettext catalogues in locale/ to .mo files, in pure Python (polib).

Django's own ``compilemessages`` needs GNU gettext's ``msgfmt``; this needs
nothing beyond the project's dependencies, so ``make install`` works on a bare
machine. Catalogues whose .mo file is newer than the .po file are skipped.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po to .mo (skips up-to-date catalogues)."

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
        if options["verbosity"] > 0:
            self.stdout.write(f"{compiled} catalogue(s) compiled.")
