"""Emails to delegates: through a real SMTP server, in their language, with the calendar file."""

import datetime
import email
import socket
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import CommandError, call_command
from icalendar import Calendar

from events.models import Registration

from .conftest import form_data
from .factories import EventPageFactory, RegistrationFactory, days_from_now

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


def test_confirmation_arrives_over_smtp_with_an_ics_that_parses(client, conference, smtp):
    response = client.post(conference.url, form_data(conference))
    assert response.status_code == 303
    ((recipients, raw),) = smtp.messages
    assert recipients == ["ines.moreau@example.org"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert "Your place is confirmed" in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "/registration/" in body
    (attachment,) = [part for part in message.iter_attachments()]
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "renewal-2027.ics"
    calendar = Calendar.from_ical(attachment.get_payload(decode=True))
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Renewal 2027"
    assert entry.decoded("DTSTART") == conference.local_start


def test_emails_are_in_the_delegates_language_and_link_their_language(client, home, events):
    from wagtail.models import Locale

    fr = Locale.objects.get_or_create(language_code="fr")[0]
    start = datetime.datetime(2031, 1, 15, 9, 0, tzinfo=datetime.UTC)
    event = EventPageFactory(
        parent=events,
        title="Renewal",
        slug="renewal",
        start=start,
        end=start + datetime.timedelta(hours=8),
    )
    home.copy_for_translation(fr).save_revision().publish()
    events.copy_for_translation(fr).save_revision().publish()
    french = event.copy_for_translation(fr)
    french.title = "Renouveau"
    french.save_revision().publish()
    french.refresh_from_db()

    response = client.post(french.url, form_data(french))
    assert response.status_code == 303
    assert "Consultez votre messagerie" in client.get(response["Location"]).text
    registration = Registration.objects.get()
    # Places are shared by every language version: the registration holds a place
    # at the original event.
    assert registration.event_id == event.pk and registration.language == "fr"
    (message,) = mail.outbox
    assert "Renouveau" in message.subject
    assert "janvier" in message.body  # dates are written in French
    assert "http://testserver/fr/events/renewal/registration/" in message.body


def test_reminders_are_sent_once(events):
    soon = EventPageFactory(parent=events, start=days_from_now(2), end=days_from_now(2, 17))
    later = EventPageFactory(parent=events, start=days_from_now(20), end=days_from_now(20, 17))
    confirmed = RegistrationFactory(event=soon, email="soon@example.org")
    RegistrationFactory(
        event=soon, email="waiting@example.org", status="waiting", confirmed_at=None
    )
    RegistrationFactory(event=soon, email="gone@example.org", status="cancelled")
    RegistrationFactory(event=later, email="later@example.org")
    call_command("send_event_reminders", days=3)
    assert [m.to for m in mail.outbox] == [["soon@example.org"]]
    assert "Reminder" in mail.outbox[0].subject
    assert mail.outbox[0].attachments[0][0].endswith(".ics")
    call_command("send_event_reminders", days=3)
    call_command("send_event_reminders", days=3)
    assert len(mail.outbox) == 1
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is not None


def test_purge_keeps_counts_and_removes_personal_data(events):
    past = EventPageFactory(parent=events, start=days_from_now(-200), end=days_from_now(-199))
    recent = EventPageFactory(parent=events, start=days_from_now(-5), end=days_from_now(-4))
    RegistrationFactory.create_batch(3, event=past, answers={"x": "secret answer"})
    RegistrationFactory(event=past, status="waiting", confirmed_at=None)
    RegistrationFactory(event=past, status="cancelled", email="cancelled@example.org")
    kept = RegistrationFactory(event=recent, email="recent@example.org")
    before = past.counts()
    call_command("purge_registrations", days=90)
    assert past.counts() == before == {"confirmed": 3, "waiting": 1, "cancelled": 1}
    for registration in Registration.objects.filter(event=past):
        assert (
            registration.email == ""
            and registration.first_name == ""
            and registration.last_name == ""
        )
        assert registration.answers == {} and registration.organisation == ""
        assert registration.anonymised_at is not None
        assert registration.country == "France"  # kept for statistics
    kept.refresh_from_db()
    assert kept.email == "recent@example.org"
    assert not Registration.objects.filter(email__contains="example.org", event=past).exists()
    assert datetime.date.today()


@pytest.mark.parametrize("days", ["-100000", "-1", "100000000"])
def test_purge_refuses_negative_or_absurd_days_and_changes_nothing(events, days):
    upcoming = EventPageFactory(parent=events, start=days_from_now(10), end=days_from_now(11))
    past = EventPageFactory(parent=events, start=days_from_now(-200), end=days_from_now(-199))
    RegistrationFactory(event=upcoming, email="coming@example.org")
    RegistrationFactory(event=past, email="went@example.org")
    with pytest.raises(CommandError, match="from 0 to 36500"):
        call_command("purge_registrations", "--days", days)
    assert not Registration.objects.filter(anonymised_at__isnull=False).exists()


@pytest.mark.parametrize("days", ["-3", "100000000"])
def test_reminders_refuse_negative_or_absurd_days(events, days):
    with pytest.raises(CommandError, match="from 0 to 365"):
        call_command("send_event_reminders", "--days", days)


def test_what_a_delegate_typed_is_text_in_the_html_email(client, conference):
    """The HTML part shows the text part as text: a name or answer is never markup.

    Anyone may register any address, so a "name" such as a link would otherwise
    reach that mailbox as a live link in an email sent by the site.
    """
    link = '<a href="https://evil.example/">Confirm here</a>'
    data = form_data(conference, first_name=link, organisation="<img src=x>")
    client.post(conference.url, data)
    assert mail.outbox
    for message in mail.outbox:
        (html, mimetype) = message.alternatives[0]
        assert mimetype == "text/html"
        assert link in message.body  # the text part keeps what was typed
        assert 'evil.example/">' not in html and "<img" not in html
        assert "&lt;a href=" in html
