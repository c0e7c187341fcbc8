"""The demo site's Practice Sourcebook: guides, case studies and a collection."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale
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


SOURCEBOOK_INTRO = (
    "Practice guides and case studies for public managers who lead strategic "
    "renewal: what to do, when it helps, and what happened when agencies "
    "across Europe tried it.\n\nFilter by theme, country, sector and type of "
    "intervention, or download the whole sourcebook as a book."
)


def load(home, terms, log) -> SourcebookIndexPage:
    sourcebook = SourcebookIndexPage.objects.child_of(home).first()
    if sourcebook is None:
        sourcebook = SourcebookIndexPage(
            title="Practice Sourcebook",
            slug="sourcebook",
            show_in_menus=True,
            intro=paragraphs(SOURCEBOOK_INTRO),
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


def _pairs(source: str, target: str) -> dict[str, str]:
    """Source paragraphs mapped to their translations, paragraph by paragraph."""
    source_paras, target_paras = source.strip().split("\n\n"), target.strip().split("\n\n")
    if len(source_paras) != len(target_paras):
        raise ValueError(
            f"{len(target_paras)} translated paragraph(s) for {len(source_paras)} in the "
            f"source, which begins {source.strip()[:60]!r}"
        )
    return dict(zip(source_paras, target_paras, strict=True))


def _entry_strings(row: dict, translated: dict, fields) -> dict[str, str]:
    strings = {}
    for field in fields:
        if field in translated and row.get(field):
            strings.update(_pairs(row[field], translated[field]))
    for key, parts in (("steps", ("title", "body")), ("quotes", ("text", "attribution"))):
        for src, dst in zip(row.get(key, []), translated.get(key, []), strict=False):
            for part in parts:
                if src.get(part) and dst.get(part):
                    strings.update(_pairs(src[part], dst[part]))
    return strings


GUIDE_FIELDS = ("title", "summary", "problem", "when_to_use", "people", "time", "pitfalls")
GUIDE_FIELDS += ("worked_example",)
CASE_FIELDS = ("title", "summary", "organisation", "size", "period", "challenge")
CASE_FIELDS += ("what_was_done", "outcomes", "evidence", "lessons", "contact")


def load_translations(home, sourcebook, terms, log):
    """Translate the home page, the sourcebook, some entries and the taxonomies (fr, de).

    Only languages the site has enabled are translated, and only those whose
    data module exists (``practices/demo_translations_<code>.py``). The rest
    of the sourcebook stays untranslated so the listings' fallback to English
    shows. Objects already translated are left alone.
    """
    from django.conf import settings

    from cms.demo import translate
    from home.models import HomePage

    from .demo_translations import MISSING, TRANSLATIONS

    enabled = {code for code, _name in settings.LANGUAGES}
    for code in MISSING:
        if code in enabled:
            log(f"skipped translation ({code}: no demo_translations_{code} module)")
    source_home = HomePage.objects.get(pk=home.pk)
    for code, t in TRANSLATIONS.items():
        if code not in enabled:
            continue
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue

        def put(instance, strings, kind, code=code, locale=locale):
            if instance.get_translation_or_none(locale) is None:
                translate(instance, code, strings, complete=True)
                log(f"{kind} ({code})")

        for kind, model_rows in (
            ("theme", t["themes"]),
            ("sector", t["sectors"]),
            ("level", t["levels"]),
            ("intervention", t["intervention_types"]),
        ):
            for slug, row in model_rows.items():
                obj = terms[kind][slug]
                strings = {obj.name: row["name"]}
                if row.get("description") and obj.description:
                    strings[obj.description] = row["description"]
                put(obj, strings, "translated term")
        for iso, name in t["countries"].items():
            put(terms["country"][iso], {terms["country"][iso].name: name}, "translated term")

        put(
            source_home,
            {source_home.title: t["home"]["title"], content.HOME["intro"]: t["home"]["intro"]},
            "translated page",
        )
        strings = {sourcebook.title: t["sourcebook"]["title"]}
        strings.update(_pairs(SOURCEBOOK_INTRO, t["sourcebook"]["intro"]))
        put(sourcebook, strings, "translated page")

        for rows, model, translated, fields in (
            (content.GUIDES, PracticeGuidePage, t["guides"], GUIDE_FIELDS),
            (content.CASES, CaseStudyPage, t["cases"], CASE_FIELDS),
        ):
            unknown = set(translated) - {row["slug"] for row in rows}
            if unknown:
                raise ValueError(f"demo_translations_{code} translates unknown entries {unknown}")
            for row in rows:
                if row["slug"] in translated:
                    page = model.objects.child_of(sourcebook).get(slug=row["slug"])
                    strings = _entry_strings(row, translated[row["slug"]], fields)
                    put(page, strings, "translated page")
