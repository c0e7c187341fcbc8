"""Editors' questions are translated with wagtail-localize; answers from every language meet."""

import pytest
from wagtail.models import Locale

from cms.demo import translate
from events.exports import rows
from events.models import Registration

from .conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def french(home, events, conference):
    Locale.objects.get_or_create(language_code="fr")
    translate(home, "fr", {"Praxis": "Praxis"})
    translate(events, "fr", {"Events": "Événements"})
    return translate(
        conference,
        "fr",
        {
            "Renewal 2027": "Renouveau 2027",
            "Which excursion?": "Quelle excursion ?",
            "Old town walk": "Promenade dans la vieille ville",
            "City hall visit": "Visite de l'hôtel de ville",
            "Will you attend the dinner?": "Viendrez-vous au dîner ?",
        },
    )


def test_question_labels_and_choices_are_translated(client, french):
    html = client.get(french.url).content.decode()
    assert french.url.startswith("/fr/")
    assert "Quelle excursion ?" in html
    assert "Promenade dans la vieille ville" in html
    assert "Viendrez-vous au dîner ?" in html


def test_answers_in_french_export_in_the_source_language(client, conference, french):
    response = client.post(french.url, form_data(french))
    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.event_id == conference.pk  # one set of places for both languages
    assert dict(registration.answer_rows(french))["Quelle excursion ?"] == (
        "Visite de l'hôtel de ville"
    )
    header, body = rows(conference, Registration.objects.all())
    record = dict(zip(header, body[0], strict=True))
    assert record["Which excursion?"] == "City hall visit"


def test_editors_can_open_the_event_in_the_admin(client, conference):
    from tests.factories import UserFactory

    client.force_login(UserFactory(email="editor@praxis.example", is_staff=True, is_superuser=True))
    response = client.get(f"/admin/pages/{conference.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Registration" in html and "Europe/Brussels" in html
    assert (
        client.get(f"/admin/pages/add/events/eventpage/{conference.get_parent().pk}/").status_code
        == 200
    )


def test_dates_are_written_the_french_way_on_the_french_page(client, conference, french):
    from django.utils import formats, translation
    from django.utils.timezone import localtime

    start = localtime(conference.start)
    with translation.override("fr"):
        french_date = formats.date_format(start, "DATE_FORMAT")
        french_month = formats.date_format(start, "F")
    with translation.override("en"):
        english_date = formats.date_format(start, "DATE_FORMAT")
    html = client.get(french.url).content.decode()
    assert french_date in html  # e.g. "3 mars 2027"
    assert french_date != english_date and french_month.lower() in french_date.lower()
    assert english_date not in html
