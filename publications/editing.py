"""The publication page's admin form: a date as precise as known, and each author once.

Many works are dated by their year only (a BibTeX entry with ``year = 2021``);
the date field takes a year, a month or a day and the page keeps how precise
it is (``PublicationPage.publication_date_precision``), so nothing prints
"1 January 2021" for a book of 2021.
"""

from __future__ import annotations

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.taxonomy_terms import TermsOfPageLanguageForm

PARTIAL_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")


def parse_partial_date(value: str) -> tuple[datetime.date, str] | None:
    """ "2021", "2021-11" or "2021-11-17" as (date, precision); None if it is none of these."""
    match = PARTIAL_DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date = datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return date, "day" if day else "month" if month else "year"


def format_partial_date(date: datetime.date | None, precision: str) -> str:
    if date is None:
        return ""
    parts = [f"{date.year:04d}", f"{date.month:02d}", f"{date.day:02d}"]
    return "-".join(parts[: {"year": 1, "month": 2}.get(precision, 3)])


class PartialDateField(forms.CharField):
    """A year, a month or a day, typed; cleaned to ``(date, precision)``."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "2021-11-17"})
    default_error_messages = {
        "invalid": _("Enter a year (2021), a month (2021-11) or a day (2021-11-17)."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        if isinstance(value, datetime.date):
            return value, "day"
        parsed = parse_partial_date(value)
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


class PublicationPageForm(TermsOfPageLanguageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "publication_date" in self.fields:
            model_field = self.fields["publication_date"]
            self.fields["publication_date"] = PartialDateField(
                label=model_field.label,
                help_text=model_field.help_text,
                required=model_field.required,
            )
            self.initial["publication_date"] = format_partial_date(
                self.instance.publication_date, self.instance.publication_date_precision
            )

    def clean_publication_date(self):
        value = self.cleaned_data.get("publication_date")
        if value is None:
            return None
        date, precision = value
        self.instance.publication_date_precision = precision
        return date

    def clean(self):
        cleaned = super().clean()
        self._check_each_author_once()
        return cleaned

    def _check_each_author_once(self):
        """The same person (in any language) twice among the authors: say so beside the second."""
        formset = self.formsets.get("authors")
        if formset is None or not formset.is_valid():
            return
        seen = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            person = data.get("person")
            if person is None or data.get("DELETE"):
                continue
            if person.translation_key in seen:
                form.add_error("person", _("This person is already one of the authors."))
            seen.add(person.translation_key)
