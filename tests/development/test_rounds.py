"""A round from opening to submission: answering, bad input, consolidation, locking, reopening."""

import datetime
import re
import threading

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from development.enums import RoundEventKind, RoundStatus
from development.models import Answer, AssessmentRound, ConsensusScore, Response, RoundEvent

from .factories import RoundFactory, answer_round, make_framework, statements_of

pytestmark = pytest.mark.django_db


def url(name, round, *extra):
    return reverse(f"development:{name}", args=[round.agency_id, round.pk, *extra])


@pytest.fixture
def round(people):
    round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(round, {people.member: {}, people.coordinator: {}})
    return round


def test_a_coordinator_opens_a_round_and_invites_members(people, client):
    client.force_login(people.coordinator)
    today = timezone.localdate()
    new = reverse("development:new_round", args=[people.agency.pk])
    data = {
        "framework": people.framework.pk,
        "stage": "baseline",
        "title": "Spring baseline",
        "opens_on": today.isoformat(),
        "closes_on": (today - datetime.timedelta(days=1)).isoformat(),
        "invite": [people.member.pk, people.coordinator.pk],
    }
    refused = client.post(new, data)
    assert refused.status_code == 400
    assert "cannot close before they open" in refused.text
    assert 'value="Spring baseline"' in refused.text  # what they typed is kept
    assert not AssessmentRound.objects.exists()

    data["closes_on"] = (today + datetime.timedelta(days=14)).isoformat()
    response = client.post(new, data)
    round = AssessmentRound.objects.get()
    assert response.status_code == 302
    assert round.opened_by == people.coordinator and round.accepts_answers()
    assert set(Response.objects.values_list("respondent__email", flat=True)) == {
        "yves@lyon.example",
        "claire@lyon.example",
    }
    assert sorted(m.to[0] for m in mail.outbox) == ["claire@lyon.example", "yves@lyon.example"]
    assert url("answer", round) in mail.outbox[0].body
    assert list(round.events.values_list("kind", flat=True)) == ["opened", "invited"]


def test_a_member_answers_saves_and_comes_back(people, round, client):
    s11, s12, s21, s22 = statements_of(people.framework)
    client.force_login(people.member)
    form = client.get(url("answer", round))
    assert form.status_code == 200
    response = client.post(
        url("answer", round),
        {
            f"s{s11.pk}": "3",
            f"n{s11.pk}": "Seen in the minutes",
            f"s{s12.pk}": "dk",
            "action": "save",
        },
    )
    assert response.status_code == 302
    mine = Response.objects.get(round=round, respondent=people.member)
    answers = {a.statement_id: (a.level, a.dont_know, a.note) for a in mine.answers.all()}
    assert answers == {s11.pk: (3, False, "Seen in the minutes"), s12.pk: (None, True, "")}
    assert mine.completed_at is None
    again = client.get(url("answer", round)).text
    assert "Seen in the minutes" in again
    # The same form sent twice stores the same answers once.
    data = {f"s{s11.pk}": "3", f"s{s12.pk}": "1", f"s{s21.pk}": "2", f"s{s22.pk}": "4"}
    client.post(url("answer", round), {**data, "action": "complete"})
    client.post(url("answer", round), {**data, "action": "complete"})
    assert Answer.objects.filter(response=mine).count() == 4
    mine.refresh_from_db()
    assert mine.is_complete


@pytest.mark.parametrize(
    "bad",
    ["outside the scale", "another framework's statement", "closed round"],
)
def test_bad_answers_get_a_clear_message_and_save_nothing(people, round, client, bad):
    s11, s12, *_ = statements_of(people.framework)
    data = {f"s{s11.pk}": "2", f"n{s11.pk}": "My careful note", "action": "save"}
    expected_status, message = 400, ""
    if bad == "outside the scale":
        data[f"s{s12.pk}"] = "9"
        message = "Choose one of the levels of the scale"
    elif bad == "another framework's statement":
        other = statements_of(make_framework(slug="other", name="Other"))[0]
        data[f"s{other.pk}"] = "2"
        message = "not part of this round"
    else:
        AssessmentRound.objects.filter(pk=round.pk).update(status=RoundStatus.CLOSED)
        expected_status, message = 409, "no longer takes answers"
    client.force_login(people.member)
    response = client.post(url("answer", round), data)
    assert response.status_code == expected_status
    assert message in response.text
    if bad != "closed round":
        assert "My careful note" in response.text  # the input is kept
    assert not Answer.objects.exists()


def test_the_coordinator_sees_the_spread_not_who_gave_which(people, round, client):
    s11, *_ = statements_of(people.framework)
    answer_round(round, {people.member: {s11: 4}, people.coordinator: {s11: 1}})
    Answer.objects.filter(statement=s11, level=4).update(note="Budget shows it")
    client.force_login(people.coordinator)
    html = client.get(url("consolidate", round)).text
    assert "4 – Fully: <strong>1</strong>" in html and "1 – A little: <strong>1</strong>" in html
    assert "Budget shows it" in html
    assert "Yves" not in html and "yves@lyon.example" not in html


def consensus_data(statements, level, version):
    data = {f"c{s.pk}": str(level) for s in statements}
    data["version"] = str(version)
    return data


def test_two_coordinators_never_overwrite_each_other_silently(people, round, client):
    from members.models import Membership
    from tests.members.factories import MembershipFactory, verified_user

    second = verified_user("ana@lyon.example", first_name="Ana")
    MembershipFactory(user=second, agency=people.agency, role=Membership.Role.COORDINATOR)
    statements = statements_of(people.framework)
    first_client, second_client = Client(), Client()
    first_client.force_login(people.coordinator)
    second_client.force_login(second)
    assert first_client.get(url("consolidate", round)).status_code == 200
    assert second_client.get(url("consolidate", round)).status_code == 200  # both at version 0

    assert (
        first_client.post(url("consolidate", round), consensus_data(statements, 3, 0)).status_code
        == 302
    )
    refused = second_client.post(url("consolidate", round), consensus_data(statements, 1, 0))
    assert refused.status_code == 409
    assert "Someone else saved consensus scores" in refused.text
    assert "Saved meanwhile by someone else: 3 – Largely" in refused.text
    assert set(ConsensusScore.objects.values_list("level", flat=True)) == {3}
    # Their own choices are still in the form, now drawn from version 1: saving again works.
    for statement in statements:
        assert re.search(rf'name="c{statement.pk}" value="1"[^>]*checked', refused.text)
    assert re.search(r'name="version" value="1"', refused.text)
    again = second_client.post(url("consolidate", round), consensus_data(statements, 1, 1))
    assert again.status_code == 302
    assert set(ConsensusScore.objects.values_list("level", flat=True)) == {1}


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_saving_at_the_same_moment_one_wins(home):
    """Real threads, each with its own connection: exactly one save goes through."""
    from tests.development.conftest import make_people

    people = make_people(home)
    from members.models import Membership
    from tests.members.factories import MembershipFactory, verified_user

    second = verified_user("ana@lyon.example")
    MembershipFactory(user=second, agency=people.agency, role=Membership.Role.COORDINATOR)
    round = RoundFactory(agency=people.agency, framework=people.framework)
    statements = statements_of(people.framework)
    barrier = threading.Barrier(2)
    statuses = []

    def coordinator(user, level):
        client = Client()
        client.force_login(user)
        barrier.wait()
        statuses.append(
            client.post(url("consolidate", round), consensus_data(statements, level, 0)).status_code
        )

    threads = [
        threading.Thread(target=coordinator, args=(people.coordinator, 3)),
        threading.Thread(target=coordinator, args=(second, 1)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [302, 409]
    round.refresh_from_db()
    assert round.consensus_version == 1
    assert len(set(ConsensusScore.objects.values_list("level", flat=True))) == 1


def test_submitting_locks_the_round_and_replays_change_nothing(people, round, client):
    statements = statements_of(people.framework)
    client.force_login(people.coordinator)
    client.post(url("consolidate", round), consensus_data(statements[:3], 2, 0))
    incomplete = client.post(url("submit", round))
    assert incomplete.status_code == 400
    assert "Record a consensus for every statement" in incomplete.text
    round.refresh_from_db()
    assert round.status == RoundStatus.OPEN

    client.post(url("consolidate", round), consensus_data(statements, 2, 1))
    assert client.post(url("submit", round)).status_code == 302
    assert client.post(url("submit", round)).status_code == 302  # a replay
    round.refresh_from_db()
    assert round.is_submitted and round.submitted_at
    assert round.events.filter(kind=RoundEventKind.SUBMITTED).count() == 1
    # Locked: the consensus and the answers stay as they are.
    late = client.post(url("consolidate", round), consensus_data(statements, 4, 2))
    assert late.status_code == 400 and "locked" in late.text
    assert set(ConsensusScore.objects.values_list("level", flat=True)) == {2}
    client.force_login(people.member)
    assert client.post(url("answer", round), {f"s{statements[0].pk}": "1"}).status_code == 409
    assert not Answer.objects.exists()


def test_only_staff_reopen_a_submitted_round_and_it_is_logged(people, client):
    statements = statements_of(people.framework)
    round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(round, {}, {s: 2 for s in statements}, submit=True)
    client.force_login(people.coordinator)
    assert client.post(url("reopen", round), {"reason": "typo"}).status_code == 404
    client.force_login(people.staff)
    empty = client.post(url("reopen", round), {"reason": ""})
    assert empty.status_code == 400 and "This field is required" in empty.text
    assert (
        client.post(url("reopen", round), {"reason": "Statement 2.1 was mis-scored"}).status_code
        == 302
    )
    round.refresh_from_db()
    assert round.status == RoundStatus.CLOSED and round.submitted_at is None
    event = round.events.get(kind=RoundEventKind.REOPENED)
    assert event.by == people.staff and event.note == "Statement 2.1 was mis-scored"
    client.force_login(people.coordinator)
    page = client.get(url("round", round)).text
    assert "Statement 2.1 was mis-scored" in page
    # Out of the results until it is submitted again.
    results = client.get(reverse("development:results", args=[people.agency.pk])).text
    assert "No round has been submitted yet" in results


def test_reminders_reach_who_has_not_completed_at_most_once_a_day(people, round, client):
    from django.core.management import call_command

    from development.reminders import remind_all

    Response.objects.filter(round=round, respondent=people.coordinator).update(
        completed_at=timezone.now()
    )
    client.force_login(people.coordinator)
    first = client.post(url("remind", round), follow=True)
    assert "Reminder sent to 1 person." in first.text
    assert [m.to for m in mail.outbox] == [["yves@lyon.example"]]
    assert "not complete yet" in mail.outbox[0].body
    second = client.post(url("remind", round), follow=True)
    assert "1 person was already reminded today." in second.text
    assert len(mail.outbox) == 1
    # The daily job, for a round closing soon: nobody twice on the same day...
    AssessmentRound.objects.filter(pk=round.pk).update(
        closes_on=timezone.localdate() + datetime.timedelta(days=2)
    )
    call_command("send_assessment_reminders", verbosity=0)
    assert len(mail.outbox) == 1
    # ... and again the next day.
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert remind_all(today=tomorrow) == (1, 0)
    assert len(mail.outbox) == 2


def test_closing_answering_and_opening_it_again(people, round, client):
    client.force_login(people.coordinator)
    client.post(url("round_status", round), {"action": "close"})
    round.refresh_from_db()
    assert round.status == RoundStatus.CLOSED
    client.post(url("round_status", round), {"action": "close"})  # a replay: logged once
    assert RoundEvent.objects.filter(round=round, kind=RoundEventKind.CLOSED).count() == 1
    client.post(url("round_status", round), {"action": "open"})
    round.refresh_from_db()
    assert round.status == RoundStatus.OPEN
