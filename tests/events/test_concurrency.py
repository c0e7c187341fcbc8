"""No overbooking, ever: 50 delegates register at the same moment for 10 free places.

Each delegate is a thread with its own test client and its own database
connection, all released together by a barrier; the event is locked while
places are counted and taken (``SELECT … FOR UPDATE`` on PostgreSQL, an
immediate transaction on SQLite).
"""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from events.models import Registration

from .conftest import form_data
from .factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory

DELEGATES = 50


@pytest.fixture
def slow_inserts():
    """On PostgreSQL, make every insert of a registration take a moment longer.

    This widens the gap between counting the places and taking one, so that
    without the lock the delegates would overbook; the database itself is real.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE OR REPLACE FUNCTION praxis_test_slow() RETURNS trigger AS "
            "$$ BEGIN PERFORM pg_sleep(0.05); RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        cursor.execute(
            "CREATE TRIGGER praxis_test_slow BEFORE INSERT ON events_registration "
            "FOR EACH ROW EXECUTE FUNCTION praxis_test_slow()"
        )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER IF EXISTS praxis_test_slow ON events_registration")
            cursor.execute("DROP FUNCTION IF EXISTS praxis_test_slow()")


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_registrations_for_ten_places(home, slow_inserts):
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, capacity=15, waiting_list=True)
    RegistrationFactory.create_batch(5, event=event)  # 10 places left
    data = form_data(event)
    barrier = threading.Barrier(DELEGATES)
    statuses, errors = [], []

    def delegate(n):
        try:
            client = Client()
            barrier.wait(timeout=60)
            response = client.post(
                event.url,
                {**data, "email": f"rush{n}@example.org"},
                REMOTE_ADDR=f"10.0.{n // 200}.{n % 200 + 1}",
            )
            statuses.append(response.status_code)
            if response.status_code != 303:
                html = response.content.decode()
                errors.append(html[html.find("<main") : html.find("</main>")])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=delegate, args=(n,)) for n in range(DELEGATES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors, errors
    assert statuses == [303] * DELEGATES
    new = Registration.objects.filter(email__startswith="rush")
    assert new.filter(status="confirmed").count() == 10
    assert new.filter(status="waiting").count() == 40
    assert Registration.objects.filter(event=event, status="confirmed").count() == 15
    # Every delegate got exactly one email, saying what they got.
    assert len(mail.outbox) == DELEGATES
    confirmed_mails = [m for m in mail.outbox if "confirmed" in m.subject]
    assert len(confirmed_mails) == 10
    # The waiting list is in order: positions 1 to 40, each once.
    positions = sorted(r.waiting_position() for r in new.filter(status="waiting"))
    assert positions == list(range(1, 41))


@pytest.mark.django_db(transaction=True)
def test_the_same_address_sent_twenty_times_at_once_takes_one_place(home, slow_inserts):
    """The locked part finds the address's live registration: one place, the link resent."""
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, capacity=5, waiting_list=True)
    data = {**form_data(event), "email": "twice@example.org"}
    barrier = threading.Barrier(20)
    statuses = []

    def delegate(n):
        try:
            client = Client()
            barrier.wait(timeout=60)
            statuses.append(client.post(event.url, data, REMOTE_ADDR=f"10.1.0.{n + 1}").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=delegate, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [303] * 20
    (registration,) = Registration.objects.filter(event=event)
    assert registration.status == "confirmed"
    subjects = [m.subject for m in mail.outbox]
    assert len(subjects) == 20
    assert sum("confirmed" in s for s in subjects) == 1
