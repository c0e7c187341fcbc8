from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Practice Sourcebook"

    def ready(self):
        from . import signals, tasks  # noqa: F401

        tasks.connect_signals()
