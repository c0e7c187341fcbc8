import pytest
from django.urls import reverse

from .factories import InterventionFactory, RoundFactory, answer_round, statements_of

pytestmark = pytest.mark.django_db


def test_pages_render(people, client):
    intervention = InterventionFactory(agency=people.agency)
    round = RoundFactory(agency=people.agency, framework=people.framework)
    s = statements_of(people.framework)
    answer_round(round, {people.member: {s[0]: 3, s[1]: 2}}, {x: 2 for x in s}, submit=True)
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
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
