from django.apps import AppConfig
from wagtail.contrib.frontend_cache import apps as frontend_cache_apps


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Site shell and taxonomies"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import (  # noqa: F401 - they connect or register themselves
            checks,
            chrome,
            frontend_cache,
            private_media,
            taxonomy_terms,
            translation_drafts,
        )
        from .i18n import ensure_locales

        post_migrate.connect(ensure_locales, sender=self, dispatch_uid="cms.ensure_locales")
        private_media.connect_signals()
        translation_drafts.connect_signals()
        taxonomy_terms.connect_signals()
        frontend_cache.connect_signals()
        chrome.install()


class FrontendCacheConfig(frontend_cache_apps.WagtailFrontendCacheAppConfig):
    """Wagtail's frontend cache app without its own page signal handlers.

    Those purge a published page and rewrite its address for each language by
    swapping the prefix; ``cms.frontend_cache`` purges every address that shows
    the page instead (translations have their own slugs), through the same
    backends and purge task.
    """

    default = False

    def ready(self):
        pass
