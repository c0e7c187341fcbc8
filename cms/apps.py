from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Site shell and taxonomies"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks, private_media  # noqa: F401 - checks register themselves
        from .i18n import ensure_locales

        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="cms.ensure_locales")
        private_media.connect_signals()
