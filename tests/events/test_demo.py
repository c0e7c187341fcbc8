"""The demo loader: three conferences (one past), two workshops, a members' webinar."""

from collections import Counter

import pytest
from icalendar import Calendar

from cms.demo.taxonomies import load_taxonomies
from events import demo
from events.models import EventPage, Registration
from publications import demo as publications_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(home):
    created = Counter()
    log = lambda kind: created.update([kind])  # noqa: E731
    terms = load_taxonomies()
    people = publications_demo.load_people(log)
    demo.load(home, terms, people, None, log)
    return created, terms, people


def test_demo_events_are_complete_and_idempotent(loaded, client, home):
    events = EventPage.objects.live()
    conferences = events.filter(kind="conference")
    assert conferences.count() == 3
    assert sum(1 for c in conferences if c.is_past) == 1
    assert events.filter(kind="workshop").count() == 2
    webinar = events.get(kind="webinar")
    assert webinar.is_members_only
    for event in events:
        event.full_clean()  # every demo event passes the editors' validation
        assert event.sessions(), event.title
    assert all(c.speakers() for c in conferences)
    assert Registration.objects.filter(status="waiting").exists()
    full = events.get(slug="action-learning-sets-workshop-leipzig")
    assert full.places_left() == 0 and full.counts()["waiting"] == 4

    html = client.get("/en/events/").content.decode()
    assert "Praxis Conference 2026" in html and "Members&#x27; webinar" not in html
    assert "Praxis Conference 2025" in client.get("/en/events/?when=past").content.decode()
    assert client.get(webinar.url).status_code == 302  # sign in first
    calendar = Calendar.from_ical(client.get("/en/events/calendar/").content)
    assert len(calendar.walk("VEVENT")) == 4  # upcoming and public

    before = Registration.objects.count()
    again = Counter()
    _created, terms, people = loaded
    demo.load(home, terms, people, None, lambda kind: again.update([kind]))
    assert not again and Registration.objects.count() == before
