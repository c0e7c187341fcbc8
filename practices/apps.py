from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = "Practice Sourcebook"

    def ready(self):
        from cms.evidence import register_case_study_drafter

        from . import drafts, signals  # noqa: F401

        # The sourcebook answers the development work's "draft a case study from evidence".
        register_case_study_drafter(drafts.draft_from_evidence)
