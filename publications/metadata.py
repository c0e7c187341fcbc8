"""Machine-readable metadata of a publication page.

Highwire Press ``citation_*`` meta tags are what Google Scholar's inclusion
guidelines, Zotero and Mendeley read; schema.org JSON-LD is what general search
engines read. Both are built here from the same fields.
"""

from __future__ import annotations

import json

from django.utils.safestring import mark_safe

from .enums import PublicationType


def _date(value):
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}" if value else ""


def _page_url(publication, request=None) -> str:
    """The page's own address (not the one it is served at under another language)."""
    source = getattr(publication, "source_url", None)
    if source:
        return source
    return request.build_absolute_uri(publication.url) if request else publication.full_url


def highwire_tags(publication, request=None) -> list[tuple[str, str]]:
    kind = publication.publication_type
    tags = [("citation_title", publication.title)]
    tags += [("citation_author", person.sort_name) for person in publication.author_people]
    # As precise as known: "2021" for a work dated by its year, never "2021/01/01".
    tags.append(("citation_publication_date", publication.publication_date_iso.replace("-", "/")))
    if publication.online_date:
        tags.append(("citation_online_date", _date(publication.online_date)))
    container = publication.container_title
    if kind == PublicationType.JOURNAL_ARTICLE and container:
        tags.append(("citation_journal_title", container))
    elif kind == PublicationType.CONFERENCE_PAPER and container:
        tags.append(("citation_conference_title", container))
    elif kind == PublicationType.BOOK_CHAPTER and container:
        tags.append(("citation_inbook_title", container))
    elif container:
        tags.append(("citation_series_title", container))
    for name, value in (
        ("citation_volume", publication.volume),
        ("citation_issue", publication.issue),
        ("citation_firstpage", publication.first_page),
        ("citation_lastpage", publication.last_page),
        ("citation_publisher", publication.publisher),
        ("citation_issn", publication.issn),
        ("citation_isbn", publication.isbn),
        ("citation_doi", publication.doi),
    ):
        if value:
            tags.append((name, value))
    if publication.is_report:
        institution = publication.institution or publication.publisher
        if institution:
            tags.append(("citation_technical_report_institution", institution))
        if publication.report_number:
            tags.append(("citation_technical_report_number", publication.report_number))
    pdf_url = publication.pdf_url(request)
    if pdf_url:
        tags.append(("citation_pdf_url", pdf_url))
    tags.append(("citation_abstract_html_url", _page_url(publication, request)))
    tags.append(("citation_language", publication.locale.language_code))
    if publication.keyword_names:
        tags.append(("citation_keywords", "; ".join(publication.keyword_names)))
    return tags


SCHEMA_TYPES = {
    PublicationType.JOURNAL_ARTICLE: "ScholarlyArticle",
    PublicationType.CONFERENCE_PAPER: "ScholarlyArticle",
    PublicationType.WORKING_PAPER: "Report",
    PublicationType.POLICY_BRIEF: "Report",
    PublicationType.REPORT: "Report",
    PublicationType.BOOK: "Book",
    PublicationType.BOOK_CHAPTER: "Chapter",
}


def json_ld_data(publication, request=None) -> dict:
    kind = publication.publication_type
    url = _page_url(publication, request)
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES[kind],
        "@id": url,
        "url": url,
        "name": publication.title,
        "headline": publication.title[:110],
        "author": [
            {
                "@type": "Person",
                "name": person.name,
                "givenName": person.given_name,
                "familyName": person.family_name,
                **({"affiliation": person.affiliation} if person.affiliation else {}),
                **({"sameAs": person.orcid_url} if person.orcid else {}),
            }
            for person in publication.author_people
        ],
        "datePublished": publication.publication_date_iso,
        "abstract": publication.abstract,
        "inLanguage": publication.locale.language_code,
    }
    if publication.keyword_names:
        data["keywords"] = ", ".join(publication.keyword_names)
    if publication.doi:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "DOI",
            "value": publication.doi,
        }
        data["sameAs"] = publication.doi_url
    if publication.licence_url:
        data["license"] = publication.licence_url
    publisher = publication.publisher or publication.institution
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    if publication.first_page:
        data["pageStart"] = publication.first_page
    if publication.last_page:
        data["pageEnd"] = publication.last_page
    if publication.isbn and kind == PublicationType.BOOK:
        data["isbn"] = publication.isbn
    if publication.report_number and publication.is_report:
        data["reportNumber"] = publication.report_number
    container = publication.container_title
    if kind == PublicationType.JOURNAL_ARTICLE and container:
        periodical = {"@type": "Periodical", "name": container}
        if publication.issn:
            periodical["issn"] = publication.issn
        part_of = periodical
        if publication.volume:
            part_of = {
                "@type": "PublicationVolume",
                "volumeNumber": publication.volume,
                "isPartOf": part_of,
            }
        if publication.issue:
            part_of = {
                "@type": "PublicationIssue",
                "issueNumber": publication.issue,
                "isPartOf": part_of,
            }
        data["isPartOf"] = part_of
    elif kind == PublicationType.BOOK_CHAPTER and container:
        book = {"@type": "Book", "name": container}
        if publication.isbn:
            book["isbn"] = publication.isbn
        data["isPartOf"] = book
    elif container:
        data["isPartOf"] = {"@type": "CreativeWorkSeries", "name": container}
    pdf_url = publication.pdf_url(request)
    if pdf_url:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": pdf_url,
            "encodingFormat": "application/pdf",
        }
    return data


def json_ld(publication, request=None):
    """The JSON-LD as a string safe to put inside a ``<script>`` element."""
    text = json.dumps(json_ld_data(publication, request), ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - markup characters escaped above


# -- COinS ----------------------------------------------------------------------------
# A ContextObject in SPAN (OpenURL 1.0, KEV format) per publication in a listing:
# Zotero, Mendeley and other reference managers find them and offer to save several
# items from one page at once.

COINS_FORMATS = {
    PublicationType.JOURNAL_ARTICLE: ("journal", "article"),
    PublicationType.CONFERENCE_PAPER: ("book", "proceeding"),
    PublicationType.BOOK: ("book", "book"),
    PublicationType.BOOK_CHAPTER: ("book", "bookitem"),
    PublicationType.WORKING_PAPER: ("book", "report"),
    PublicationType.POLICY_BRIEF: ("book", "report"),
    PublicationType.REPORT: ("book", "report"),
}


def coins(publication, request=None, url=None) -> str:
    """The publication as an OpenURL ContextObject (the ``title`` of a ``span.Z3988``).

    ``url``: the page's address when the caller knows it already.
    """
    from urllib.parse import urlencode

    fmt, genre = COINS_FORMATS[publication.publication_type]
    pairs = [
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", f"info:ofi/fmt:kev:mtx:{fmt}"),
        ("rft.genre", genre),
    ]
    if publication.doi:
        pairs.append(("rft_id", f"info:doi/{publication.doi}"))
    url = getattr(publication, "source_url", None) or url or _page_url(publication, request)
    if url:
        pairs.append(("rft_id", url))
    container = publication.container_title
    if genre == "article":
        pairs += [("rft.atitle", publication.title), ("rft.jtitle", container)]
    elif genre in ("bookitem", "proceeding"):
        pairs += [("rft.atitle", publication.title), ("rft.btitle", container)]
    else:
        pairs += [("rft.btitle", publication.title), ("rft.series", container)]
    people = publication.author_people
    if people:
        pairs += [("rft.aulast", people[0].family_name), ("rft.aufirst", people[0].given_name)]
    pairs += [("rft.au", person.sort_name) for person in people]
    publisher = publication.institution if publication.is_report else publication.publisher
    pairs += [
        ("rft.date", publication.publication_date_iso),
        ("rft.volume", publication.volume),
        ("rft.issue", publication.issue),
        ("rft.spage", publication.first_page),
        ("rft.epage", publication.last_page),
        ("rft.pub", publisher),
        ("rft.issn", publication.issn),
        ("rft.isbn", publication.isbn),
    ]
    return urlencode([(key, value) for key, value in pairs if value])
