"""Calendar files: one per event, and the subscribable calendar of upcoming events."""

import datetime
import json
import re
import zoneinfo

import pytest
from icalendar import Calendar

from .factories import EventPageFactory

pytestmark = pytest.mark.django_db

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ics_has_the_right_times_across_time_zones(client, events):
    start = datetime.datetime(2031, 1, 15, 10, 0, tzinfo=HELSINKI)  # 08:00 UTC in winter
    event = EventPageFactory(
        parent=events,
        title="Winter workshop",
        start=start,
        end=start + datetime.timedelta(hours=6),
        time_zone="Europe/Helsinki",
        venue_name="Oodi",
        city="Helsinki",
    )
    calendar = parse(client.get(event.url + "ics/"))
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Winter workshop"
    dtstart = entry.decoded("DTSTART")
    assert dtstart.astimezone(datetime.UTC) == datetime.datetime(
        2031, 1, 15, 8, 0, tzinfo=datetime.UTC
    )
    assert entry["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert entry.decoded("DTEND").astimezone(datetime.UTC).hour == 14
    assert "Oodi" in str(entry["LOCATION"])
    assert str(entry["URL"]) == "http://testserver" + event.url
    # The time zone is defined in the file itself, so any calendar reads it right.
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]


def test_summer_time_is_right(client, events):
    start = datetime.datetime(2031, 7, 1, 10, 0, tzinfo=HELSINKI)  # 07:00 UTC in summer
    event = EventPageFactory(
        parent=events,
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="Europe/Helsinki",
    )
    (entry,) = parse(client.get(event.url + "ics/")).walk("VEVENT")
    assert entry.decoded("DTSTART").astimezone(datetime.UTC).hour == 7


def test_calendar_feed_lists_upcoming_public_events_only(client, events):
    from .factories import days_from_now

    upcoming = EventPageFactory(parent=events, title="Upcoming conference")
    EventPageFactory(
        parent=events, title="Past conference", start=days_from_now(-30), end=days_from_now(-29)
    )
    EventPageFactory(parent=events, title="Members webinar", audience="members")
    response = client.get(events.url + "calendar/")
    calendar = parse(response)
    titles = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert titles == ["Upcoming conference"]
    uid = str(calendar.walk("VEVENT")[0]["UID"])
    assert str(upcoming.translation_key) in uid
    assert str(calendar["X-WR-CALNAME"]).startswith("Events")


def test_event_page_has_schema_org_event(client, events):
    from publications.models import Person
    from tests.publications.factories import PersonFactory

    speaker = PersonFactory(given_name="Inès", family_name="Moreau", affiliation="Sciences Po Lyon")
    start = datetime.datetime(2031, 3, 3, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Lisbon"))
    event = EventPageFactory(
        parent=events,
        title="Lisbon conference",
        start=start,
        end=start + datetime.timedelta(days=2),
        time_zone="Europe/Lisbon",
        online_url="https://meet.example/private",
        programme=[
            (
                "session",
                {
                    "date": datetime.date(2031, 3, 3),
                    "start": datetime.time(9, 30),
                    "end": datetime.time(10, 30),
                    "title": "Opening keynote",
                    "room": "Auditorium",
                    "abstract": "Why renewal needs learning.",
                    "speakers": [speaker],
                },
            )
        ],
    )
    html = client.get(event.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Event"
    assert data["startDate"] == "2031-03-03T09:30:00+00:00"
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert data["performer"][0]["name"] == "Inès Moreau"
    assert "meet.example" not in json.dumps(data)
    assert "Opening keynote" in html and "Auditorium" in html and "Inès Moreau" in html
    assert Person.objects.count() == 1
