from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Site shell and taxonomies"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import (  # noqa: F401 - they connect or register themselves
            checks,
            private_media,
            taxonomy_terms,
            translation_drafts,
        )
        from .i18n import ensure_locales

        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="cms.ensure_locales")
        private_media.connect_signals()
        translation_drafts.connect_signals()
        taxonomy_terms.connect_signals()
