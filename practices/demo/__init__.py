"""The demo site's Practice Sourcebook: guides, case studies, a collection, their translations.

The content is in the files beside this module (read with ``cms.demo``):

- ``sourcebook.md`` and ``collection.md``: the sourcebook and the collection page;
- ``guides/NN-<slug>.md``: practice guides. Front matter: title, summary,
  people, time, themes, intervention_types, image_hue; body sections
  "## Problem", "## When to use", "## Steps" (one "### " per step),
  "## Pitfalls", "## Worked example";
- ``cases/NN-<slug>.md``: case studies. Front matter: title, summary,
  organisation, country, sector, level, size, period, contact, themes,
  intervention_types, guides (the guides it used, by slug), quotes,
  image_hue; body sections "## Challenge", "## What was done",
  "## Outcomes", "## Evidence", "## Lessons";
- ``translations/<language>.po``: translations of the sourcebook and of some
  entries (contexts ``sourcebook``, ``guides/<slug>``, ``cases/<slug>``); the
  rest stays in English so the listings' fallback to English shows.

Entries are published a month apart, oldest first in file order, so "newest
first" means something. Idempotent: existing pages are left alone.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from django.utils import timezone
from wagtail.rich_text import RichText

from cms.demo import (
    catalogues,
    illustration,
    index_page,
    plain_text,
    read_page,
    read_pages,
    rich_text,
    split_headings,
)
from practices.models import (
    CaseStudyGuide,
    CaseStudyPage,
    CollectionPage,
    PracticeGuidePage,
    RelatedEntry,
    SourcebookIndexPage,
)

DATA = Path(__file__).parent
GUIDE_SECTIONS = ("problem", "when_to_use", "steps", "pitfalls", "worked_example")
CASE_SECTIONS = ("challenge", "what_was_done", "outcomes", "evidence", "lessons")


def guides():
    return read_pages(DATA / "guides")


def cases():
    return read_pages(DATA / "cases")


def _publish(page, when):
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    # Spread publication dates so "newest first" means something in the demo.
    type(page).objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    return page


def _guide(entry, terms) -> PracticeGuidePage:
    text = entry.sections(GUIDE_SECTIONS)
    page = PracticeGuidePage(
        title=entry["title"],
        slug=entry.slug,
        summary=plain_text(entry["summary"]),
        problem=rich_text(text["problem"]),
        when_to_use=rich_text(text["when_to_use"]),
        steps=[
            ("step", {"title": title, "body": RichText(rich_text(body))})
            for title, body in split_headings(text["steps"], level=3, path=entry.path)
        ],
        people=plain_text(entry["people"]),
        time_needed=plain_text(entry["time"]),
        pitfalls=rich_text(text["pitfalls"]),
        worked_example=rich_text(text["worked_example"]),
        listing_image=illustration(entry["title"], entry["image_hue"]),
    )
    page.themes = [terms["theme"][s] for s in entry["themes"]]
    page.intervention_types = [terms["intervention"][s] for s in entry["intervention_types"]]
    return page


def _case(entry, terms, guides_by_slug) -> CaseStudyPage:
    text = entry.sections(CASE_SECTIONS)
    page = CaseStudyPage(
        title=entry["title"],
        slug=entry.slug,
        summary=plain_text(entry["summary"]),
        organisation=entry["organisation"],
        country=terms["country"][entry["country"]],
        sector=terms["sector"][entry["sector"]],
        government_level=terms["level"][entry["level"]],
        size=entry["size"],
        period=entry["period"],
        challenge=rich_text(text["challenge"]),
        what_was_done=rich_text(text["what_was_done"]),
        outcomes=rich_text(text["outcomes"]),
        evidence=rich_text(text["evidence"]),
        lessons=rich_text(text["lessons"]),
        quotes=[
            ("quote", {"text": plain_text(q["text"]), "attribution": q["attribution"]})
            for q in entry.get("quotes", [])
        ],
        contact=entry["contact"],
        listing_image=illustration(entry["title"], entry["image_hue"]),
    )
    page.themes = [terms["theme"][s] for s in entry["themes"]]
    page.intervention_types = [terms["intervention"][s] for s in entry["intervention_types"]]
    used = [guides_by_slug[s] for s in entry["guides"]]
    page.guides_used = [CaseStudyGuide(guide=guide) for guide in used]
    page.related_links = [RelatedEntry(target=guide) for guide in used]
    return page


def load(home, terms, log) -> SourcebookIndexPage:
    """The sourcebook under ``home``, its guides and case studies, and a collection page."""
    sourcebook = index_page(
        SourcebookIndexPage, home, DATA / "sourcebook.md", log, "sourcebook", intro=rich_text
    )

    now = timezone.now()
    guide_entries = guides()
    guide_pages, created_guides = {}, []
    for i, entry in enumerate(guide_entries):
        page = PracticeGuidePage.objects.child_of(sourcebook).filter(slug=entry.slug).first()
        if page is None:
            page = _guide(entry, terms)
            sourcebook.add_child(instance=page)
            _publish(page, now - timedelta(days=30 * (len(guide_entries) - i) + 3))
            created_guides.append(page)
            log("guide")
        guide_pages[entry.slug] = page

    case_entries = cases()
    case_pages = {}
    for i, entry in enumerate(case_entries):
        page = CaseStudyPage.objects.child_of(sourcebook).filter(slug=entry.slug).first()
        if page is None:
            page = _case(entry, terms, guide_pages)
            sourcebook.add_child(instance=page)
            _publish(page, now - timedelta(days=30 * (len(case_entries) - i)))
            log("case study")
        case_pages[entry.slug] = page

    # Guides created in this run point at the case studies that used them.
    for guide in created_guides:
        used_in = [
            case
            for case in case_pages.values()
            if any(link.guide_id == guide.pk for link in case.guides_used.all())
        ]
        if used_in:
            guide.related_links = [RelatedEntry(target=case) for case in used_in[:3]]
            _publish(guide, guide.first_published_at)

    if not CollectionPage.objects.child_of(home).exists():
        entry = read_page(DATA / "collection.md")
        collection = CollectionPage(
            title=entry["title"],
            slug=entry.slug,
            intro=rich_text(entry.body),
            order=entry["order"],
        )
        collection.themes = [terms["theme"][s] for s in entry["themes"]]
        home.add_child(instance=collection)
        collection.save_revision().publish()
        log("collection")
    return sourcebook


def load_translations(sourcebook, log) -> None:
    """Translate the sourcebook and the entries the catalogues in ``translations/`` name.

    Run after the taxonomies and the home page are translated, so the
    translated entries show translated terms under a translated home page.
    """
    objects = {"sourcebook": sourcebook}
    for folder, model in (("guides", PracticeGuidePage), ("cases", CaseStudyPage)):
        for page in model.objects.child_of(sourcebook):
            objects[f"{folder}/{page.slug}"] = page
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects(objects, log)
