"""Reading BibTeX and RIS files into draft publications.

``read_references`` checks the file's structure first, so a malformed file is
refused with the line it failed on (bibtexparser silently skips what it cannot
read; rispy reads almost anything). Each entry is then parsed by its library
(bibtexparser, rispy), mapped to our fields, validated and classified as new,
already present (same DOI) or invalid with a reason. ``create_publications``
turns the chosen entries into draft pages in one transaction: all or nothing.

Each entry is checked in the preview exactly as saving it will check it: the
draft page is built under its parent and validated by the model itself
(``full_clean``: field lengths, URLs, identifiers), and so are its authors and
keywords, so nothing shown as new can fail on confirmation.

The work is bounded: the file is scanned once, ``@string`` definitions are read
once (not again for every entry), a file may hold at most ``MAX_REFERENCES``
entries, and string expansion has a budget, so a small file cannot make a
worker expand gigabytes (``@string{b = a # a}`` repeated).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import rispy
from bibtexparser.bibdatabase import BibDataString, BibDataStringExpression, UndefinedString
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.text import slugify
from django.utils.translation import gettext as _
from taggit.models import Tag

from .enums import PublicationType
from .models import Person, PublicationAuthor, PublicationPage
from .validators import (
    normalise_doi,
    normalise_issn,
    validate_doi,
    validate_isbn,
    validate_issn,
)


class MalformedFile(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(f"Line {line}: {message}")
        self.line = line
        self.message = message


@dataclass
class Reference:
    """One entry of an uploaded file, as our fields, with what importing it would do."""

    number: int
    line: int
    fields: dict = field(default_factory=dict)
    authors: list[tuple[str, str]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    existing: PublicationPage | None = None

    @property
    def status(self):
        if self.problems:
            return "invalid"
        if self.existing is not None:
            return "duplicate"
        return "new"

    @property
    def title(self):
        return self.fields.get("title", "")

    @property
    def author_names(self):
        return "; ".join(f"{family}, {given}".strip(", ") for family, given in self.authors)

    @property
    def type_label(self):
        kind = self.fields.get("publication_type")
        return PublicationType(kind).label if kind in PublicationType.values else ""


# -- reading ----------------------------------------------------------------------


def detect_format(text: str, filename: str = "") -> str:
    name = filename.lower()
    if name.endswith((".bib", ".bibtex")):
        return "bibtex"
    if name.endswith(".ris"):
        return "ris"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith("@"):
        return "bibtex"
    if re.match(r"^TY\s{1,2}-", first):
        return "ris"
    raise MalformedFile(1, _("This is neither a BibTeX nor a RIS file."))


# At most this many entries per file: creating them is one request, and a
# worker must finish it well within its timeout.
MAX_REFERENCES = 500
# Characters a file's @string expansions may produce in all (the file itself
# is at most a few megabytes): far beyond real files, far below a worker's memory.
MAX_EXPANSION = 10_000_000


def read_references(text: str, filename: str = "", parent=None) -> list[Reference]:
    """The entries of a BibTeX or RIS file, each marked new, duplicate or invalid.

    With ``parent`` (the publications index they would go under), each entry is
    also validated as the draft page it would become.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise MalformedFile(1, _("The file is empty."))
    fmt = detect_format(text, filename)
    references = read_bibtex(text) if fmt == "bibtex" else read_ris(text)
    if not references:
        raise MalformedFile(1, _("The file has no references in it."))
    classify(references)
    if parent is not None:
        for reference in references:
            validate_as_saved(reference, parent)
    return references


def _too_many(line: int):
    return MalformedFile(
        line,
        _("A file may hold at most %(count)d references; split it and import the parts.")
        % {"count": MAX_REFERENCES},
    )


ENTRY_START = re.compile(r"@\s*([A-Za-z]+)\s*([{(])")
ENTRY_START_AFTER_NEWLINE = re.compile(r"[ \t]*@\s*[A-Za-z]+\s*[{(]")


def _bibtex_chunks(text: str):
    """(line, type, source) of each @entry, checking that braces balance (one pass)."""
    i, line, n = 0, 1, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
            continue
        if ch.isspace():
            i += 1
            continue
        if ch == "%":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if ch != "@":
            raise MalformedFile(
                line, _("Unexpected text outside an entry; every entry starts with “@”.")
            )
        start, start_line = i, line
        match = ENTRY_START.match(text, i)
        if not match:
            raise MalformedFile(line, _("An entry must look like @article{key, …}."))
        kind = match.group(1).lower()
        opener = match.group(2)
        closer = "}" if opener == "{" else ")"
        i = match.end()
        line += match.group(0).count("\n")
        depth = 1
        while i < n and depth:
            ch = text[i]
            if ch == "\n":
                line += 1
                # An "@" at the start of a line inside an entry: the entry was never closed.
                if ENTRY_START_AFTER_NEWLINE.match(text, i + 1):
                    raise MalformedFile(
                        start_line,
                        _("The entry starting on this line is not closed (a “%s” is missing).")
                        % closer,
                    )
            elif ch == "\\" and i + 1 < n:
                i += 2
                continue
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0 and opener == "(":
                    raise MalformedFile(line, _("Unbalanced “}” in this entry."))
            elif ch == ")" and opener == "(" and depth == 1:
                depth = 0
            i += 1
        if depth:
            raise MalformedFile(
                start_line,
                _("The entry starting on this line is not closed (a “%s” is missing).") % closer,
            )
        yield start_line, kind, text[start:i]


class _ExpansionBudget(Exception):
    pass


class _BoundedParser(BibTexParser):
    """bibtexparser's parser, expanding @string references within a budget.

    bibtexparser expands a reference by copying the string's text; a chain of
    strings each doubling the one before grows exponentially. Here each value's
    length is added up from the already expanded strings before anything is
    copied, and the file's total is capped.
    """

    def __init__(self):
        super().__init__(common_strings=True, ignore_nonstandard_types=False)
        self.expect_multiple_parse = True
        self.customization = convert_to_unicode
        self.expanded = 0

    def _clean_val(self, val):
        if isinstance(val, BibDataString):
            val = BibDataStringExpression([val])
        if isinstance(val, BibDataStringExpression):
            strings = self.bib_database.strings
            length = 0
            for part in val.expr:
                if isinstance(part, BibDataString):
                    if part.name not in strings:
                        raise UndefinedString(part.name)
                    length += len(strings[part.name])
                else:
                    length += len(part)
            self.expanded += length
            if self.expanded > MAX_EXPANSION:
                raise _ExpansionBudget
        return super()._clean_val(val)

    def read(self, source: str) -> list[dict]:
        """Parse one piece of the file; return the entries it added."""
        before = len(self.bib_database.entries)
        self.parse(source)
        return self.bib_database.entries[before:]


def read_bibtex(text: str) -> list[Reference]:
    chunks = list(_bibtex_chunks(text))
    entries = [chunk for chunk in chunks if chunk[1] not in ("string", "comment", "preamble")]
    if len(entries) > MAX_REFERENCES:
        raise _too_many(entries[MAX_REFERENCES][0])
    parser = _BoundedParser()
    # Every @string once, wherever it stands in the file (BibTeX reads them all first).
    for line, kind, source in chunks:
        if kind == "string":
            _read_chunk(parser, line, source, _("This @string definition cannot be read."))
    references = []
    for line, _kind, source in entries:
        found = _read_chunk(
            parser,
            line,
            source,
            _("The entry starting on this line cannot be read (check commas and braces)."),
        )
        if len(found) != 1 or not found[0].get("ID"):
            raise MalformedFile(
                line, _("The entry starting on this line cannot be read (check commas and braces).")
            )
        reference = Reference(number=len(references) + 1, line=line)
        from_bibtex(found[0], reference)
        references.append(reference)
    return references


def _read_chunk(parser: _BoundedParser, line: int, source: str, message: str) -> list[dict]:
    try:
        return parser.read(source)
    except UndefinedString as error:
        raise MalformedFile(
            line, _("“%s” is used here but defined by no @string.") % str(error).strip("'\"")
        ) from None
    except _ExpansionBudget:
        raise MalformedFile(
            line, _("The @string definitions expand to far more text than any reference needs.")
        ) from None
    except Exception as error:  # pyparsing's ParseException and friends: the entry is broken
        raise MalformedFile(line, message) from error


RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")


def read_ris(text: str) -> list[Reference]:
    records, current, start_line = [], None, 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            continue
        match = RIS_TAG.match(line)
        if not match:
            if current is None:
                raise MalformedFile(number, _("This line is not a RIS field (“XX  - value”)."))
            current[-1].append(line.strip())  # a wrapped value
            continue
        tag = match.group(1)
        if tag == "TY":
            if current is not None:
                raise MalformedFile(
                    number, _("A record starts here before the previous one ended with “ER  -”.")
                )
            if len(records) >= MAX_REFERENCES:
                raise _too_many(number)
            current, start_line = [[line]], number
        elif current is None:
            raise MalformedFile(number, _("This field is outside a record (“TY  -” missing)."))
        elif tag == "ER":
            current.append(["ER  - "])
            records.append((start_line, "\n".join(" ".join(parts) for parts in current) + "\n"))
            current = None
        else:
            current.append([line])
    if current is not None:
        raise MalformedFile(
            start_line, _("The record starting on this line never ends (“ER  -” missing).")
        )
    references = []
    for line, source in records:
        try:
            entries = rispy.loads(source)
        except Exception as error:  # rispy raises plain exceptions for bad records
            raise MalformedFile(line, str(error)) from error
        if len(entries) != 1:
            raise MalformedFile(line, _("The record starting on this line cannot be read."))
        reference = Reference(number=len(references) + 1, line=line)
        from_ris(entries[0], reference)
        references.append(reference)
    return references


# -- mapping ----------------------------------------------------------------------

BIBTEX_KINDS = {
    "article": PublicationType.JOURNAL_ARTICLE,
    "techreport": PublicationType.REPORT,
    "report": PublicationType.REPORT,
    "book": PublicationType.BOOK,
    "incollection": PublicationType.BOOK_CHAPTER,
    "inbook": PublicationType.BOOK_CHAPTER,
    "inproceedings": PublicationType.CONFERENCE_PAPER,
    "conference": PublicationType.CONFERENCE_PAPER,
}
RIS_KINDS = {
    "JOUR": PublicationType.JOURNAL_ARTICLE,
    "JFULL": PublicationType.JOURNAL_ARTICLE,
    "EJOUR": PublicationType.JOURNAL_ARTICLE,
    "RPRT": PublicationType.REPORT,
    "BOOK": PublicationType.BOOK,
    "EBOOK": PublicationType.BOOK,
    "CHAP": PublicationType.BOOK_CHAPTER,
    "ECHAP": PublicationType.BOOK_CHAPTER,
    "CONF": PublicationType.CONFERENCE_PAPER,
    "CPAPER": PublicationType.CONFERENCE_PAPER,
}
MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec".split()
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}


def report_kind(genre: str) -> PublicationType:
    genre = (genre or "").lower()
    if "working" in genre:
        return PublicationType.WORKING_PAPER
    if "brief" in genre:
        return PublicationType.POLICY_BRIEF
    return PublicationType.REPORT


def parse_name(name: str) -> tuple[str, str]:
    """ "Family, Given" or "Given Family" as (family, given)."""
    name = _clean(name)
    if "," in name:
        family, _sep, given = name.partition(",")
        return family.strip(), given.strip()
    parts = name.split()
    if len(parts) == 1:
        return parts[0], ""
    return parts[-1], " ".join(parts[:-1])


def _number(text: str) -> bool:
    """Plain digits 0-9 (``str.isdigit`` also says yes to "²", which ``int`` refuses)."""
    return text.isascii() and text.isdigit()


def parse_date(year: str, month: str = "", day: str = "", iso: str = ""):
    """``(date, precision)`` from the parts a reference gives, or ``(None, "")``.

    Precision is "year", "month" or "day": what the reference says, no more
    (``year = 2021`` is the year 2021, not 1 January).
    """
    iso = (iso or "").strip().replace("/", "-").strip("-")
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", iso)
    if match:
        year, month, day = match.group(1), match.group(2) or month, match.group(3) or day
    year = (year or "").strip()[:4]
    if not _number(year):
        return None, ""
    month = (month or "").strip().lower()[:3]
    month_number = MONTHS.get(month) or (int(month) if _number(month) else None)
    day = str(day or "").strip()
    day_number = int(day) if _number(day) and month_number else None
    precision = "day" if day_number else "month" if month_number else "year"
    try:
        return datetime.date(int(year), month_number or 1, day_number or 1), precision
    except ValueError:
        return None, ""


def _dated(parsed) -> dict:
    date, precision = parsed
    return {"publication_date": date, "publication_date_precision": precision or "day"}


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _clean(value) -> str:
    """A field's text: braces dropped, control characters and runs of space made one space."""
    text = CONTROL_CHARACTERS.sub(" ", re.sub(r"[{}]", "", str(value or "")))
    return re.sub(r"\s+", " ", text).strip()


def from_bibtex(entry: dict, reference: Reference):
    kind = entry.get("ENTRYTYPE", "").lower()
    publication_type = BIBTEX_KINDS.get(kind)
    if publication_type == PublicationType.REPORT:
        publication_type = report_kind(entry.get("type", ""))
    if publication_type is None:
        reference.problems.append(_("Entry type @%s is not a kind of publication we list.") % kind)
    container = entry.get("journal") or entry.get("booktitle") or entry.get("series", "")
    pages = re.split(r"\s*[-–—]+\s*", _clean(entry.get("pages", "")), maxsplit=1)
    number = _clean(entry.get("number", ""))
    is_report = publication_type in (
        PublicationType.REPORT,
        PublicationType.WORKING_PAPER,
        PublicationType.POLICY_BRIEF,
    )
    reference.fields = {
        "publication_type": publication_type,
        "title": _clean(entry.get("title", "")),
        "abstract": _clean(entry.get("abstract", "")),
        "container_title": _clean(container),
        "volume": _clean(entry.get("volume", "")),
        "issue": "" if is_report else number,
        "report_number": number if is_report else "",
        "first_page": pages[0] if pages else "",
        "last_page": pages[1] if len(pages) > 1 else "",
        **_dated(
            parse_date(
                entry.get("year", ""),
                entry.get("month", ""),
                entry.get("day", ""),
                entry.get("date", ""),
            )
        ),
        "publisher": _clean(entry.get("publisher", "")),
        "institution": _clean(entry.get("institution", "")),
        "doi": _clean(entry.get("doi", "")),
        "issn": _clean(entry.get("issn", "")),
        "isbn": _clean(entry.get("isbn", "")),
        "external_url": _clean(entry.get("url", "")),
        "editors": "; ".join(
            "{}, {}".format(*parse_name(n))
            for n in re.split(r"\s+and\s+", entry.get("editor", ""))
            if n.strip()
        ),
    }
    reference.authors = [
        parse_name(n) for n in re.split(r"\s+and\s+", entry.get("author", "")) if n.strip()
    ]
    reference.keywords = [
        _clean(k) for k in re.split(r"[;,]", entry.get("keywords", "")) if _clean(k)
    ]
    validate(reference)


def from_ris(entry: dict, reference: Reference):
    kind = entry.get("type_of_reference", "")
    publication_type = RIS_KINDS.get(kind)
    if publication_type == PublicationType.REPORT:
        publication_type = report_kind(entry.get("type_of_work", ""))
    if publication_type is None:
        reference.problems.append(
            _("Reference type %s is not a kind of publication we list.") % kind
        )
    is_report = publication_type in (
        PublicationType.REPORT,
        PublicationType.WORKING_PAPER,
        PublicationType.POLICY_BRIEF,
    )
    serial = _clean(entry.get("issn", ""))
    issn = isbn = report_number = ""
    if is_report:
        report_number = serial
    elif re.fullmatch(r"\d{4}-?\d{3}[\dXx]", serial):
        issn = serial
    else:
        isbn = serial
    authors = entry.get("authors", []) + entry.get("first_authors", [])
    reference.fields = {
        "publication_type": publication_type,
        "title": _clean(entry.get("title") or entry.get("primary_title", "")),
        "abstract": _clean(entry.get("abstract") or entry.get("notes_abstract", "")),
        "container_title": _clean(
            entry.get("secondary_title")
            or entry.get("journal_name")
            or entry.get("alternate_title3", "")
        ),
        "volume": _clean(entry.get("volume", "")),
        "issue": "" if is_report else _clean(entry.get("number", "")),
        "report_number": report_number,
        "first_page": _clean(entry.get("start_page", "")),
        "last_page": _clean(entry.get("end_page", "")),
        **_dated(
            parse_date(
                entry.get("year") or entry.get("publication_year", ""), iso=entry.get("date", "")
            )
        ),
        "publisher": "" if is_report else _clean(entry.get("publisher", "")),
        "institution": _clean(entry.get("publisher", "")) if is_report else "",
        "doi": _clean(entry.get("doi", "")),
        "issn": issn,
        "isbn": isbn,
        "external_url": _clean((entry.get("urls") or [""])[0]),
        "editors": "; ".join(
            "{}, {}".format(*parse_name(n)) for n in entry.get("secondary_authors", [])
        ),
    }
    reference.authors = [parse_name(n) for n in authors if n.strip()]
    reference.keywords = [_clean(k) for k in entry.get("keywords", []) if _clean(k)]
    validate(reference)


def validate(reference: Reference):
    fields = reference.fields
    if not fields["title"]:
        reference.problems.append(_("It has no title."))
    if not reference.authors:
        reference.problems.append(_("It has no authors."))
    if fields["publication_date"] is None:
        reference.problems.append(_("It has no valid year or date of publication."))
    if not fields["abstract"]:
        fields["abstract"] = ""
    for name, validator, label in (
        ("doi", validate_doi, "DOI"),
        ("issn", validate_issn, "ISSN"),
        ("isbn", validate_isbn, "ISBN"),
    ):
        if fields[name]:
            try:
                validator(fields[name])
            except ValidationError as error:
                reference.problems.append(f"{label}: {' '.join(error.messages)}")
    fields["doi"] = normalise_doi(fields["doi"])
    if fields["issn"]:
        fields["issn"] = normalise_issn(fields["issn"])
    if len(fields["title"]) > 255:
        reference.problems.append(_("The title is longer than 255 characters."))


def classify(references: list[Reference]):
    """Mark entries whose DOI is already on the site, or earlier in the same file."""
    dois = {r.fields["doi"].lower() for r in references if r.fields.get("doi")}
    existing = {}
    matching = PublicationPage.objects.annotate(doi_lower=Lower("doi")).filter(doi_lower__in=dois)
    for page in matching:
        existing[page.doi.lower()] = page
    seen = set()
    for reference in references:
        doi = reference.fields.get("doi", "").lower()
        if not doi:
            continue
        if doi in existing:
            reference.existing = existing[doi]
        elif doi in seen:
            reference.problems.append(_("The same DOI appears earlier in this file."))
        seen.add(doi)


# Fields validated by our own checks above, whose model messages would only repeat them.
CHECKED_ABOVE = {"title", "publication_type", "publication_date", "doi", "issn", "isbn"}
# Fields a page only gets from its place in the tree, when it is added under its parent.
SET_BY_THE_TREE = ["path", "depth", "numchild", "url_path"]


def draft_page(reference: Reference, parent) -> PublicationPage:
    """The draft page ``reference`` becomes under ``parent`` (not saved)."""
    page = PublicationPage(
        live=False,
        slug=unique_slug(parent, reference.title),
        locale=parent.locale,
        **reference.fields,
    )
    page._cached_parent_obj = parent  # what treebeard's get_parent() reads
    return page


def _field_label(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # noqa: BLE001 - a message not tied to one field
        return ""


def validate_as_saved(reference: Reference, parent) -> None:
    """Add to ``reference.problems`` whatever saving it as a draft page would refuse.

    The same ``full_clean`` that ``save_revision`` runs, on the same page under the
    same parent; its authors as the people ``match_person`` would create; its
    keywords as tags.
    """
    if reference.status == "duplicate":
        return
    problems = []
    try:
        draft_page(reference, parent).full_clean(exclude=SET_BY_THE_TREE)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            if name in CHECKED_ABOVE and reference.problems:
                continue
            label = _field_label(PublicationPage, name)
            problems += [f"{label}: {message}" if label else message for message in messages]
    for family, given in reference.authors:
        person = Person(family_name=family, given_name=given, locale=parent.locale)
        try:
            person.clean_fields(exclude=["slug", "locale", "photo", "orcid", "affiliation", "bio"])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                label = _field_label(Person, name)
                problems += [f"{label} ({family}): {message}" for message in messages]
    tag_length = Tag._meta.get_field("name").max_length
    for keyword in reference.keywords:
        if len(keyword) > tag_length:
            problems.append(
                _("The keyword “%(keyword)s…” is longer than %(limit)d characters.")
                % {"keyword": keyword[:40], "limit": tag_length}
            )
    reference.problems += problems


# -- creating ---------------------------------------------------------------------


def match_person(family: str, given: str, locale) -> Person:
    """The existing person with this name (or initials), or a new one."""
    people = Person.objects.filter(family_name__iexact=family, locale=locale)
    exact = people.filter(given_name__iexact=given).first()
    if exact:
        return exact
    initials = [p[0].lower() for p in re.split(r"[\s.\-]+", given) if p]
    if initials:
        candidates = [
            p
            for p in people
            if [q[0].lower() for q in re.split(r"[\s.\-]+", p.given_name) if q][: len(initials)]
            == initials
        ]
        if len(candidates) == 1:
            return candidates[0]
    person = Person(family_name=family, given_name=given, locale=locale)
    person.save()
    return person


def unique_slug(parent, title: str) -> str:
    base = slugify(title)[:70].strip("-") or "publication"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_publications(references: list[Reference], parent, user=None) -> list[PublicationPage]:
    """Draft pages for the given new references, all or none."""
    created = []
    with transaction.atomic():
        for reference in references:
            if reference.status != "new":
                continue
            page = draft_page(reference, parent)
            page.owner = user
            page.authors = [
                PublicationAuthor(person=match_person(family, given, parent.locale), sort_order=i)
                for i, (family, given) in enumerate(reference.authors)
            ]
            page.keywords.add(*reference.keywords)
            parent.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
            created.append(page)
    return created
