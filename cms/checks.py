"""Deployment checks of our own, run by ``manage.py check --deploy``.

``WAGTAILADMIN_BASE_URL`` is the site's public address wherever no request is at
hand: links in emails sent from cron (reminders, invitations), the admin's
notifications and the OAI-PMH identifiers harvesters keep for good. Left at its
development default, production would hand out ``http://127.0.0.1:8000`` links.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOOPBACK = {"127.0.0.1", "localhost", "::1", "0.0.0.0", "testserver"}


@checks.register(checks.Tags.security, deploy=True)
def public_address_check(app_configs=None, **kwargs):
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL or "")
    if address.scheme != "https" or not address.hostname or address.hostname in LOOPBACK:
        return [
            checks.Warning(
                f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL!r}: emails sent "
                "from cron, the admin and OAI-PMH identifiers would point there.",
                hint="Set it to the site's public https address, e.g. https://praxis.example.org.",
                id="praxis.W001",
            )
        ]
    return []
