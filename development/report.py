"""A round's results as people read them: the tables, the chart, the comparison, the benchmark.

``build_report`` gathers everything the results page and the PDF report show,
so both carry exactly the same figures, formatted once (``results.score_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import radar, scoring
from .models import AssessmentRound
from .results import FrameworkText, benchmark_of, change_text, results_of, score_text


def direction_label(direction: str) -> str:
    if direction == "up":
        return _("improved")
    if direction == "down":
        return _("declined")
    if direction == "same":
        return _("unchanged")
    return ""


@dataclass
class CriterionRow:
    code: str
    group: str
    title: str
    score: str
    individual_mean: str
    spread: str
    range: str
    respondents: int
    earlier: str = ""
    change: str = ""
    direction: str = ""
    direction_label: str = ""
    benchmark: scoring.Benchmark | None = None
    benchmark_median: str = ""
    benchmark_quartiles: str = ""


@dataclass
class StatementRow:
    code: str
    text: str
    consensus: str
    score: str
    score_value: float | None = None
    distribution: list = field(default_factory=list)
    answered: int = 0
    earlier: str = ""
    change: str = ""
    direction: str = ""
    direction_label: str = ""


@dataclass
class CriterionSection:
    code: str
    title: str
    group: str
    statements: list[StatementRow]


@dataclass
class Report:
    round: AssessmentRound
    text: FrameworkText
    result: scoring.RoundResult
    earlier: AssessmentRound | None
    rows: list[CriterionRow]
    sections: list[CriterionSection]
    benchmark_agencies: int
    overall: str
    earlier_overall: str
    overall_change: str
    chart: str
    legend: list[dict]

    @property
    def has_benchmark(self) -> bool:
        return self.benchmark_agencies > 0


def build_report(round: AssessmentRound, earlier: AssessmentRound | None = None) -> Report:
    text = FrameworkText(round.framework)
    texts = {round.framework_id: text}
    if earlier is not None and earlier.framework_id not in texts:
        texts[earlier.framework_id] = FrameworkText(earlier.framework)
    rounds = [round] + ([earlier] if earlier is not None else [])
    results = results_of(rounds, texts)
    result = results[round.pk]
    criteria_changes: dict[str, scoring.Change] = {}
    statement_changes: dict[str, scoring.Change] = {}
    earlier_result = None
    if earlier is not None:
        earlier_result = results[earlier.pk]
        by_criterion, by_statement = scoring.compare(
            earlier_result,
            result,
            texts[earlier.framework_id].structure,
            text.structure,
        )
        criteria_changes = {c.code: c for c in by_criterion}
        statement_changes = {c.code: c for c in by_statement}
    bench = benchmark_of(round.framework, text) if round.is_submitted else {}

    rows = []
    for criterion_text, criterion in zip(text.criteria, result.criteria, strict=True):
        row = CriterionRow(
            code=criterion.code,
            group=criterion_text.group,
            title=criterion_text.title,
            score=score_text(criterion.score),
            individual_mean=score_text(criterion.individual_mean),
            spread=score_text(criterion.spread),
            range=(
                f"{score_text(criterion.lowest)}–{score_text(criterion.highest)}"
                if criterion.lowest is not None
                else "–"
            ),
            respondents=criterion.respondents,
        )
        change = criteria_changes.get(criterion.code)
        if change is not None:
            row.earlier = score_text(change.before)
            row.change = change_text(change.change)
            row.direction = change.direction
            row.direction_label = direction_label(change.direction)
        found = bench.get(criterion.code)
        if found is not None:
            row.benchmark = found
            row.benchmark_median = score_text(found.median)
            row.benchmark_quartiles = (
                f"{score_text(found.lower_quartile)}–{score_text(found.upper_quartile)}"
            )
        rows.append(row)

    sections = []
    for criterion_text in text.criteria:
        statements = []
        for statement in criterion_text.statements:
            outcome = result.statements[statement.pk]
            if outcome.consensus_level is not None:
                consensus = (
                    f"{outcome.consensus_level} – {text.level_label(outcome.consensus_level)}"
                )
            elif outcome.consensus_dont_know:
                consensus = _("Don't know")
            else:
                consensus = "–"
            row = StatementRow(
                code=statement.code,
                text=statement.text,
                consensus=consensus,
                score=score_text(outcome.consensus_score),
                score_value=outcome.consensus_score,
                distribution=distribution(text, outcome),
                answered=outcome.answered,
            )
            change = statement_changes.get(statement.code)
            if change is not None:
                row.earlier = score_text(change.before)
                row.change = change_text(change.change)
                row.direction = change.direction
                row.direction_label = direction_label(change.direction)
            statements.append(row)
        sections.append(
            CriterionSection(
                criterion_text.code, criterion_text.title, criterion_text.group, statements
            )
        )

    series = [radar.Series(round_name(round), [c.score for c in result.criteria], "current")]
    if earlier_result is not None:
        earlier_scores = earlier_result.by_code()
        series.append(
            radar.Series(
                round_name(earlier),
                [
                    earlier_scores[c.code].score if c.code in earlier_scores else None
                    for c in result.criteria
                ],
                "earlier",
            )
        )
    if bench:
        series.append(
            radar.Series(
                _("Median of %(count)d agencies")
                % {"count": max(b.agencies for b in bench.values())},
                [bench[c.code].median if c.code in bench else None for c in result.criteria],
                "benchmark",
            )
        )
    description = "; ".join(f"{r.code} {r.title}: {r.score}" for r in rows)
    chart = radar.radar_svg(
        [c.code for c in result.criteria],
        series,
        title=_("Scores per criterion, %(round)s") % {"round": round_name(round)},
        description=description,
        ident=f"radar-{round.pk}",
    )
    earlier_overall = earlier_result.overall if earlier_result is not None else None
    return Report(
        round=round,
        text=text,
        result=result,
        earlier=earlier,
        rows=rows,
        sections=sections,
        benchmark_agencies=max((b.agencies for b in bench.values()), default=0),
        overall=score_text(result.overall),
        earlier_overall=score_text(earlier_overall) if earlier is not None else "",
        overall_change=(
            change_text(result.overall - earlier_overall)
            if earlier is not None and result.overall is not None and earlier_overall is not None
            else ""
        ),
        chart=chart,
        legend=radar.legend(series),
    )


def round_name(round: AssessmentRound) -> str:
    return round.label


def distribution(text: FrameworkText, outcome: scoring.StatementResult) -> list[tuple[str, int]]:
    """How many gave each level (and "don't know"), in the scale's order, zeros left out."""
    shown = [
        (f"{value} – {label}", outcome.distribution[value])
        for value, label in text.levels
        if outcome.distribution.get(value)
    ]
    if outcome.distribution.get(None):
        shown.append((_("Don't know"), outcome.distribution[None]))
    return shown
