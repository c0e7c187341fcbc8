"""The demo site's Practice Sourcebook: guides, case studies and a collection."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from wagtail.rich_text import RichText

from cms.demo import illustration, paragraphs

from . import demo_content as content
from .models import (
    CaseStudyGuide,
    CaseStudyPage,
    CollectionPage,
    PracticeGuidePage,
    RelatedEntry,
    SourcebookIndexPage,
)


def _publish(page, when):
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    # Spread publication dates so "newest first" means something in the demo.
    type(page).objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    return page


def load(home, terms, log) -> SourcebookIndexPage:
    sourcebook = SourcebookIndexPage.objects.child_of(home).first()
    if sourcebook is None:
        sourcebook = SourcebookIndexPage(
            title="Practice Sourcebook",
            slug="sourcebook",
            show_in_menus=True,
            intro=paragraphs(
                "Practice guides and case studies for public managers who lead strategic "
                "renewal: what to do, when it helps, and what happened when agencies "
                "across Europe tried it.\n\nFilter by theme, country, sector and type of "
                "intervention, or download the whole sourcebook as a book."
            ),
        )
        home.add_child(instance=sourcebook)
        sourcebook.save_revision().publish()
        log("sourcebook")

    now = timezone.now()
    guides, created_guides = {}, []
    for i, row in enumerate(content.GUIDES):
        page = PracticeGuidePage.objects.child_of(sourcebook).filter(slug=row["slug"]).first()
        if page is None:
            page = PracticeGuidePage(
                title=row["title"],
                slug=row["slug"],
                summary=row["summary"],
                problem=paragraphs(row["problem"]),
                when_to_use=paragraphs(row["when_to_use"]),
                steps=[
                    ("step", {"title": s["title"], "body": RichText(paragraphs(s["body"]))})
                    for s in row["steps"]
                ],
                people=row["people"],
                time_needed=row["time"],
                pitfalls=paragraphs(row["pitfalls"]),
                worked_example=paragraphs(row["worked_example"]),
                listing_image=illustration(row["title"], row["image_hue"]),
            )
            page.themes = [terms["theme"][s] for s in row["themes"]]
            page.intervention_types = [terms["intervention"][s] for s in row["intervention_types"]]
            sourcebook.add_child(instance=page)
            _publish(page, now - timedelta(days=30 * (len(content.GUIDES) - i) + 3))
            created_guides.append(page)
            log("guide")
        guides[row["slug"]] = page

    cases = {}
    for i, row in enumerate(content.CASES):
        page = CaseStudyPage.objects.child_of(sourcebook).filter(slug=row["slug"]).first()
        if page is None:
            page = CaseStudyPage(
                title=row["title"],
                slug=row["slug"],
                summary=row["summary"],
                organisation=row["organisation"],
                country=terms["country"][row["country"]],
                sector=terms["sector"][row["sector"]],
                government_level=terms["level"][row["level"]],
                size=row["size"],
                period=row["period"],
                challenge=paragraphs(row["challenge"]),
                what_was_done=paragraphs(row["what_was_done"]),
                outcomes=paragraphs(row["outcomes"]),
                evidence=paragraphs(row["evidence"]),
                lessons=paragraphs(row["lessons"]),
                quotes=[("quote", q) for q in row["quotes"]],
                contact=row["contact"],
                listing_image=illustration(row["title"], row["image_hue"]),
            )
            page.themes = [terms["theme"][s] for s in row["themes"]]
            page.intervention_types = [terms["intervention"][s] for s in row["intervention_types"]]
            page.guides_used = [CaseStudyGuide(guide=guides[s]) for s in row["guides"]]
            page.related_links = [RelatedEntry(target=guides[s]) for s in row["guides"]]
            sourcebook.add_child(instance=page)
            _publish(page, now - timedelta(days=30 * (len(content.CASES) - i)))
            log("case study")
        cases[row["slug"]] = page

    # Guides created in this run point at the case studies that used them.
    for guide in created_guides:
        used_in = [
            case
            for case in cases.values()
            if any(link.guide_id == guide.pk for link in case.guides_used.all())
        ]
        if used_in:
            guide.related_links = [RelatedEntry(target=case) for case in used_in[:3]]
            _publish(guide, guide.first_published_at)

    if not CollectionPage.objects.child_of(home).exists():
        collection = CollectionPage(
            title="Learning partnerships in practice",
            slug="learning-partnerships",
            intro=paragraphs(
                "Everything in the sourcebook about learning partnerships between public "
                "managers, consultants and researchers, newest first."
            ),
            order="newest",
        )
        collection.themes = [terms["theme"]["learning-partnerships"]]
        home.add_child(instance=collection)
        collection.save_revision().publish()
        log("collection")
    return sourcebook
