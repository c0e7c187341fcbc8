from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Connect the search's own handlers, as Wagtail connects its index updates.

        The page models know nothing of the search: the facet values are kept
        current for the kinds ``search.kinds`` names, and a language added or
        removed is read again by the indexers.
        """
        from django.core import checks
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.models import Locale

        from . import facet_index, languages, signal_handlers
        from .checks import check_kinds
        from .db_indexes import restore_after_migrate

        facet_index.connect_signals()
        signal_handlers.connect_signals()
        post_save.connect(languages.forget_locales, sender=Locale, dispatch_uid="praxis-locales")
        post_delete.connect(languages.forget_locales, sender=Locale, dispatch_uid="praxis-locales")
        post_migrate.connect(restore_after_migrate, sender=self)
        checks.register(check_kinds)
