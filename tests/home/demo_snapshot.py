"""What the demo site holds, as plain sorted data: the record seed_demo is compared against.

``snapshot()`` lists the pages per language (type, path, title), which pages
have a translation and its title, the taxonomy terms per language, people,
events with their registrations, agencies and their members, accounts,
documents and images. Nothing in it depends on the day the demo is loaded,
on primary keys or on the database engine, so the same demo gives the same
snapshot on SQLite and PostgreSQL.

``demo_snapshot.json`` beside this file is the expected snapshot. After a
deliberate change to the demo content, write the new one with
``DEMO_SNAPSHOT_UPDATE=1 pytest tests/home/test_seed_demo.py`` and review the
difference like any other change.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

EXPECTED = Path(__file__).with_name("demo_snapshot.json")


def snapshot() -> dict:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme
    from events.models import EventPage
    from members.models import Agency
    from publications.models import Person

    pages: dict[str, list[str]] = {}
    by_key: dict[tuple, dict[str, str]] = {}
    for page in Page.objects.filter(depth__gt=1).select_related("locale", "content_type"):
        language = page.locale.language_code
        state = "" if page.live else " (draft)"
        pages.setdefault(language, []).append(
            f"{page.content_type.model} {page.url_path} | {page.title}{state}"
        )
        by_key.setdefault(page.translation_key, {})[language] = page
    translations: dict[str, list[str]] = {}
    for versions in by_key.values():
        source = versions.get("en")
        for language, page in versions.items():
            if language != "en":
                origin = source.url_path if source else "(no English source)"
                translations.setdefault(language, []).append(f"{origin} -> {page.title}")

    terms: dict[str, dict[str, list[str]]] = {}
    for model in (Theme, Sector, GovernmentLevel, InterventionType):
        for term in model.objects.select_related("locale"):
            terms.setdefault(model.__name__, {}).setdefault(term.locale.language_code, []).append(
                f"{term.slug}: {term.name}"
            )
    for country in Country.objects.select_related("locale"):
        terms.setdefault("Country", {}).setdefault(country.locale.language_code, []).append(
            f"{country.code}: {country.name}"
        )

    people = [
        f"{p.slug} ({p.locale.language_code}): {p.given_name} {p.family_name}"
        f" | {p.affiliation} | {p.orcid}"
        for p in Person.objects.select_related("locale")
    ]

    events = []
    for event in EventPage.objects.select_related("locale"):
        counts = Counter(event.registrations.values_list("status", flat=True))
        checked_in = event.registrations.filter(checked_in_at__isnull=False).count()
        statuses = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        events.append(
            f"{event.locale.language_code} {event.slug} | {event.title} | {event.kind} | "
            f"{event.audience} | {event.capacity} places | {len(event.programme)} sessions | "
            f"{len(event.questions)} questions | {statuses} | {checked_in} checked in"
        )

    agencies = []
    for agency in Agency.objects.select_related("country"):
        members = sorted(
            f"{m.user.email} ({m.role})" for m in agency.memberships.select_related("user")
        )
        agencies.append(f"{agency.name} | {agency.country.code} | " + ", ".join(members))

    verified = set(EmailAddress.objects.filter(verified=True).values_list("email", flat=True))
    accounts = []
    for user in get_user_model().objects.prefetch_related("groups"):
        groups = ",".join(sorted(g.name for g in user.groups.all()))
        flags = "superuser " if user.is_superuser else ""
        flags += "verified" if user.email in verified else "unverified"
        accounts.append(f"{user.email} | {user.first_name} {user.last_name} | {groups} | {flags}")

    documents = [
        f"{d.title} | {d.collection.name} | {d.language} | .{d.file.name.rsplit('.', 1)[-1]}"
        for d in get_document_model().objects.select_related("collection")
    ]
    images = [
        f"{i.title} | {i.collection.name}"
        for i in get_image_model().objects.select_related("collection")
    ]

    def tidy(value):
        if isinstance(value, dict):
            return {key: tidy(value[key]) for key in sorted(value)}
        return sorted(value)

    return tidy(
        {
            "pages": pages,
            "translations": translations,
            "terms": terms,
            "people": people,
            "events": events,
            "agencies": agencies,
            "accounts": accounts,
            "documents": documents,
            "images": images,
        }
    ) | {
        "counts": {
            "pages per type and language": dict(
                sorted(
                    Counter(
                        f"{p.content_type.model} {p.locale.language_code}"
                        for p in Page.objects.filter(depth__gt=1).select_related(
                            "locale", "content_type"
                        )
                    ).items()
                )
            ),
        }
    }


def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def write(data: dict) -> None:
    EXPECTED.write_text(
        json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8"
    )
