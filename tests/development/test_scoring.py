"""Scores, spread, change and benchmark against figures worked out by hand.

The framework has two criteria of two statements on a 0–4 scale, so a level
is worth 25 points. Three respondents answer:

    statement   P1   P2   P3   consensus   (baseline consensus)
    1.1          4    3    0    3 (75)      1 (25)
    1.2          2    3   dk    2 (50)      1 (25)
    2.1          1   dk    2   dk           2 (50)
    2.2         dk   dk    4    3 (75)      2 (50)

Criterion 1: consensus (75 + 50) / 2 = 62.5; own scores P1 (100+50)/2 = 75,
P2 75, P3 0: mean 50, standard deviation sqrt(((25²+25²+50²)/3)) = 35.36,
range 0–75, 3 respondents. Criterion 2: consensus 75 (2.1 agreed "don't
know"); own scores P1 25, P3 (50+100)/2 = 75: mean 50, spread 25, range
25–75, 2 respondents. Overall (62.5 + 75) / 2 = 68.75. Against the
baseline (25 and 50): +37.5 and +25.
"""

import math

import pytest
from django.urls import reverse

from development import scoring
from development.models import Participation
from development.results import FrameworkText, benchmark_of, results_of
from tests.factories import CountryFactory
from tests.members.factories import AgencyFactory

from .factories import RoundFactory, answer_round, make_framework, statements_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked(people):
    s11, s12, s21, s22 = statements_of(people.framework)
    p1, p2, p3 = people.coordinator, people.member, people.staff
    follow_up = RoundFactory(agency=people.agency, framework=people.framework, stage="follow-up")
    answer_round(
        follow_up,
        {
            p1: {s11: 4, s12: 2, s21: 1, s22: "dk"},
            p2: {s11: 3, s12: 3, s21: "dk", s22: "dk"},
            p3: {s11: 0, s12: "dk", s21: 2, s22: 4},
        },
        {s11: 3, s12: 2, s21: "dk", s22: 3},
        submit=True,
    )
    baseline = RoundFactory(
        agency=people.agency,
        framework=people.framework,
        opens_on=follow_up.opens_on.replace(year=follow_up.opens_on.year - 1),
        closes_on=follow_up.closes_on.replace(year=follow_up.closes_on.year - 1),
    )
    answer_round(baseline, {}, {s11: 1, s12: 1, s21: 2, s22: 2}, submit=True)
    return follow_up, baseline, (s11, s12, s21, s22)


def test_scores_spread_and_respondents_match_the_hand_computed_figures(worked):
    follow_up, _baseline, (s11, _s12, _s21, s22) = worked
    text = FrameworkText(follow_up.framework)
    result = results_of([follow_up], {follow_up.framework_id: text})[follow_up.pk]
    first, second = result.criteria
    assert result.respondents == 3
    assert first.score == 62.5
    assert first.individual_mean == 50
    assert math.isclose(first.spread, math.sqrt((25**2 + 25**2 + 50**2) / 3))
    assert (first.lowest, first.highest, first.respondents) == (0, 75, 3)
    assert second.score == 75
    assert second.individual_mean == 50 and second.spread == 25
    assert (second.lowest, second.highest, second.respondents) == (25, 75, 2)
    assert result.overall == 68.75
    assert result.statements[s11.pk].distribution == {4: 1, 3: 1, 0: 1}
    assert math.isclose(result.statements[s11.pk].individual_mean, 175 / 3)
    assert result.statements[s22.pk].distribution == {None: 2, 4: 1}
    assert result.statements[s22.pk].answered == 3


def test_change_against_the_baseline_is_marked_per_criterion_and_statement(worked):
    follow_up, baseline, _ = worked
    text = FrameworkText(follow_up.framework)
    results = results_of([follow_up, baseline], {follow_up.framework_id: text})
    criteria, statements = scoring.compare(
        results[baseline.pk], results[follow_up.pk], text.structure, text.structure
    )
    assert [(c.code, c.before, c.after, c.change, c.direction) for c in criteria] == [
        ("1", 25, 62.5, 37.5, "up"),
        ("2", 50, 75, 25, "up"),
    ]
    by_code = {c.code: c for c in statements}
    assert (by_code["1.1"].change, by_code["1.1"].direction) == (50, "up")
    assert (by_code["2.1"].change, by_code["2.1"].direction) == (None, "")  # agreed "don't know"


def test_results_page_prints_the_same_figures(worked, people, client):
    client.force_login(people.member)
    html = client.get(reverse("development:results", args=[people.agency.pk])).text
    for figure in ("62.5", "75.0", "68.8", "35.4", "+37.5", "+25.0", "0.0–75.0", "25.0–75.0"):
        assert figure in html, figure
    assert "improved" in html


def test_a_level_outside_the_scale_is_never_scored():
    structure = scoring.Structure(
        criteria=(scoring.CriterionShape(1, "1", (10,), ("1.1",)),), lowest=0, highest=4
    )
    result = scoring.round_result(
        structure, [(1, 10, 9, False), (2, 10, 2, False)], [(10, 7, False)]
    )
    assert result.criteria[0].individual_mean == 50
    assert result.criteria[0].score is None
    assert result.respondents == 1


def test_benchmark_quartiles_by_hand():
    scores = {n: {"1": value} for n, value in enumerate([10, 20, 40, 80, 90, 100])}
    found = scoring.benchmark(scores)["1"]
    # Inclusive quartiles of six values: positions 1.25, 2.5 and 3.75.
    assert (found.lower_quartile, found.median, found.upper_quartile) == (25, 60, 87.5)
    assert found.agencies == 6
    assert scoring.benchmark({n: {"1": 50} for n in range(4)}) == {}


def _agency_with_round(framework, name, level, country):
    agency = AgencyFactory(name=name, country=country)
    Participation.objects.create(agency=agency)
    round = RoundFactory(agency=agency, framework=framework)
    answer_round(round, {}, {s: level for s in statements_of(framework)}, submit=True)
    return agency


def test_benchmark_is_hidden_at_four_agencies_and_shown_at_five(people, client):
    framework = people.framework
    country = CountryFactory(code="PL", name="Poland")
    # Lyon is one of them: its consensus is level 0 everywhere.
    own = RoundFactory(agency=people.agency, framework=framework)
    answer_round(own, {}, {s: 0 for s in statements_of(framework)}, submit=True)
    for n, level in enumerate([1, 2, 3]):
        _agency_with_round(framework, f"Other agency {n}", level, country)
    # A round not submitted, and another framework's round, do not count.
    unsubmitted = RoundFactory(
        agency=AgencyFactory(name="Not yet", country=country), framework=framework
    )
    answer_round(unsubmitted, {}, {s: 4 for s in statements_of(framework)})
    other = make_framework(slug="other", name="Other framework")
    _agency_with_round(other, "Elsewhere", 4, country)

    text = FrameworkText(framework)
    assert benchmark_of(framework, text) == {}
    client.force_login(people.member)
    url = reverse("development:results", args=[people.agency.pk])
    html = client.get(url).text
    assert "appears once at least five agencies" in html
    assert "Benchmark median" not in html

    _agency_with_round(framework, "Fifth agency", 4, country)
    bench = benchmark_of(framework, text)
    # Scores 0, 25, 50, 75, 100: quartiles 25, 50, 75.
    assert (bench["1"].lower_quartile, bench["1"].median, bench["1"].upper_quartile) == (25, 50, 75)
    assert bench["1"].agencies == 5
    html = client.get(url).text
    assert "Benchmark median" in html
    assert "25.0–75.0" in html
    for name in ("Other agency", "Fifth agency", "Not yet", "Elsewhere"):
        assert name not in html


def test_an_agency_counts_once_in_the_benchmark_with_its_latest_round(people):
    framework = people.framework
    country = CountryFactory(code="PL", name="Poland")
    for n in range(4):
        _agency_with_round(framework, f"Agency {n}", 2, country)
    earlier = RoundFactory(agency=people.agency, framework=framework)
    answer_round(earlier, {}, {s: 4 for s in statements_of(framework)}, submit=True)
    later = RoundFactory(agency=people.agency, framework=framework)
    answer_round(later, {}, {s: 0 for s in statements_of(framework)}, submit=True)
    bench = benchmark_of(framework, FrameworkText(framework))
    assert bench["1"].agencies == 5
    # 0 (Lyon's latest) and four times 50: the lower quartile is 50, not pulled up by 100.
    assert (bench["1"].lower_quartile, bench["1"].median) == (50, 50)
