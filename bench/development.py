"""Benchmark of self-assessment results: a round of 30 respondents × 100 statements.

    DATABASE_URL=postgres://…/praxis_bench .venv/bin/python bench/development.py

Builds, in the configured database, a framework of 10 criteria × 10 statements
and two agencies' worth of rounds (the measured round: 30 respondents answering
all 100 statements, a few "don't know", and its consensus; a baseline to compare
with; five other agencies' submitted rounds so the benchmark is computed too),
then times, REPEAT times each, and prints p50/p95/max in milliseconds:

- the scoring alone (``scoring.round_result`` on the 3,000 answers in memory);
- loading and scoring the round (``results.results_of``: its two queries);
- the whole report the results page and the PDF show (``report.build_report``:
  the framework's words, both rounds, the comparison, the benchmark, the chart);
- the results page itself, requested by a coordinator (HTML, every query).

Everything is built in one transaction that is rolled back at the end, so the
database is left as it was. A benchmark, not a test: it prints numbers and
asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
importlib.import_module("cms.wsgi")

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from cms.models import Country  # noqa: E402
from development import scoring  # noqa: E402
from development.enums import RoundStatus  # noqa: E402
from development.models import (  # noqa: E402
    Answer,
    AssessmentRound,
    ConsensusScore,
    Criterion,
    Framework,
    Response,
    ScaleLevel,
    Statement,
)
from development.report import build_report  # noqa: E402
from development.results import FrameworkText, results_of  # noqa: E402
from members.models import Agency, Membership  # noqa: E402

RESPONDENTS = 30
CRITERIA = 10
PER_CRITERION = 10


class Rollback(Exception):
    pass


def timed(function, repeat) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU times (ms) of ``repeat`` runs.

    CPU time is this process's own: on a shared, busy machine it shows what
    the work costs when the wall clock also counts waiting for a core.
    """
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def report(name, measured):
    wall, cpu = (sorted(times) for times in measured)
    p95 = wall[min(len(wall) - 1, int(len(wall) * 0.95))]
    print(
        f"{name}\n    wall p50 {statistics.median(wall):7.2f} ms   p95 {p95:7.2f} ms   "
        f"max {wall[-1]:7.2f} ms   cpu p50 {statistics.median(cpu):7.2f} ms   (n={len(wall)})"
    )


def build(rng):
    from django.contrib.auth import get_user_model

    locale = Locale.get_default()
    country = Country.objects.filter(locale=locale).first() or Country.objects.create(
        code="ZZ", name="Benchland", locale=locale
    )
    framework = Framework.objects.create(
        name="Benchmark framework", slug="bench-framework", locale=locale
    )
    for value in range(6):
        ScaleLevel.objects.create(
            framework=framework, value=value, label=f"Level {value}", locale=locale
        )
    statements = []
    for c in range(1, CRITERIA + 1):
        criterion = Criterion.objects.create(
            framework=framework, code=str(c), title=f"Criterion {c}", locale=locale, sort_order=c
        )
        for s in range(1, PER_CRITERION + 1):
            statements.append(
                Statement(
                    criterion=criterion,
                    code=f"{c}.{s}",
                    text=f"Statement {c}.{s}",
                    locale=locale,
                    sort_order=s,
                )
            )
    Statement.objects.bulk_create(statements)
    statements = list(Statement.objects.filter(criterion__framework=framework))
    User = get_user_model()
    people = User.objects.bulk_create(
        [User(email=f"bench{n}@bench.example") for n in range(RESPONDENTS)]
    )
    agency = Agency.objects.create(name="Benchmark agency", country=country)
    Membership.objects.bulk_create(
        [Membership(user=person, agency=agency) for person in people[:-1]]
    )
    # Saved one by one so the coordinator gets the agency's group (members.signals).
    Membership.objects.create(user=people[-1], agency=agency, role=Membership.Role.COORDINATOR)

    def round_of(agency, title, with_answers):
        round = AssessmentRound.objects.create(
            agency=agency,
            framework=framework,
            title=title,
            opens_on=timezone.localdate(),
            closes_on=timezone.localdate(),
            status=RoundStatus.SUBMITTED,
            submitted_at=timezone.now(),
        )
        if with_answers:
            responses = Response.objects.bulk_create(
                [Response(round=round, respondent=person) for person in people]
            )
            Answer.objects.bulk_create(
                Answer(
                    response=response,
                    statement=statement,
                    level=None if rng.random() < 0.03 else rng.randint(0, 5),
                    dont_know=False,
                )
                for response in responses
                for statement in statements
            )
        ConsensusScore.objects.bulk_create(
            ConsensusScore(round=round, statement=statement, level=rng.randint(0, 5))
            for statement in statements
        )
        return round

    baseline = round_of(agency, "Bench baseline", True)
    measured = round_of(agency, "Bench follow-up", True)
    for n in range(5):
        other = Agency.objects.create(name=f"Benchmark peer {n}", country=country)
        round_of(other, f"Peer {n}", False)
    return framework, agency, baseline, measured, people[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50, help="runs per measure (default 50)")
    args = parser.parse_args()
    rng = random.Random(17)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{connection.vendor}, {os.cpu_count()} cores, load average {load:.1f}: "
        f"a round of {RESPONDENTS} respondents × "
        f"{CRITERIA * PER_CRITERION} statements ({RESPONDENTS * CRITERIA * PER_CRITERION} answers)"
    )
    try:
        with transaction.atomic():
            framework, agency, baseline, measured, coordinator = build(rng)
            text = FrameworkText(framework)
            answers = list(
                Answer.objects.filter(response__round=measured).values_list(
                    "response_id", "statement_id", "level", "dont_know"
                )
            )
            consensus = list(
                ConsensusScore.objects.filter(round=measured).values_list(
                    "statement_id", "level", "dont_know"
                )
            )
            report(
                "scoring only (3,000 answers in memory)",
                timed(
                    lambda: scoring.round_result(text.structure, answers, consensus),
                    args.repeat * 4,
                ),
            )
            report(
                "results of the round (its 2 queries + scoring)",
                timed(lambda: results_of([measured], {framework.pk: text}), args.repeat),
            )
            report(
                "the whole report (words, 2 rounds, comparison, benchmark, chart)",
                timed(lambda: build_report(measured, baseline), args.repeat),
            )
            client = Client(HTTP_HOST="127.0.0.1")
            client.force_login(coordinator)
            url = reverse("development:results", args=[agency.pk]) + f"?round={measured.pk}"
            assert client.get(url).status_code == 200
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            report(
                f"the results page, as a coordinator ({len(queries)} queries)",
                timed(lambda: client.get(url), max(10, args.repeat // 2)),
            )
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
