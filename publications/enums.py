"""The choices of publications' fields: types and licences.

Apart from the models so that helpers (citations, metadata, filters, OAI-PMH,
imports) can name a publication type without importing the page models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationType(models.TextChoices):
    JOURNAL_ARTICLE = "journal_article", _("Journal article")
    WORKING_PAPER = "working_paper", _("Working paper")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    REPORT = "report", _("Report")
    BOOK = "book", _("Book")
    BOOK_CHAPTER = "book_chapter", _("Book chapter")
    CONFERENCE_PAPER = "conference_paper", _("Conference paper")


# Types that Google Scholar and citation styles treat as technical reports.
REPORT_TYPES = {PublicationType.WORKING_PAPER, PublicationType.POLICY_BRIEF, PublicationType.REPORT}

LICENCES = {
    "cc-by-4.0": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "cc-by-sa-4.0": ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "cc-by-nc-4.0": ("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    "cc-by-nc-nd-4.0": (
        "CC BY-NC-ND 4.0",
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    ),
    "cc0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
}
LICENCE_CHOICES = [("", _("Not stated"))] + [
    (key, label) for key, (label, _url) in LICENCES.items()
]
LICENCE_CHOICES.append(("all-rights-reserved", _("All rights reserved")))


class DatePrecision(models.TextChoices):
    """How much of a publication date is known: many works are dated by their year only."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")
