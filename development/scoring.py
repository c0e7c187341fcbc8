"""The arithmetic of self-assessment results, on plain data (no database here).

Definitions, as the results pages, the PDF report and the exports state them:

- A level becomes a **score from 0 to 100** on its framework's scale:
  ``100 × (level − lowest level) / (highest level − lowest level)``.
  "Don't know" is an answer but has no score.
- A **criterion's score** in a round is the mean score of the consensus levels
  the coordinator recorded for its statements (statements agreed as "don't
  know" are left out; with none left the criterion has no score).
- A respondent's own criterion score is the mean score of their answers to the
  criterion's statements. Across respondents, the **individual mean** is the
  mean of those, the **spread** their standard deviation (population) and
  their lowest and highest values; the **respondents** of a criterion are
  those with a score for it, and a round's respondents those who answered at
  least one statement with a level.
- The **overall score** is the mean of the criterion scores.
- A **change** is the later score minus the earlier one, per criterion (and
  per statement, on its consensus score), matched by code so that two
  versions of a framework can be compared where their codes agree.
- The **benchmark** of a criterion is the median and quartiles (inclusive
  method, as spreadsheets' QUARTILE.INC) of the scores of the agencies that
  submitted a round of the same framework version, each agency counted once
  (its latest submitted round); it exists only when at least
  ``BENCHMARK_MINIMUM`` agencies have a score for the criterion.

Loading the data is ``development.results``' job; this module only counts.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

BENCHMARK_MINIMUM = 5


@dataclass(frozen=True)
class Structure:
    """A framework version's shape: criteria in order, each with its statements' ids."""

    criteria: tuple[CriterionShape, ...]
    lowest: int
    highest: int

    def score(self, level: int) -> float:
        if self.highest == self.lowest:
            return 0.0
        return 100.0 * (level - self.lowest) / (self.highest - self.lowest)

    @property
    def statement_ids(self) -> set[int]:
        return {s for c in self.criteria for s in c.statement_ids}


@dataclass(frozen=True)
class CriterionShape:
    id: int
    code: str
    statement_ids: tuple[int, ...]
    statement_codes: tuple[str, ...] = ()


@dataclass
class StatementResult:
    statement_id: int
    consensus_level: int | None = None
    consensus_dont_know: bool = False
    consensus_score: float | None = None
    distribution: dict = field(default_factory=dict)  # level -> count; None -> "don't know"
    answered: int = 0
    individual_mean: float | None = None


@dataclass
class CriterionResult:
    criterion_id: int
    code: str
    score: float | None
    individual_mean: float | None
    spread: float | None
    lowest: float | None
    highest: float | None
    respondents: int


@dataclass
class RoundResult:
    criteria: list[CriterionResult]
    statements: dict[int, StatementResult]
    respondents: int

    @property
    def overall(self) -> float | None:
        return _mean([c.score for c in self.criteria if c.score is not None])

    def by_code(self) -> dict[str, CriterionResult]:
        return {c.code: c for c in self.criteria}


def _mean(values: list[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def _population_sd(values: list[float]) -> float | None:
    if not values:
        return None
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


def round_result(
    structure: Structure,
    answers: Iterable[tuple[int, int, int | None, bool]],
    consensus: Iterable[tuple[int, int | None, bool]] = (),
) -> RoundResult:
    """Results of one round.

    ``answers``: ``(response id, statement id, level or None, don't know)``;
    ``consensus``: ``(statement id, level or None, don't know)``. Rows for
    statements outside the structure are ignored; so are levels outside the
    scale (the forms refuse them; this keeps a stray row from skewing scores).
    One pass over the answers: everything is summed as it is read.
    """
    criterion_of = {sid: c.id for c in structure.criteria for sid in c.statement_ids}
    statements = {sid: StatementResult(sid) for sid in criterion_of}
    statement_sums: dict[int, list[float]] = {sid: [0.0, 0] for sid in criterion_of}
    # (respondent, criterion) -> [sum of scores, count]
    own: dict[tuple[int, int], list[float]] = {}
    respondents_answering: set[int] = set()
    lowest, highest = structure.lowest, structure.highest
    span = highest - lowest
    for response_id, statement_id, level, dont_know in answers:
        result = statements.get(statement_id)
        if result is None:
            continue
        if level is not None and lowest <= level <= highest:
            score = 100.0 * (level - lowest) / span if span else 0.0
            distribution = result.distribution
            distribution[level] = distribution.get(level, 0) + 1
            result.answered += 1
            sums = statement_sums[statement_id]
            sums[0] += score
            sums[1] += 1
            key = (response_id, criterion_of[statement_id])
            mine = own.get(key)
            if mine is None:
                own[key] = [score, 1]
            else:
                mine[0] += score
                mine[1] += 1
            respondents_answering.add(response_id)
        elif dont_know:
            result.distribution[None] = result.distribution.get(None, 0) + 1
            result.answered += 1
    for statement_id, (total, count) in statement_sums.items():
        if count:
            statements[statement_id].individual_mean = total / count
    for statement_id, level, dont_know in consensus:
        result = statements.get(statement_id)
        if result is None:
            continue
        if level is not None and lowest <= level <= highest:
            result.consensus_level = level
            result.consensus_score = structure.score(level)
        elif dont_know:
            result.consensus_dont_know = True

    by_criterion: dict[int, list[float]] = defaultdict(list)
    for (_respondent, criterion_id), (total, count) in own.items():
        by_criterion[criterion_id].append(total / count)
    criteria = []
    for criterion in structure.criteria:
        consensus_scores = [
            statements[s].consensus_score
            for s in criterion.statement_ids
            if statements[s].consensus_score is not None
        ]
        own_scores = by_criterion.get(criterion.id, [])
        criteria.append(
            CriterionResult(
                criterion_id=criterion.id,
                code=criterion.code,
                score=_mean(consensus_scores),
                individual_mean=_mean(own_scores),
                spread=_population_sd(own_scores),
                lowest=min(own_scores) if own_scores else None,
                highest=max(own_scores) if own_scores else None,
                respondents=len(own_scores),
            )
        )
    return RoundResult(criteria, statements, len(respondents_answering))


# Comparing two rounds


@dataclass
class Change:
    code: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def direction(self) -> str:
        """ "up", "down", "same" or "" (one side has no score)."""
        change = self.change
        if change is None:
            return ""
        if abs(change) < 0.05:  # what shows as 0.0
            return "same"
        return "up" if change > 0 else "down"


def compare(
    before: RoundResult,
    after: RoundResult,
    before_structure: Structure,
    after_structure: Structure,
) -> tuple[list[Change], list[Change]]:
    """Change per criterion and per statement, in the later round's order, matched by code."""
    earlier = before.by_code()
    criteria = [
        Change(c.code, earlier[c.code].score if c.code in earlier else None, c.score)
        for c in after.criteria
    ]

    def statement_scores(result: RoundResult, structure: Structure) -> dict[str, float | None]:
        scores = {}
        for criterion in structure.criteria:
            for sid, code in zip(criterion.statement_ids, criterion.statement_codes, strict=False):
                scores[code] = result.statements[sid].consensus_score
        return scores

    earlier_statements = statement_scores(before, before_structure)
    later_statements = statement_scores(after, after_structure)
    statements = [
        Change(code, earlier_statements.get(code), score)
        for code, score in later_statements.items()
    ]
    return criteria, statements


# Benchmark


@dataclass(frozen=True)
class Benchmark:
    code: str
    agencies: int
    lower_quartile: float
    median: float
    upper_quartile: float


def benchmark(
    scores_by_agency: dict[object, dict[str, float | None]],
    minimum: int = BENCHMARK_MINIMUM,
) -> dict[str, Benchmark]:
    """Median and quartiles per criterion code over agencies (each counted once).

    Criteria with fewer than ``minimum`` agencies' scores get nothing: a
    benchmark of fewer agencies could point to one of them.
    """
    by_code: dict[str, list[float]] = defaultdict(list)
    for scores in scores_by_agency.values():
        for code, score in scores.items():
            if score is not None:
                by_code[code].append(score)
    result = {}
    for code, values in by_code.items():
        if len(values) < max(minimum, 2):
            continue
        lower, middle, upper = statistics.quantiles(values, n=4, method="inclusive")
        result[code] = Benchmark(code, len(values), lower, middle, upper)
    return result
