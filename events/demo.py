"""The demo site's events and registrations. Idempotent: existing events are left alone."""

from __future__ import annotations

import datetime
import itertools
import zoneinfo

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from cms.demo import body_blocks
from cms.models import Country
from publications.models import Person

from . import demo_content as content
from .models import EventIndexPage, EventPage, Registration


def _time(text):
    return datetime.time.fromisoformat(text)


def _questions(rows):
    blocks = []
    for kind, label, choices in rows:
        value = {"label": label, "help_text": "", "required": kind != "text"}
        if choices:
            value["choices"] = choices
        if kind == "text":
            value["long"] = True
        blocks.append((kind, value))
    return blocks


def _programme(rows, first_day, people):
    return [
        (
            "session",
            {
                "date": first_day + datetime.timedelta(days=offset),
                "start": _time(start),
                "end": _time(end),
                "title": title,
                "room": room,
                "abstract": abstract,
                "speakers": [people[s] for s in speakers if s in people],
            },
        )
        for offset, start, end, title, room, abstract, speakers in rows
    ]


def load_index(home, log) -> EventIndexPage:
    index = EventIndexPage.objects.child_of(home).first()
    if index is None:
        index = EventIndexPage(
            title="Events",
            slug="events",
            show_in_menus=True,
            intro=(
                "The consortium's conferences, workshops and webinars. Register online, add "
                "them to your calendar, and change or cancel your registration at any time."
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        log("events index")
    return index


def _privacy_page(home):
    from home.models import StandardPage

    return StandardPage.objects.child_of(home).filter(slug="privacy").first()


def load_events(index, home, log) -> list[EventPage]:
    locale = Locale.get_default()
    people = {p.slug: p for p in Person.objects.filter(locale=locale)}
    countries = {c.code: c for c in Country.objects.filter(locale=locale)}
    today = timezone.localdate()
    privacy = _privacy_page(home)
    loaded = []
    for row in content.EVENTS:
        existing = EventPage.objects.child_of(index).filter(slug=row["slug"]).first()
        if existing is not None:
            loaded.append(existing)
            continue
        tz = zoneinfo.ZoneInfo(row["time_zone"])
        first_day = today + datetime.timedelta(days=row["days"])
        last_day = first_day + datetime.timedelta(days=row["length_days"] - 1)
        start = datetime.datetime.combine(first_day, _time(row["start"]), tzinfo=tz)
        end = datetime.datetime.combine(last_day, _time(row["end"]), tzinfo=tz)
        event = EventPage(
            title=row["title"],
            slug=row["slug"],
            kind=row["kind"],
            summary=row["summary"],
            start=start,
            end=end,
            time_zone=row["time_zone"],
            venue_name=row.get("venue_name", ""),
            venue_address=row.get("venue_address", ""),
            city=row.get("city", ""),
            country=countries.get(row.get("country", "")),
            online_url=row.get("online_url", ""),
            audience=row.get("audience", "public"),
            capacity=row["capacity"],
            waiting_list=True,
            registration_closes=start - datetime.timedelta(days=2) if row["days"] > 3 else None,
            description=body_blocks(row["description"]),
            programme=_programme(row["programme"], first_day, people),
            questions=_questions(row["questions"]),
            privacy_notice=privacy,
            privacy_notice_version="2025-01",
        )
        index.add_child(instance=event)
        event.save_revision().publish()
        log("event")
        load_registrations(event, row["registrations"], log)
        loaded.append(event)
    return loaded


def load_registrations(event, plan, log):
    names = itertools.cycle(
        [(f, l) for f in content.FIRST_NAMES for l in content.LAST_NAMES][event.pk % 7 :]  # noqa: E741
    )
    organisations = itertools.cycle(content.ORGANISATIONS)
    roles = itertools.cycle(content.ROLES)
    questions = event.question_list()
    now = timezone.now()
    n = 0
    checked_in = plan.get("checked_in", 0)
    for status in ("confirmed", "cancelled", "waiting"):
        for _i in range(plan.get(status, 0)):
            n += 1
            first, last = next(names)
            organisation, country = next(organisations)
            answers = {}
            for block_id, kind, value in questions:
                if kind in ("choice", "multiple_choice"):
                    ids = [str(item.id) for item in value["choices"].bound_blocks]
                    pick = ids[n % len(ids)]
                    answers[block_id] = [pick] if kind == "multiple_choice" else pick
                elif kind == "yes_no":
                    answers[block_id] = n % 3 != 0
            created = now - datetime.timedelta(hours=300 - n)
            Registration.objects.create(
                event=event,
                status=status,
                first_name=first,
                last_name=last,
                email=f"{slugify(first)}.{slugify(last)}.{n}@delegates.example",
                organisation=organisation,
                country=country,
                role=next(roles),
                dietary_needs="Vegetarian" if n % 5 == 0 else "",
                accessibility_needs="Step-free access" if n % 11 == 0 else "",
                answers=answers,
                language="en",
                consent_version=event.privacy_notice_version,
                consent_at=created,
                created_at=created,
                confirmed_at=created if status == "confirmed" else None,
                cancelled_at=created + datetime.timedelta(days=1)
                if status == "cancelled"
                else None,
                checked_in_at=event.start if status == "confirmed" and n <= checked_in else None,
            )
            log("registration")


def load(home, log):
    """The events index, three conferences, two workshops and a members' webinar."""
    index = load_index(home, log)
    load_events(index, home, log)
    return index
