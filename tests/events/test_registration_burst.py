"""A registration is cheap to take: the same few queries whoever registers, and a shared answer.

Issue 18, item 5: when registration for a conference opens, hundreds register
in the first minutes. The POST takes the place and queues the email, then
sends the delegate (303) to the event's "check your email" page, which is the
same for everyone, so Varnish keeps it and the POST renders nothing. The
queries a registration takes do not grow with the registrations already taken
(``bench/registrations.py`` prints the rate and the CPU time; numbers, not
timings, here).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Registration

from .conftest import form_data
from .factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

# The page (routing); the event locked, places and the address counted and the
# registration inserted (one request on PostgreSQL, three statements on
# SQLite); the email queued; the transaction's own statements (savepoints
# under the test's transaction).
REGISTRATION_QUERY_BUDGET = 8


def queries_to_register(client, event, email):
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(event.url, form_data(event, email=email))
    assert response.status_code == 303, response.content[:500]
    return [q["sql"] for q in ctx.captured_queries]


@pytest.fixture
def queue(settings):
    """Emails queued for the task worker, as in production (not sent in the request)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_registration_takes_the_same_few_queries_however_many_came_before(client, events, queue):
    event = EventPageFactory(parent=events, capacity=40, waiting_list=True)
    queries_to_register(client, event, "warm@example.org")  # the first warms the caches
    first = queries_to_register(client, event, "early@example.org")
    for n in range(60):
        RegistrationFactory(event=event, email=f"d{n}@example.org")
    late = queries_to_register(client, event, "late@example.org")
    assert len(first) == len(late) <= REGISTRATION_QUERY_BUDGET, "\n".join(late)
    # Nothing rendered: no page chrome, no places counted for a page nobody sees.
    assert not any("GROUP BY" in sql for sql in late)
    statuses = dict(
        Registration.objects.filter(event=event).values_list("email", "status").order_by()
    )
    assert statuses["early@example.org"] == "confirmed"
    assert statuses["late@example.org"] == "waiting"


def test_the_answer_is_a_redirect_to_one_page_a_shared_cache_keeps(client, conference):
    response = client.post(conference.url, form_data(conference))
    assert response.status_code == 303
    assert response["Location"] == f"{conference.url}registered/"
    # Nothing of the delegate's in the redirect: no address, no private link.
    assert "ines" not in response["Location"].lower()
    assert not response.cookies.get("sessionid")
    sent = client.get(response["Location"])
    assert sent.status_code == 200
    assert "public" in sent["Cache-Control"] and "s-maxage" in sent["Cache-Control"]
    assert "ines.moreau@example.org" not in sent.text
    assert sent["X-Robots-Tag"] == "noindex"
    # A second delegate, from another browser, is sent to the very same page.
    other = type(client)().post(conference.url, form_data(conference, email="b@example.org"))
    assert other["Location"] == response["Location"]


def test_a_members_only_events_page_is_for_members_only(client, events):
    event = EventPageFactory(parent=events, audience="members")
    response = client.get(f"{event.url}registered/")
    assert response.status_code in (302, 403, 404)
    assert "Check your email" not in response.content.decode()
