"""Choices of the development work, apart from the models.

Helpers that need a choice (forms, scoring, the demo loader, templates) import
it from here without importing the models module.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyKind(models.TextChoices):
    CASE_STUDY = "case-study", _("case-study agency")
    RECEPTIVE_SITE = "receptive-site", _("receptive site")


class InterventionStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    RUNNING = "running", _("running")
    COMPLETED = "completed", _("completed")


class RoundStage(models.TextChoices):
    BASELINE = "baseline", _("baseline")
    FOLLOW_UP = "follow-up", _("follow-up")
    FINAL = "final", _("final")
    OTHER = "other", _("other")


class RoundStatus(models.TextChoices):
    OPEN = "open", _("open for answers")
    CLOSED = "closed", _("closed for answers")
    SUBMITTED = "submitted", _("submitted")


class RoundEventKind(models.TextChoices):
    OPENED = "opened", _("round opened")
    INVITED = "invited", _("members invited")
    CLOSED = "closed", _("answering closed")
    REOPENED_FOR_ANSWERS = "answers-reopened", _("answering reopened")
    CONSENSUS_SAVED = "consensus-saved", _("consensus scores saved")
    SUBMITTED = "submitted", _("round submitted")
    REOPENED = "reopened", _("submitted round reopened by staff")
    REMINDED = "reminded", _("reminders sent")


class PartnershipRole(models.TextChoices):
    PUBLIC_MANAGER = "public-manager", _("public manager")
    CONSULTANT = "consultant", _("consultant")
    RESEARCHER = "researcher", _("researcher")
