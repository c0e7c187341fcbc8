"""Who may see and do what, for every role of the issue's table.

Roles: anonymous visitors, a member of another agency (the "outsider"), a
member, a coordinator, the learning partnership's consultant (not a member of
the agency) and consortium staff. Anyone who may not see an agency's work gets
the same 404 whether it exists or not: not a name, not a count.
"""

import pytest
from django.urls import reverse

from development.models import ConsensusScore, InterventionDocument
from tests.members.factories import document

from .factories import (
    InterventionFactory,
    LogEntryFactory,
    RoundFactory,
    answer_round,
    statements_of,
)

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "outsider", "member", "coordinator", "consultant", "staff"]


@pytest.fixture
def work(people):
    agency = people.agency
    intervention = InterventionFactory(agency=agency, title="Coaching SECRET-LYON")
    linked = document("Programme", agency.collection, filename="programme.txt")
    InterventionDocument.objects.create(intervention=intervention, document=linked)
    unlinked = document("Budget notes", agency.collection, filename="budget.txt")
    open_round = RoundFactory(agency=agency, framework=people.framework)
    answer_round(open_round, {people.member: {}})  # invited, nothing answered yet
    submitted = RoundFactory(agency=agency, framework=people.framework)
    statements = statements_of(people.framework)
    answer_round(
        submitted, {people.member: {s: 2 for s in statements}}, {s: 2 for s in statements}, True
    )
    entry = LogEntryFactory(partnership=people.partnership, author=people.consultant)
    a, p = agency.pk, people.partnership.pk
    urls = {
        "home": reverse("development:home"),
        "agency": reverse("development:agency", args=[a]),
        "intervention": reverse("development:intervention", args=[a, intervention.pk]),
        "results": reverse("development:results", args=[a]),
        "round": reverse("development:round", args=[a, open_round.pk]),
        "answer": reverse("development:answer", args=[a, open_round.pk]),
        "new round": reverse("development:new_round", args=[a]),
        "consolidate": reverse("development:consolidate", args=[a, open_round.pk]),
        "submit": reverse("development:submit", args=[a, open_round.pk]),
        "reopen": reverse("development:reopen", args=[a, submitted.pk]),
        "pdf": reverse("development:report_pdf", args=[a, submitted.pk]),
        "csv": reverse("development:answers_csv", args=[a, submitted.pk]),
        "xlsx": reverse("development:answers_xlsx", args=[a, submitted.pk]),
        "partnership": reverse("development:partnership", args=[a, p]),
        "log entry": reverse("development:log_entry", args=[a, p, entry.pk]),
        "new log entry": reverse("development:new_log_entry", args=[a, p]),
        "upload": reverse("development:upload", args=[a]),
        "upload to log entry": reverse("development:upload", args=[a]) + f"?entry={entry.pk}",
        "intervention document": reverse("development:document", args=[a, linked.pk]),
        "other agency document": reverse("development:document", args=[a, unlinked.pk]),
    }
    return {"urls": urls, "open_round": open_round, "submitted": submitted}


# Expected status per page and role (anonymous visitors are always sent to sign in).
EXPECTED = {
    #                        outsider member coordinator consultant staff
    "home": (200, 200, 200, 200, 200),
    "agency": (404, 200, 200, 200, 200),
    "intervention": (404, 200, 200, 200, 200),
    "results": (404, 200, 200, 200, 200),
    "round": (404, 200, 200, 200, 200),
    "answer": (404, 200, 404, 404, 404),  # only the invited member answers
    "new round": (404, 404, 200, 404, 200),
    "consolidate": (404, 404, 200, 404, 200),
    "submit": (404, 404, 200, 404, 200),
    "reopen": (404, 404, 404, 404, 200),
    "pdf": (404, 200, 200, 200, 200),
    "csv": (404, 404, 200, 200, 200),
    "xlsx": (404, 404, 200, 200, 200),
    "partnership": (404, 404, 200, 200, 200),  # the member is not in the partnership
    "log entry": (404, 404, 200, 200, 200),
    "new log entry": (404, 404, 200, 200, 200),
    "upload": (404, 200, 200, 404, 200),
    "upload to log entry": (404, 404, 200, 200, 200),
    "intervention document": (404, 200, 200, 200, 200),
    "other agency document": (404, 200, 200, 404, 200),
}


def sign_in(client, people, role):
    if role != "anonymous":
        client.force_login(getattr(people, role))


@pytest.mark.parametrize("role", ROLES)
def test_every_page_answers_each_role_as_the_table_says(people, work, client, role):
    sign_in(client, people, role)
    problems = []
    for name, url in work["urls"].items():
        response = client.get(url)
        if role == "anonymous":
            expected = 302
            if response.status_code == 302 and "/accounts/login/" not in response["Location"]:
                problems.append(f"{name}: anonymous sent to {response['Location']}")
        else:
            expected = EXPECTED[name][ROLES.index(role) - 1]
        if response.status_code != expected:
            problems.append(f"{name}: {response.status_code}, expected {expected}")
        if response.status_code in (302, 404):
            body = response.content.decode(errors="replace")
            if "Ville de Lyon" in body or "SECRET-LYON" in body:
                problems.append(f"{name}: the refusal names the agency")
    assert not problems, f"{role}:\n" + "\n".join(problems)


def test_an_outsider_gets_the_same_answer_for_an_agency_that_does_not_exist(people, work, client):
    client.force_login(people.outsider)
    missing = reverse("development:agency", args=[people.agency.pk + 1000])
    existing = reverse("development:agency", args=[people.agency.pk])
    assert client.get(missing).status_code == client.get(existing).status_code == 404
    home = client.get(reverse("development:home")).text
    assert "Ville de Lyon" not in home and "SECRET-LYON" not in home


def test_the_consultant_sees_the_work_but_not_the_agency_space(people, work, client):
    client.force_login(people.consultant)
    assert client.get(people.space.url).status_code == 403
    home = client.get(reverse("development:home")).text
    assert "Ville de Lyon" in home
    agency = client.get(work["urls"]["agency"]).text
    assert "Coaching SECRET-LYON" in agency
    assert "The agency's space" not in agency


def test_refused_actions_change_nothing(people, work, client):
    round = work["open_round"]
    statement = statements_of(people.framework)[0]
    data = {"version": 0, f"c{statement.pk}": "3", "action": "save"}
    for role in ("outsider", "member", "consultant"):
        client.force_login(getattr(people, role))
        assert client.post(work["urls"]["consolidate"], data).status_code == 404
        assert client.post(work["urls"]["reopen"], {"reason": "x"}).status_code == 404
    assert not ConsensusScore.objects.filter(round=round).exists()
    work["submitted"].refresh_from_db()
    assert work["submitted"].is_submitted


def test_removing_a_membership_closes_the_work_at_once(people, work, client):
    from members.models import Membership

    client.force_login(people.member)
    assert client.get(work["urls"]["agency"]).status_code == 200
    Membership.objects.filter(user=people.member).delete()
    for name in ("agency", "results", "answer", "pdf", "intervention document"):
        assert client.get(work["urls"][name]).status_code == 404, name
