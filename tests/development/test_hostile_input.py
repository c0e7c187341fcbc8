"""Hostile values in the development pages' query parameters: a 404 or the page, never a 500.

The site-wide fuzz test (tests/cms/test_fuzz.py) walks the public pages; these
addresses are members-only, and take ids from the visitor (``?round=``,
``?compare=``, ``?entry=``, ``?page=``). ``"²".isdigit()`` is true but ``int``
refuses it, which is how a check with ``str.isdigit`` alone let it through.
"""

import pytest
from django.urls import reverse

from .factories import LogEntryFactory, RoundFactory, answer_round, statements_of

pytestmark = pytest.mark.django_db

HOSTILE = ["²", "١٢", "abc", "1\x00", "-1", "1.5", "9" * 40, " 1", "\u202e1"]


def test_hostile_ids_in_query_parameters_are_never_a_server_error(people, client):
    round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(
        round, {people.member: {s: 2 for s in statements_of(people.framework)}}, submit=True
    )
    entry = LogEntryFactory(partnership=people.partnership, author=people.consultant)
    a, p = people.agency.pk, people.partnership.pk
    client.force_login(people.coordinator)
    client.raise_request_exception = False  # a 500 is counted, not raised
    failures = []
    for value in HOSTILE:
        failures += hostile_requests(client, a, p, round, value)
    # A field name with more digits than int() reads (Python refuses over 4,300).
    open_round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(open_round, {people.coordinator: {}})
    answer = reverse("development:answer", args=[a, open_round.pk])
    for name in ["s" + "9" * 5000, "n" + "9" * 5000, "s²"]:
        response = client.post(answer, {name: "2", "action": "save"})
        if response.status_code not in (200, 302, 400, 404):  # ignored, or refused
            failures.append((answer, name[:8], response.status_code))
    assert failures == []
    assert entry.documents.count() == 0


def hostile_requests(client, a, p, round, value) -> list:
    failures = []
    for path, parameter in [
        (reverse("development:results", args=[a]), "round"),
        (reverse("development:results", args=[a]), "compare"),
        (reverse("development:report_pdf", args=[a, round.pk]), "compare"),
        (reverse("development:upload", args=[a]), "entry"),
        (reverse("development:partnership", args=[a, p]), "page"),
    ]:
        response = client.get(path, {parameter: value})
        if response.status_code not in (200, 404):
            failures.append((path, parameter, value, response.status_code))
    response = client.post(reverse("development:upload", args=[a]), {"entry": value})
    if response.status_code not in (200, 404):
        failures.append(("upload POST", "entry", value, response.status_code))
    return failures
