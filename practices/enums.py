"""Choices of the sourcebook, apart from its models (as dis-wagtail keeps them in ``enums.py``).

The kind names are defined here once: listing cards, the filter, collections
and the site search (``search.kinds``) all read them from here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EntryKind(models.TextChoices):
    GUIDE = "guide", _("Practice guide")
    CASE = "case", _("Case study")
