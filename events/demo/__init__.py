"""The demo site's events and their registrations.

The content is in the files beside this module (read with ``cms.demo``):
``events-index.md`` (the listing), ``events.yaml`` (the events, their
programmes and registration questions; dates are relative to the day the demo
is loaded, so upcoming events stay upcoming) and ``delegates.yaml`` (the
invented delegates who register). Speakers are people passed in by the
caller (the publications demo's), by slug. Idempotent: existing events are
left alone.
"""

from __future__ import annotations

import datetime
import itertools
import zoneinfo
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify

from cms.demo import body_blocks, catalogues, index_page, plain_text, read_yaml
from events.models import EventIndexPage, EventPage, Registration

DATA = Path(__file__).parent


def _time(text):
    return datetime.time.fromisoformat(text)


def _questions(rows):
    blocks = []
    for row in rows:
        kind = row["kind"]
        value = {"label": row["label"], "help_text": "", "required": kind != "text"}
        if row.get("choices"):
            value["choices"] = row["choices"]
        if kind == "text":
            value["long"] = True
        blocks.append((kind, value))
    return blocks


def _programme(rows, first_day, people):
    return [
        (
            "session",
            {
                "date": first_day + datetime.timedelta(days=row["day"]),
                "start": _time(row["start"]),
                "end": _time(row["end"]),
                "title": row["title"],
                "room": row["room"],
                "abstract": plain_text(row.get("abstract", "")),
                "speakers": [people[s] for s in row.get("speakers", []) if s in people],
            },
        )
        for row in rows
    ]


def load_index(home, log) -> EventIndexPage:
    return index_page(EventIndexPage, home, DATA / "events-index.md", log, "events index")


def load_events(index, terms, speakers, privacy_notice, log) -> list[EventPage]:
    data = read_yaml(DATA / "events.yaml")
    delegates = read_yaml(DATA / "delegates.yaml")
    countries = terms["country"]
    today = timezone.localdate()
    loaded = []
    for row in data["events"]:
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
            summary=plain_text(row["summary"]),
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
            programme=_programme(row["programme"], first_day, speakers),
            questions=_questions(data["question_sets"][row["questions"]]),
            privacy_notice=privacy_notice,
            privacy_notice_version="2025-01",
        )
        index.add_child(instance=event)
        event.save_revision().publish()
        log("event")
        load_registrations(event, row["registrations"], delegates, log)
        loaded.append(event)
    return loaded


def load_registrations(event, plan, delegates, log):
    names = itertools.cycle(
        [(f, l) for f in delegates["first_names"] for l in delegates["last_names"]][  # noqa: E741
            event.pk % 7 :
        ]
    )
    organisations = itertools.cycle([(o["name"], o["country"]) for o in delegates["organisations"]])
    roles = itertools.cycle(delegates["roles"])
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


def load(home, terms, speakers, privacy_notice, log):
    """The events index and its events.

    ``terms`` are the taxonomy terms (for the venues' countries), ``speakers``
    the people who speak, by slug, and ``privacy_notice`` the page delegates
    agree to when they register (or None).
    """
    index = load_index(home, log)
    load_events(index, terms, speakers, privacy_notice, log)
    return index


def load_translations(index, log) -> None:
    """Translate the events index (context ``events-index`` in ``translations/<language>.po``)."""
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects({"events-index": index}, log)
