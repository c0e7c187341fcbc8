"""Registering for an event as a delegate does: the form, places, the waiting list, the link."""

import json
import re

import pytest
from django.core import mail, signing

from events.models import Registration

from .conftest import form_data
from .factories import EventPageFactory, RegistrationFactory, days_from_now

pytestmark = pytest.mark.django_db


def register(client, page, **overrides):
    return client.post(page.url, form_data(page, **overrides))


def private_link(message):
    return re.search(r"http://testserver(/en/\S+/registration/\S+/)", message.body).group(1)


def test_happy_path_confirms_a_place_and_emails_the_link(client, conference):
    response = register(client, conference)
    # A registration is answered with "see the page that says so" (POST-redirect-GET).
    assert response.status_code == 303
    assert response["Location"] == f"{conference.url}registered/"
    sent = client.get(response["Location"])
    assert "Check your email" in sent.text
    assert "We have sent a message to the address you gave." in sent.text
    assert "/registration/" not in sent.text  # the link goes to the address only
    registration = Registration.objects.get()
    assert registration.status == "confirmed"
    assert registration.email == "ines.moreau@example.org"
    assert registration.consent_version == "1" and registration.consent_at is not None
    assert registration.language == "en"
    # Every answer is stored, choices by their (language-independent) ids.
    rows = dict(registration.answer_rows())
    assert rows == {
        "Your research interest": "Participatory strategy",
        "Which excursion?": "City hall visit",
        "Which workshops?": "Coaching; Self-assessment",
        "Will you attend the dinner?": "Yes",
    }
    (message,) = mail.outbox
    assert message.to == ["ines.moreau@example.org"]
    assert "confirmed" in message.subject
    page = client.get(private_link(message))
    assert "Your place is confirmed." in page.content.decode()
    assert page["Cache-Control"].count("no-store") == 1


def test_the_event_page_shows_the_form_and_places_left(client, conference):
    html = client.get(conference.url).content.decode()
    assert 'name="first_name"' in html
    assert "Which excursion?" in html and "City hall visit" in html
    assert "100 places left" in html


def test_errors_keep_what_the_delegate_typed(client, conference):
    response = register(client, conference, email="not-an-address", consent=None)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Inès"' in html and 'value="Sciences Po Lyon"' in html
    assert "Enter a valid email address." in html
    assert "This field is required." in html
    assert Registration.objects.count() == 0 and not mail.outbox


def test_a_required_question_must_be_answered(client, conference):
    text_block = next(b for b in conference.questions if b.block_type == "text")
    response = register(client, conference, **{f"q_{text_block.id}": ""})
    assert response.status_code == 400
    assert Registration.objects.count() == 0


def test_full_event_puts_delegates_on_the_waiting_list(client, events):
    event = EventPageFactory(parent=events, capacity=1)
    register(client, event, email="first@example.org")
    response = register(client, event, email="second@example.org")
    assert response.status_code == 303
    second = Registration.objects.get(email="second@example.org")
    assert second.status == "waiting"
    assert "waiting list" in mail.outbox[-1].subject
    assert "number 1" in mail.outbox[-1].body
    assert not mail.outbox[-1].attachments
    html = client.get(event.url).content.decode()
    assert "The event is full." in html


def test_full_event_without_waiting_list_says_so_and_keeps_input(client, events):
    event = EventPageFactory(parent=events, capacity=1, waiting_list=False)
    register(client, event, email="first@example.org")
    response = register(client, event, email="second@example.org")
    assert response.status_code == 409
    html = response.content.decode()
    assert "this event is full" in html
    assert 'value="second@example.org"' in html
    assert Registration.objects.count() == 1


def test_cancelling_promotes_the_first_on_the_waiting_list_at_once(client, events):
    event = EventPageFactory(parent=events, capacity=1)
    register(client, event, email="first@example.org")
    link = private_link(mail.outbox[0])
    register(client, event, email="second@example.org")
    register(client, event, email="third@example.org")
    mail.outbox.clear()

    response = client.post(link, {"action": "cancel", "confirm": "yes"})
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "first@example.org": "cancelled",
        "second@example.org": "confirmed",
        "third@example.org": "waiting",
    }
    promoted = [m for m in mail.outbox if m.to == ["second@example.org"]]
    assert len(promoted) == 1 and "place has become free" in promoted[0].subject
    assert promoted[0].attachments[0][0].endswith(".ics")
    assert any(m.to == ["first@example.org"] and "cancelled" in m.subject for m in mail.outbox)
    assert "This registration is cancelled." in client.get(link).content.decode()
    third = Registration.objects.get(email="third@example.org")
    assert third.waiting_position() == 1


def test_the_same_email_twice_resends_the_link_not_a_second_place(client, conference):
    first = register(client, conference)
    first_link = private_link(mail.outbox[0])
    response = register(client, conference, email="Ines.Moreau@Example.org", first_name="Other")
    # Whoever typed the address is told what a new delegate is told: nothing shows
    # whether that address was already registered.
    assert response.status_code == first.status_code == 303
    assert response["Location"] == first["Location"]
    html = client.get(response["Location"]).text
    assert "already registered" not in html
    assert "/registration/" not in html  # the link goes to the address, not to the browser
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 2 and private_link(mail.outbox[1]) == first_link


def test_a_cancelled_delegate_may_register_again(client, conference):
    register(client, conference)
    client.post(private_link(mail.outbox[0]), {"action": "cancel", "confirm": "yes"})
    response = register(client, conference)
    assert response.status_code == 303
    assert Registration.objects.filter(status="confirmed").count() == 1


def test_tampered_or_forged_links_are_refused(client, conference):
    register(client, conference)
    link = private_link(mail.outbox[0])
    token = link.rstrip("/").rsplit("/", 1)[1]
    registration = Registration.objects.get()
    forged = f"{registration.pk}-{'0' * 32}-" + token.rsplit("-", 1)[1]
    other_salt = signing.Signer(salt="other").sign(f"{registration.pk}-{registration.secret}")
    unsigned = other_salt.replace(":", "-")
    for bad in (token[:-2] + "xx", forged, unsigned, "nothing"):
        response = client.get(link.replace(token, bad))
        assert response.status_code == 404
        assert "ines.moreau" not in response.content.decode()
        response = client.post(link.replace(token, bad), {"action": "cancel", "confirm": "yes"})
        assert response.status_code == 404
    assert Registration.objects.get().status == "confirmed"


def test_the_private_link_changes_answers(client, conference):
    register(client, conference)
    link = private_link(mail.outbox[0])
    data = form_data(conference, first_name="Inès Marie", dietary_needs="Vegan", action="change")
    yes_no = next(b for b in conference.questions if b.block_type == "yes_no")
    data[f"q_{yes_no.id}"] = "no"
    response = client.post(link, data)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.first_name == "Inès Marie" and registration.dietary_needs == "Vegan"
    assert dict(registration.answer_rows())["Will you attend the dinner?"] == "No"
    assert registration.status == "confirmed"


def test_change_with_errors_keeps_input_and_changes_nothing(client, conference):
    register(client, conference)
    link = private_link(mail.outbox[0])
    response = client.post(
        link, form_data(conference, first_name="", role="Director", action="change")
    )
    assert response.status_code == 400
    assert 'value="Director"' in response.content.decode()
    assert Registration.objects.get().role == "Researcher"


def test_honeypot_keeps_nothing(client, conference):
    response = register(client, conference, website="http://spam.example")
    assert response.status_code == 303  # told what a person is told
    assert "Check your email" in client.get(response["Location"]).text
    assert Registration.objects.count() == 0 and not mail.outbox


def test_rate_limit_per_client_address(client, conference, settings):
    settings.EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR = 2
    for n in range(2):
        assert register(client, conference, email=f"d{n}@example.org").status_code == 303
    response = register(client, conference, email="d3@example.org")
    assert response.status_code == 429
    assert "Too many registrations" in response.content.decode()
    assert 'value="d3@example.org"' in response.content.decode()
    other = client.post(
        conference.url, form_data(conference, email="d4@example.org"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 303
    assert Registration.objects.count() == 3


def test_registration_window(client, events):
    not_yet = EventPageFactory(parent=events, registration_opens=days_from_now(5))
    closed = EventPageFactory(parent=events, registration_closes=days_from_now(-1))
    assert "Registration opens on" in client.get(not_yet.url).content.decode()
    assert "Registration is closed." in client.get(closed.url).content.decode()
    for event in (not_yet, closed):
        assert register(client, event).status_code == 400
    assert Registration.objects.count() == 0


def test_delegate_downloads_and_erases_their_data(client, conference):
    register(client, conference)
    link = private_link(mail.outbox[0])
    data = json.loads(client.get(link + "?download=json").content)
    assert data["email"] == "ines.moreau@example.org"
    assert data["answers"]["Which excursion?"] == "City hall visit"
    response = client.post(link, {"action": "erase", "confirm": "yes"})
    assert "Your data has been erased" in response.content.decode()
    registration = Registration.objects.get()
    assert registration.status == "cancelled" and registration.email == ""
    assert registration.first_name == "" and registration.answers == {}
    assert client.get(link).status_code == 404


def test_joining_link_only_for_confirmed_delegates(client, events):
    webinar = EventPageFactory(
        parent=events, kind="webinar", capacity=1, online_url="https://meet.example/secret-room"
    )
    assert "secret-room" not in client.get(webinar.url).content.decode()
    assert "secret-room" not in client.get(webinar.url + "ics/").content.decode()
    register(client, webinar, email="first@example.org")
    register(client, webinar, email="second@example.org")
    confirmed, waiting = mail.outbox
    assert "secret-room" in confirmed.body
    assert "secret-room" not in waiting.body
    assert "secret-room" in client.get(private_link(confirmed)).content.decode()
    assert "secret-room" not in client.get(private_link(waiting)).content.decode()


def test_registration_in_french_is_answered_in_french(client, conference):
    from django.utils import translation

    with translation.override("fr"):
        response = client.post(
            conference.url.replace("/en/", "/fr/", 1),
            form_data(conference),
            HTTP_ACCEPT_LANGUAGE="fr",
        )
    registration = Registration.objects.get()
    assert response.status_code in (302, 404) or registration
    assert registration.language in ("fr", "en")


def test_staff_counts_are_shared_by_all_language_versions(conference):
    RegistrationFactory(event=conference)
    assert conference.counts()["confirmed"] == 1
    assert conference.places_left() == 99


def test_raising_the_capacity_gives_places_to_the_waiting_list(
    client, events, django_capture_on_commit_callbacks
):
    event = EventPageFactory(parent=events, capacity=1)
    for n in range(3):
        register(client, event, email=f"d{n}@example.org")
    mail.outbox.clear()
    event.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["confirmed", "confirmed", "waiting"]
    assert [m.to for m in mail.outbox] == [["d1@example.org"]]


# Who controls a registration: only whoever proved the address (issue 15, item 7)


def test_registering_someone_elses_address_gives_no_control_over_it(client, conference):
    """The first to type an address does not get the link; its owner does, by email."""
    from allauth.account.models import EmailAddress

    from tests.members.factories import verified_user

    response = register(client, conference, email="owner@example.org", first_name="Mallory")
    assert response.status_code == 303
    assert "/registration/" not in response["Location"]
    assert "/registration/" not in client.get(response["Location"]).text
    registration = Registration.objects.get()
    assert registration.user is None
    (message,) = mail.outbox
    assert message.to == ["owner@example.org"]

    # The owner, signed in with the address verified, sees their registration on
    # the event page and can change it; the first visitor's browser still cannot.
    owner = verified_user("owner@example.org")
    owners_browser = type(client)()
    owners_browser.force_login(owner)
    page = owners_browser.get(conference.url).text
    assert "View or change your registration" in page
    assert "View or change your registration" not in client.get(conference.url).text
    assert private_link(message) in page

    # A member who merely added the address to their account (unconfirmed) is a stranger.
    stranger = verified_user("stranger@example.org")
    EmailAddress.objects.create(user=stranger, email="owner@example.org", verified=False)
    strangers_browser = type(client)()
    strangers_browser.force_login(stranger)
    assert "/registration/" not in strangers_browser.get(conference.url).text
    response = strangers_browser.post(
        conference.url, form_data(conference, email="owner@example.org")
    )
    assert response.status_code == 303 and "/registration/" not in response["Location"]


def test_a_member_registering_their_verified_address_goes_straight_to_it(client, conference):
    from tests.members.factories import verified_user

    member = verified_user("ines.moreau@example.org")
    client.force_login(member)
    response = register(client, conference)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert response["Location"] == private_link(mail.outbox[0])
    assert registration.user == member


def test_a_member_registering_a_colleague_links_nothing_to_their_account(client, conference):
    from tests.members.factories import verified_user

    member = verified_user("organiser@example.org")
    client.force_login(member)
    response = register(client, conference, email="colleague@example.org")
    assert response.status_code == 303 and "/registration/" not in response["Location"]
    assert Registration.objects.get().user is None


# The registration throttle counts real attempts by the real client (issue 15, item 2)


def test_invalid_submissions_do_not_use_up_the_limit(client, conference, settings):
    settings.EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR = 2
    for _ in range(5):
        assert register(client, conference, email="not-an-address").status_code == 400
    assert register(client, conference, email="d1@example.org").status_code == 303
    assert register(client, conference, email="d2@example.org").status_code == 303
    assert register(client, conference, email="d3@example.org").status_code == 429


def test_behind_trusted_proxies_each_client_has_its_own_limit(client, conference, settings):
    """Every request comes from the proxy; the limit holds per client it reports."""
    settings.EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR = 1
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "192.0.2.7"]

    def via_proxy(email, forwarded_for):
        return client.post(
            conference.url,
            form_data(conference, email=email),
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=forwarded_for,
        )

    # Client 198.51.100.1 through two trusted proxies (192.0.2.7, then 10.0.0.2).
    assert via_proxy("a1@example.org", "198.51.100.1, 192.0.2.7").status_code == 303
    assert via_proxy("a2@example.org", "198.51.100.1, 192.0.2.7").status_code == 429
    # Another client through the same proxies is not held back.
    assert via_proxy("b1@example.org", "198.51.100.2, 192.0.2.7").status_code == 303
    # What a client writes into the header itself is not believed.
    assert via_proxy("a3@example.org", "203.0.113.9, 198.51.100.1").status_code == 429
    # A client that is not a trusted proxy cannot claim to forward for others.
    direct = client.post(
        conference.url,
        form_data(conference, email="c1@example.org"),
        REMOTE_ADDR="198.51.100.1",
        HTTP_X_FORWARDED_FOR="203.0.113.50",
    )
    assert direct.status_code == 429
