"""Every page of the development work renders, with the site's strict policy and nothing inline.

The policy (tests/cms/test_security_headers.py) allows no inline script, style or
event handler on the public site; the members' area is held to the same.
"""

import pytest
from django.urls import reverse

from tests.cms.test_security_headers import assert_nothing_inline, assert_strict

from .factories import (
    InterventionFactory,
    LogEntryFactory,
    RoundFactory,
    answer_round,
    statements_of,
)

pytestmark = pytest.mark.django_db


def test_pages_render(people, client):
    intervention = InterventionFactory(agency=people.agency)
    round = RoundFactory(agency=people.agency, framework=people.framework)
    s = statements_of(people.framework)
    answer_round(round, {people.member: {s[0]: 3, s[1]: 2}}, {x: 2 for x in s}, submit=True)
    open_round = RoundFactory(agency=people.agency, framework=people.framework)
    answer_round(open_round, {people.coordinator: {}})
    entry = LogEntryFactory(partnership=people.partnership, author=people.coordinator)
    client.force_login(people.coordinator)
    a = people.agency.pk
    for url in [
        reverse("development:home"),
        reverse("development:agency", args=[a]),
        reverse("development:intervention", args=[a, intervention.pk]),
        reverse("development:round", args=[a, round.pk]),
        reverse("development:consolidate", args=[a, round.pk]),
        reverse("development:submit", args=[a, round.pk]),
        reverse("development:results", args=[a]),
        reverse("development:report_pdf", args=[a, round.pk]),
        reverse("development:answers_csv", args=[a, round.pk]),
        reverse("development:answers_xlsx", args=[a, round.pk]),
        reverse("development:partnership", args=[a, people.partnership.pk]),
        reverse("development:new_log_entry", args=[a, people.partnership.pk]),
        reverse("development:new_round", args=[a]),
        reverse("development:upload", args=[a]),
        reverse("development:answer", args=[a, open_round.pk]),
        reverse("development:log_entry", args=[a, people.partnership.pk, entry.pk]),
        reverse("development:edit_log_entry", args=[a, people.partnership.pk, entry.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        if response["Content-Type"].startswith("text/html"):
            assert_strict(response, url)
            assert_nothing_inline(response.text, url)
