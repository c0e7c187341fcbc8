"""The choices of events' fields: kinds of event, audiences, registration statuses.

Apart from the models so that helpers (filters, the members' dashboard panel,
signal handlers) can name them without importing the page models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")


class Audience(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members only")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")
