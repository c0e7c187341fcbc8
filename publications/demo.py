"""The demo site's publications, people and news. Idempotent: existing pages are left alone."""

from __future__ import annotations

import datetime

from wagtail.models import Locale

from cms.demo import body_blocks, illustration

from . import demo_content as content
from .models import (
    NewsIndexPage,
    NewsPage,
    Person,
    PublicationAuthor,
    PublicationIndexPage,
    PublicationPage,
)


def _themes(terms, slugs):
    themes = terms.get("theme", {}) if terms else {}
    return [themes[slug] for slug in slugs if slug in themes]


def load_people(log) -> dict[str, Person]:
    locale = Locale.get_default()
    people = {}
    for slug, given, family, affiliation, orcid, bio in content.PEOPLE:
        person = Person.objects.filter(slug=slug, locale=locale).first()
        if person is None:
            person = Person.objects.create(
                slug=slug,
                locale=locale,
                given_name=given,
                family_name=family,
                affiliation=affiliation,
                orcid=orcid,
                bio=bio,
            )
            log("person")
        people[slug] = person
    return people


def load_publications(home, terms, people, log) -> PublicationIndexPage:
    index = PublicationIndexPage.objects.child_of(home).first()
    if index is None:
        index = PublicationIndexPage(
            title="Publications",
            slug="publications",
            show_in_menus=True,
            intro=(
                "Papers, reports, policy briefs and books from the Praxis consortium. Filter "
                "them, cite them, or download the references for your reference manager."
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        log("publications index")

    for row in content.PUBLICATIONS:
        slug = row.get("slug") or _slug(row["title"])
        if PublicationPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        fields = {
            key: row.get(key, "")
            for key in (
                "abstract",
                "impact",
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
            )
        }
        page = PublicationPage(
            title=row["title"],
            slug=slug,
            publication_type=row["type"],
            publication_date=datetime.date.fromisoformat(row["publication_date"]),
            licence="cc-by-4.0" if row["type"] != "journal_article" else "",
            featured=row.get("featured", False),
            **fields,
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
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = NewsIndexPage(
            title="News",
            slug="news",
            show_in_menus=True,
            intro="News from the consortium: publications, events and the sourcebook.",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        log("news index")

    authors = [people[s] for s in ("sarah-oconnor", "josiah-carberry", "lars-pedersen")]
    today = datetime.date.today()
    for i, (title, lead, tags, themes) in enumerate(content.NEWS):
        slug = _slug(title)
        if NewsPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        page = NewsPage(
            title=title,
            slug=slug,
            date=today - datetime.timedelta(days=21 * (len(content.NEWS) - i)),
            lead=lead,
            body=body_blocks(content.NEWS_BODY.format(lead=lead)),
            image=illustration(f"News: {title}", hue=(i * 37) % 360),
            image_alt=f"Abstract illustration in shades of colour for “{title}”",
            author=authors[i % len(authors)],
        )
        page.themes = _themes(terms, themes)
        page.tags.add(*tags)
        index.add_child(instance=page)
        page.save_revision().publish()
        log("news item")
    return index


def _slug(title):
    from django.utils.text import slugify

    return slugify(title)[:70].strip("-")


# Public documents in the document library (PDFs the site search reads):
# title, language, the words inside.
DOCUMENTS = [
    (
        "Strategy workshop facilitation checklist",
        "en",
        "Strategy workshop facilitation checklist",
        [
            "Before the workshop: invite citizens, frontline staff and managers in equal numbers; "
            "send the agenda and the questions two weeks ahead.",
            "During the workshop: small mixed groups, one facilitator per group, a visible record "
            "of every proposal.",
            "After the workshop: publish what was decided and why within a month.",
        ],
    ),
    (
        "Atelier stratégique avec les citoyens : fiche pratique",
        "fr",
        "Atelier stratégique avec les citoyens",
        [
            "Avant l'atelier : inviter des citoyens, des agents de terrain et des cadres en nombre "
            "égal ; envoyer l'ordre du jour deux semaines avant.",
            "Pendant l'atelier : petits groupes mixtes, un animateur par groupe.",
            "Après l'atelier : publier les décisions et leurs raisons dans le mois.",
        ],
    ),
]


def load_documents(log):
    """A few public PDFs, so the site search shows documents found by their words."""
    from django.core.files.base import ContentFile
    from django.utils.html import escape
    from wagtail.documents import get_document_model
    from wagtail.models import Collection
    from weasyprint import HTML

    Document = get_document_model()
    root = Collection.get_first_root_node()
    for title, language, heading, paragraphs in DOCUMENTS:
        if Document.objects.filter(title=title).exists():
            continue
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        html = f"<html lang='{language}'><body><h1>{escape(heading)}</h1>{body}</body></html>"
        document = Document(title=title, collection=root, language=language)
        document.file = ContentFile(HTML(string=html).write_pdf(), name=f"{_slug(title)}.pdf")
        document.save()
        log("public document")


# A public spreadsheet (the site search reads its cells): title, sheet, rows.
SPREADSHEET = (
    "Participatory budgeting pilots: figures 2024-2026",
    "Pilots",
    [
        ("Municipality", "Country", "Year", "Budget put to residents (EUR)", "Proposals funded"),
        ("Tartu", "Estonia", 2024, 200000, 14),
        ("Gdansk", "Poland", 2025, 1800000, 61),
        ("Lisbon", "Portugal", 2025, 2500000, 32),
        ("Utrecht", "Netherlands", 2026, 400000, 19),
    ],
)


def _public_document(title, suffix, write, log):
    """A public document ``title`` in English, its file written by ``write(buffer)``, once."""
    import io

    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    Document = get_document_model()
    if Document.objects.filter(title=title).exists():
        return
    buffer = io.BytesIO()
    write(buffer)
    document = Document(title=title, collection=Collection.get_first_root_node(), language="en")
    document.file = ContentFile(buffer.getvalue(), name=f"{_slug(title)}{suffix}")
    document.save()
    log("public document")


def load_spreadsheet(log):
    from openpyxl import Workbook

    title, sheet, rows = SPREADSHEET
    workbook = Workbook()
    workbook.active.title = sheet
    for row in rows:
        workbook.active.append(row)
    _public_document(title, ".xlsx", workbook.save, log)


# Public slides (the site search reads their text and speaker notes): title,
# then (heading, bullet points, speaker notes) per slide.
SLIDES = (
    "Learning partnerships with public agencies: kick-off slides",
    [
        (
            "Learning partnerships with public agencies",
            ["Kick-off meeting of the consortium and its partner agencies"],
            "Welcome the agency teams; introduce the researchers and consultants.",
        ),
        (
            "How we work together",
            [
                "Agency staff, consultants and researchers as learning partners",
                "Six-month development cycles, each with a review of its impact",
                "Documents and notes shared in each agency's members' area",
            ],
            "Mention the Ljubljana pilot and its peer-review panel as an example.",
        ),
    ],
)


def load_slides(log):
    from pptx import Presentation

    title, slides = SLIDES
    presentation = Presentation()
    for heading, points, notes in slides:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text = "\n".join(points)
        slide.notes_slide.notes_text_frame.text = notes
    _public_document(title, ".pptx", presentation.save, log)


def load(home, terms, log):
    """People, papers, news, and a few public documents."""
    people = load_people(log)
    publications = load_publications(home, terms, people, log)
    news = load_news(home, terms, people, log)
    load_documents(log)
    load_spreadsheet(log)
    load_slides(log)
    return publications, news
