"""Identifiers of scholarly works and people: DOI, ORCID iD, ISSN and ISBN.

Each ``normalise_*`` turns what an editor pastes (a resolver URL, a ``doi:``
prefix, spaces) into the canonical form stored; each ``validate_*`` accepts the
same input and raises a ``ValidationError`` that the admin shows beside the field.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
ORCID_RE = re.compile(r"^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$")
DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/")
ORCID_PREFIXES = ("https://orcid.org/", "http://orcid.org/", "orcid.org/")


def normalise_doi(value: str) -> str:
    value = (value or "").strip()
    lowered = value.lower()
    for prefix in DOI_PREFIXES:
        if lowered.startswith(prefix):
            return value[len(prefix) :].strip()
    if lowered.startswith("doi:"):
        return value[4:].strip()
    return value


def validate_doi(value: str) -> None:
    if not DOI_RE.match(normalise_doi(value)):
        raise ValidationError(
            _("Enter a DOI such as 10.1080/09540962.2021.1909274 (it starts with “10.”)."),
            code="invalid_doi",
        )


def orcid_checksum(base_digits: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def normalise_orcid(value: str) -> str:
    value = (value or "").strip().upper()
    for prefix in ORCID_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
    match = ORCID_RE.match(value)
    return "-".join(match.groups()) if match else value


def validate_orcid(value: str) -> None:
    normalised = normalise_orcid(value)
    if not ORCID_RE.match(normalised):
        raise ValidationError(
            _("Enter an ORCID iD as 16 digits in four groups, e.g. 0000-0002-1825-0097."),
            code="invalid_orcid",
        )
    digits = normalised.replace("-", "")
    if orcid_checksum(digits[:15]) != digits[15]:
        raise ValidationError(
            _("This ORCID iD’s check digit is wrong: check it for a typing mistake."),
            code="orcid_checksum",
        )


def normalise_issn(value: str) -> str:
    compact = re.sub(r"[\s-]", "", (value or "").upper())
    return f"{compact[:4]}-{compact[4:]}" if len(compact) == 8 else (value or "").strip()


def validate_issn(value: str) -> None:
    compact = re.sub(r"[\s-]", "", (value or "").upper())
    if not re.fullmatch(r"\d{7}[\dX]", compact):
        raise ValidationError(_("Enter an ISSN such as 0954-0962."), code="invalid_issn")
    total = sum(int(d) * w for d, w in zip(compact[:7], range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    if ("X" if check == 10 else str(check)) != compact[7]:
        raise ValidationError(
            _("This ISSN’s check digit is wrong: check it for a typing mistake."),
            code="issn_checksum",
        )


def validate_isbn(value: str) -> None:
    compact = re.sub(r"[\s-]", "", (value or "").upper())
    if re.fullmatch(r"\d{9}[\dX]", compact):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(compact))
        ok = total % 11 == 0
    elif re.fullmatch(r"\d{13}", compact):
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(compact))
        ok = total % 10 == 0
    else:
        raise ValidationError(
            _("Enter an ISBN of 10 or 13 digits, e.g. 978-3-16-148410-0."), code="invalid_isbn"
        )
    if not ok:
        raise ValidationError(
            _("This ISBN’s check digit is wrong: check it for a typing mistake."),
            code="isbn_checksum",
        )
