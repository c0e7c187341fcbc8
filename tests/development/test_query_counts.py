"""The results page costs a fixed number of queries, however many rounds, people and statements."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.models import Membership
from tests.members.factories import AgencySpacePageFactory, MembershipFactory, verified_user

from .factories import RoundFactory, answer_round, make_framework, statements_of

pytestmark = pytest.mark.django_db

# Signed in: the session, the user, their memberships and the page's own; the
# site chrome comes from the cache (cms.chrome). Under /fr/ the page's language
# fallback costs four more (21 in English, 25 in French).
QUERY_LIMIT = 25


def build(agency, framework, rounds, respondents, people):
    statements = statements_of(framework)
    for n in range(rounds):
        round = RoundFactory(agency=agency, framework=framework, title=f"Round {n}")
        answer_round(
            round,
            {p: {s: (i + n) % 5 for i, s in enumerate(statements)} for p in people[:respondents]},
            {s: (n + i) % 5 for i, s in enumerate(statements)},
            submit=True,
        )


def queries_for(client, agency, language="en"):
    url = reverse("development:results", args=[agency.pk]).replace("/en/", f"/{language}/")
    client.get(url)  # warm the per-process caches (locales, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_results_page_queries_do_not_grow_with_the_work(people, client, language):
    from tests.factories import CountryFactory
    from tests.members.factories import AgencyFactory

    small = people.agency
    build(
        small, people.framework, rounds=2, respondents=2, people=[people.coordinator, people.member]
    )

    large = AgencyFactory(name="Large agency", country=CountryFactory(code="IT", name="Italy"))
    AgencySpacePageFactory(parent=people.space.get_parent(), agency=large, slug="large")
    many = [verified_user(f"person{n}@large.example") for n in range(15)]
    for person in many:
        MembershipFactory(user=person, agency=large)
    MembershipFactory(user=people.staff, agency=large, role=Membership.Role.COORDINATOR)
    big = make_framework(
        slug="big", name="Big framework", criteria=[(str(n), f"C{n}", "", 8) for n in range(1, 7)]
    )
    build(large, big, rounds=8, respondents=15, people=many)

    client.force_login(people.staff)
    few = queries_for(client, small, language)
    lots = queries_for(client, large, language)
    assert few == lots, (
        f"{few} queries for 2 rounds × 2 people × 4 statements, {lots} for 8 × 15 × 48"
    )
    assert lots <= QUERY_LIMIT, f"{lots} queries"
