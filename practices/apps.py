from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Practice Sourcebook"

    def ready(self):
        from cms.evidence import register_case_study_drafter

        from . import drafts, signals, tasks  # noqa: F401

        tasks.connect_signals()
        # The sourcebook answers the development work's "draft a case study from evidence".
        register_case_study_drafter(drafts.draft_from_evidence)
