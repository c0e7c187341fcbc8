from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Practice Sourcebook"

    def ready(self):
        from . import signals  # noqa: F401
