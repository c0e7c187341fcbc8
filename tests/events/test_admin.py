"""The organisers' admin: registrations, counts, filters, exports, badges, check-in, messages."""

import csv
import io

import pytest
from django.core import mail
from openpyxl import load_workbook
from pypdf import PdfReader

from events.models import Registration
from tests.factories import UserFactory

from .conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = UserFactory(email="comms@praxis.example", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


@pytest.fixture
def delegates(client, conference):
    conference.capacity = 2
    conference.save_revision().publish()
    for n, (first, last) in enumerate(
        [("Inès", "Moreau"), ("Lars", "Pedersen"), ("Giulia", "Rossi")]
    ):
        client.post(
            conference.url,
            form_data(
                conference,
                first_name=first,
                last_name=last,
                email=f"d{n}@example.org",
                organisation='=HYPERLINK("x")' if n == 1 else "Uni",
            ),
            REMOTE_ADDR=f"10.1.0.{n}",
        )
    mail.outbox.clear()
    return Registration.objects.order_by("pk")


def url(conference, suffix=""):
    return f"/admin/events/registrations/{conference.pk}/{suffix}"


def test_registrations_page_shows_counts_and_filters(client, staff, conference, delegates):
    html = client.get(url(conference)).content.decode()
    assert "<strong>2</strong> confirmed" in html
    assert "<strong>1</strong> on the waiting list" in html
    assert "<strong>0</strong> places left" in html
    assert "Giulia Rossi" in html and "City hall visit" in html
    html = client.get(url(conference) + "?status=waiting").content.decode()
    assert "Giulia Rossi" in html and "Inès Moreau" not in html
    html = client.get(url(conference) + "?q=peder").content.decode()
    assert "Lars Pedersen" in html and "Giulia Rossi" not in html
    assert "Renewal 2027" in client.get("/admin/events/registrations/").content.decode()


def test_csv_export_has_every_answer(client, staff, conference, delegates):
    response = client.get(url(conference) + "?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, first = rows[0], rows[1]
    for label in (
        "Your research interest",
        "Which excursion?",
        "Which workshops?",
        "Will you attend the dinner?",
    ):
        assert label in header
    record = dict(zip(header, first, strict=True))
    assert record["First name"] == "Inès" and record["Email address"] == "d0@example.org"
    assert record["Which excursion?"] == "City hall visit"
    assert record["Which workshops?"] == "Coaching; Self-assessment"
    assert record["Will you attend the dinner?"] == "Yes"
    assert record["Dietary needs"] == "Vegetarian"
    assert len(rows) == 4
    # A value that a spreadsheet would run as a formula is neutralised.
    assert dict(zip(header, rows[2], strict=True))["Organisation"].startswith("'=")


def test_xlsx_export_has_every_answer(client, staff, conference, delegates):
    response = client.get(url(conference) + "?export=xlsx&status=confirmed")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values[0]
    assert len(values) == 3  # the two confirmed delegates
    record = dict(zip(header, values[1], strict=True))
    assert record["Your research interest"] == "Participatory strategy"
    assert record["Which workshops?"] == "Coaching; Self-assessment"
    assert record["Status"] == "confirmed"


def test_badges_pdf_has_a_badge_per_confirmed_delegate(client, staff, conference, delegates):
    response = client.get(url(conference, "badges.pdf"))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Inès" in text and "Pedersen" in text
    assert "Rossi" not in text  # on the waiting list


def test_check_in(client, staff, conference, delegates):
    html = client.get(url(conference, "check-in/")).content.decode()
    assert "0 of 2 confirmed delegates have arrived" in html
    first = delegates[0]
    client.post(url(conference, "check-in/"), {"registration": first.pk})
    first.refresh_from_db()
    assert first.checked_in_at is not None
    assert "1 of 2" in client.get(url(conference, "check-in/")).content.decode()


def test_message_goes_to_confirmed_delegates_only(client, staff, conference, delegates):
    response = client.post(
        url(conference, "message/"), {"subject": "Room change", "body": "We moved to room B."}
    )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["d0@example.org", "d1@example.org"]
    assert "room B" in mail.outbox[0].body and "/registration/" in mail.outbox[0].body
    response = client.post(url(conference, "message/"), {"subject": "", "body": "Kept text"})
    assert "Kept text" in response.content.decode()
    assert len(mail.outbox) == 2


def test_staff_cancel_promotes_the_waiting_delegate(client, staff, conference, delegates):
    client.post(url(conference), {"action": "cancel", "registration": delegates[0].pk})
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["cancelled", "confirmed", "confirmed"]
    assert any(m.to == ["d2@example.org"] for m in mail.outbox)


def test_people_without_the_right_are_refused(client, conference, delegates):
    client.force_login(UserFactory(email="someone@example.org", is_staff=True))
    for suffix in ("", "?export=csv", "badges.pdf", "check-in/", "message/"):
        assert client.get(url(conference, suffix)).status_code in (302, 403)


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/phish",
        "//evil.example/phish",
        "/\\evil.example/phish",
        "javascript:alert(1)",
        "http://testserver.evil.example/",
        "/admin/\x00\r\nSet-Cookie: x=1",
    ],
)
def test_cancelling_never_redirects_off_the_site(client, staff, conference, delegates, next_url):
    registration = delegates[0]
    response = client.post(
        url(conference), {"registration": registration.pk, "action": "cancel", "next": next_url}
    )
    assert response.status_code == 302
    assert response["Location"] == url(conference)


def test_cancelling_returns_to_the_filtered_list(client, staff, conference, delegates):
    html = client.get(url(conference) + "?status=confirmed").content.decode()
    assert f'name="next" value="{url(conference)}?status=confirmed"' in html
    response = client.post(
        url(conference),
        {
            "registration": delegates[0].pk,
            "action": "cancel",
            "next": url(conference) + "?status=confirmed",
        },
    )
    assert response["Location"] == url(conference) + "?status=confirmed"


def test_an_answer_with_control_characters_still_exports(client, staff, conference, delegates):
    """A delegate's paste from Word may hold a vertical tab; openpyxl refuses such characters."""
    Registration.objects.filter(pk=delegates[0].pk).update(dietary_needs="Vegan\x0bno nuts\x1b")
    client.raise_request_exception = False
    response = client.get(url(conference) + "?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert "Vegan" + "no nuts" in [c.value for row in sheet.iter_rows() for c in row]
