from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import facet_index
        from .db_indexes import restore_after_migrate

        facet_index.connect_signals()
        post_migrate.connect(restore_after_migrate, sender=self)
