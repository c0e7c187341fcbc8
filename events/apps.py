from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events and registrations")

    def ready(self):
        from . import accounts, signals  # noqa: F401

        accounts.connect()
