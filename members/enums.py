"""The choices of members' fields: an agency's status, a member's role.

Apart from the models so that forms and other apps can name them without
importing the models (``Agency.Status`` and ``Membership.Role`` are the same
classes).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyStatus(models.TextChoices):
    PARTICIPATING = "participating", _("participating")
    FORMER = "former", _("former")


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("member")
    COORDINATOR = "coordinator", _("coordinator")
