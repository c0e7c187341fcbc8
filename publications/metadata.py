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


def highwire_tags(publication, request=None) -> list[tuple[str, str]]:
    kind = publication.publication_type
    tags = [("citation_title", publication.title)]
    tags += [("citation_author", person.sort_name) for person in publication.author_people]
    tags.append(("citation_publication_date", _date(publication.publication_date)))
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
    page_url = request.build_absolute_uri(publication.url) if request else publication.full_url
    tags.append(("citation_abstract_html_url", page_url))
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
    url = request.build_absolute_uri(publication.url) if request else publication.full_url
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
        "datePublished": publication.publication_date.isoformat(),
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
