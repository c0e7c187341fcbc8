"""The demo site's people, publications, news and public documents.

The content is in the files beside this module (read with ``cms.demo``):
``people.yaml`` (authors and speakers), ``publications.yaml`` (one
bibliographic record per publication), ``publications-index.md`` and
``news-index.md`` (the two listings), ``news/NN-<slug>.md`` (news items:
front matter title, lead, days_ago, author, tags, themes, image_hue,
image_alt; the body is the item's Markdown) and ``documents.yaml`` (public
PDFs, a spreadsheet and slides the site search reads).
Idempotent: existing pages, people and documents are left alone.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from cms.demo import (
    body_blocks,
    catalogues,
    illustration,
    index_page,
    plain_text,
    read_pages,
    read_yaml,
)
from publications.models import (
    NewsIndexPage,
    NewsPage,
    Person,
    PublicationAuthor,
    PublicationIndexPage,
    PublicationPage,
)

DATA = Path(__file__).parent

#: Bibliographic fields a record may carry as they are (text).
RECORD_FIELDS = (
    "container_title",
    "editors",
    "volume",
    "issue",
    "first_page",
    "last_page",
    "publisher",
    "doi",
    "issn",
    "isbn",
    "institution",
    "report_number",
    "external_url",
    "licence",
)


def _themes(terms, slugs):
    themes = terms.get("theme", {}) if terms else {}
    return [themes[slug] for slug in slugs if slug in themes]


def _slug(title):
    return slugify(title)[:70].strip("-")


def load_people(log) -> dict[str, Person]:
    """The people of ``people.yaml`` by slug (authors, and the events' speakers)."""
    locale = Locale.get_default()
    people = {}
    for row in read_yaml(DATA / "people.yaml"):
        person = Person.objects.filter(slug=row["slug"], locale=locale).first()
        if person is None:
            person = Person.objects.create(
                slug=row["slug"],
                locale=locale,
                given_name=row["given_name"],
                family_name=row["family_name"],
                affiliation=row.get("affiliation", ""),
                orcid=row.get("orcid", ""),
                bio=plain_text(row.get("bio", "")),
            )
            log("person")
        people[row["slug"]] = person
    return people


def load_publications(home, terms, people, log) -> PublicationIndexPage:
    index = index_page(
        PublicationIndexPage, home, DATA / "publications-index.md", log, "publications index"
    )
    for row in read_yaml(DATA / "publications.yaml"):
        slug = row.get("slug") or _slug(row["title"])
        if PublicationPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        page = PublicationPage(
            title=row["title"],
            slug=slug,
            publication_type=row["type"],
            publication_date=datetime.date.fromisoformat(row["publication_date"]),
            featured=row.get("featured", False),
            abstract=plain_text(row.get("abstract", "")),
            impact=plain_text(row.get("impact", "")),
            **{key: row.get(key, "") for key in RECORD_FIELDS},
        )
        page.authors = [
            PublicationAuthor(person=people[s], sort_order=i) for i, s in enumerate(row["authors"])
        ]
        page.themes = _themes(terms, row.get("themes", []))
        page.keywords.add(*row.get("keywords", []))
        index.add_child(instance=page)
        page.save_revision().publish()
        log("publication")
    return index


def load_news(home, terms, people, log) -> NewsIndexPage:
    index = index_page(NewsIndexPage, home, DATA / "news-index.md", log, "news index")
    today = datetime.date.today()
    for entry in read_pages(DATA / "news"):
        if NewsPage.objects.child_of(index).filter(slug=entry.slug).exists():
            continue
        page = NewsPage(
            title=entry["title"],
            slug=entry.slug,
            date=today - datetime.timedelta(days=entry["days_ago"]),
            lead=plain_text(entry["lead"]),
            body=body_blocks(entry.body),
            image=illustration(f"News: {entry['title']}", hue=entry["image_hue"]),
            image_alt=entry["image_alt"],
            author=people[entry["author"]],
        )
        page.themes = _themes(terms, entry.get("themes", []))
        page.tags.add(*entry.get("tags", []))
        index.add_child(instance=page)
        page.save_revision().publish()
        log("news item")
    return index


def _public_document(title, language, suffix, write, log):
    """A public document ``title``, its file written by ``write(buffer)``, once."""
    Document = get_document_model()
    if Document.objects.filter(title=title).exists():
        return
    buffer = io.BytesIO()
    write(buffer)
    document = Document(title=title, collection=Collection.get_first_root_node(), language=language)
    document.file = ContentFile(buffer.getvalue(), name=f"{_slug(title)}{suffix}")
    document.save()
    log("public document")


def _pdf(row):
    from weasyprint import HTML

    body = "".join(f"<p>{escape(p)}</p>" for p in row["paragraphs"])
    html = (
        f"<html lang='{row['language']}'><body><h1>{escape(row['heading'])}</h1>{body}"
        "</body></html>"
    )
    return lambda buffer: buffer.write(HTML(string=html).write_pdf())


def _spreadsheet(row):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = row["sheet"]
    for cells in row["rows"]:
        workbook.active.append(cells)
    return workbook.save


def _slides(row):
    from pptx import Presentation

    presentation = Presentation()
    for item in row["slides"]:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = item["heading"]
        slide.placeholders[1].text = "\n".join(item["points"])
        slide.notes_slide.notes_text_frame.text = item["notes"]
    return presentation.save


def load_documents(log):
    """Public PDFs, spreadsheets and slides, so the site search shows documents by their words."""
    data = read_yaml(DATA / "documents.yaml")
    for row in data.get("pdfs", []):
        _public_document(row["title"], row["language"], ".pdf", _pdf(row), log)
    for row in data.get("spreadsheets", []):
        _public_document(row["title"], row.get("language", "en"), ".xlsx", _spreadsheet(row), log)
    for row in data.get("slides", []):
        _public_document(row["title"], row.get("language", "en"), ".pptx", _slides(row), log)


def load(home, terms, people, log):
    """Papers, news, and a few public documents; ``people`` from ``load_people``."""
    publications = load_publications(home, terms, people, log)
    news = load_news(home, terms, people, log)
    load_documents(log)
    return publications, news


def load_translations(publications, news, log) -> None:
    """Translate the publications and news indexes (contexts ``publications-index`` and
    ``news-index`` in ``translations/<language>.po``); the items stay in English."""
    objects = {"publications-index": publications, "news-index": news}
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects(objects, log)
