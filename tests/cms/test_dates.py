"""Dates in one style per language, through Django's localisation (cms/formats)."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from cms.i18n import ensure_locales
from tests.events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.publications.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

# What Django's American English would print: "Dec. 4, 2026", "12/04/2026 10:04 p.m.".
AMERICAN = re.compile(r"\b[A-Z][a-z]{2,3}\.? \d{1,2}, \d{4}\b|\d{2}/\d{2}/\d{4}|\b[ap]\.m\.")


@pytest.fixture
def dated(home):
    ensure_locales()
    news = NewsIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news, title="Out now", date=datetime.date(2026, 12, 4))
    events = EventIndexPageFactory(parent=home)
    start = timezone.make_aware(datetime.datetime(2027, 3, 2, 14, 30))
    event = EventPageFactory(
        parent=events,
        title="Renewal 2027",
        slug="renewal-2027",
        start=start,
        end=start + datetime.timedelta(days=1, hours=2),
        programme=[
            (
                "session",
                {
                    "title": "Opening",
                    "date": datetime.date(2027, 3, 2),
                    "start": datetime.time(14, 30),
                    "end": datetime.time(15, 0),
                    "room": "",
                    "speakers": [],
                    "abstract": "",
                },
            )
        ],
    )
    return {"item": item, "event": event}


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.parametrize(
    "language, news_date, event_start, programme_day",
    [
        ("en", "4 December 2026", "2 March 2027, 14:30", "Tuesday, 2 March 2027"),
        ("fr", "4 décembre 2026", "2 mars 2027, 14:30", "mardi 2 mars 2027"),
        ("de", "4. Dezember 2026", "2. März 2027, 14:30", "Dienstag, 2. März 2027"),
    ],
)
def test_one_date_style_per_language(
    client, dated, language, news_date, event_start, programme_day
):
    news = text(client, f"/{language}/news/")
    assert news_date in news
    item = text(client, f"/{language}/news/out-now/")
    assert news_date in item
    event = text(client, f"/{language}/events/renewal-2027/")
    assert event_start in event
    assert programme_day in event
    for page in (news, item, event):
        assert not AMERICAN.search(page), AMERICAN.search(page)


def test_a_delegates_registration_page_uses_the_same_style(client, dated):
    registration = RegistrationFactory(event=dated["event"], language="en")
    page = text(client, registration.link().replace("http://testserver", ""))
    assert "2 March 2027, 14:30" in page
    assert not AMERICAN.search(page)
