"""Editors type an event's times in the event's own time zone, whatever their own."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import nested_form_data, streamfield

from events.models import EventPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def edit_data(event, **changes):
    data = {
        "title": event.title,
        "slug": event.slug,
        "kind": event.kind,
        "summary": event.summary,
        "start": "2027-06-01 09:00",
        "end": "2027-06-02 17:30",
        "time_zone": "Europe/Helsinki",
        "description": streamfield([]),
        "programme": streamfield([]),
        "questions": streamfield([]),
        "venue_name": "Paasitorni",
        "city": "Helsinki",
        "audience": event.audience,
        "registration_enabled": "on",
        "capacity": event.capacity,
        "waiting_list": "on",
        "registration_opens": "2027-03-01 10:00",
        "registration_closes": "2027-05-25 23:59",
        "privacy_notice": event.privacy_notice or "",
        "privacy_notice_version": event.privacy_notice_version,
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(email="editor@praxis.example", is_staff=True, is_superuser=True))
    return client


def test_times_typed_in_the_admin_are_the_events_local_times(editor, conference):
    response = editor.post(f"/admin/pages/{conference.pk}/edit/", edit_data(conference))
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message"
    )
    event = EventPage.objects.get(pk=conference.pk).get_latest_revision_as_object()
    # 09:00 in Helsinki (UTC+3 in summer), though the admin runs on Brussels time.
    assert event.start == datetime.datetime(2027, 6, 1, 9, 0, tzinfo=HELSINKI)
    assert event.start.astimezone(datetime.UTC).hour == 6
    assert event.registration_opens == datetime.datetime(2027, 3, 1, 10, 0, tzinfo=HELSINKI)

    # Opening the form again shows the same wall-clock times, not Brussels ones.
    soup = BeautifulSoup(editor.get(f"/admin/pages/{conference.pk}/edit/").content, "html.parser")
    assert soup.select_one('input[name="start"]')["value"].startswith("2027-06-01 09:00")
    assert soup.select_one('input[name="end"]')["value"].startswith("2027-06-02 17:30")
