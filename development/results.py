"""Loading what the scoring counts: a fixed number of queries, however big the round.

``FrameworkText`` reads a framework version (scale, criteria, statements) with
its words in the reader's language; ``results_of`` reads the answers and the
consensus of several rounds at once; ``benchmark_of`` reads the latest
submitted round of every agency on a framework version. None of them issues a
query per round, respondent or statement, so the results page costs the same
whatever the agency has done (``tests/development/test_query_counts.py``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import get_language
from wagtail.models import Locale

from . import scoring
from .enums import RoundStatus
from .models import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    Criterion,
    Framework,
    ScaleLevel,
    Statement,
)


@functools.lru_cache(maxsize=64)
def _decimal_separator(language: str) -> str:
    return formats.get_format("DECIMAL_SEPARATOR", language)


def _one_decimal(value: float) -> str:
    # Scores run from 0 to 100 (changes from -100 to 100): no thousands to group.
    return f"{value:.1f}".replace(".", _decimal_separator(get_language() or "en"))


def score_text(value: float | None) -> str:
    """A score as people read it (one decimal, in the active language's format)."""
    if value is None:
        return "–"
    return _one_decimal(round(value, 1))


def change_text(value: float | None) -> str:
    if value is None:
        return "–"
    rounded = round(value, 1)
    text = _one_decimal(abs(rounded))
    if rounded > 0:
        return f"+{text}"
    if rounded < 0:
        return f"−{text}"
    return text


@dataclass
class CriterionText:
    criterion: Criterion
    code: str
    group: str
    title: str
    description: str
    statements: list[StatementText] = field(default_factory=list)


@dataclass
class StatementText:
    statement: Statement
    code: str
    text: str
    guidance: str

    @property
    def pk(self):
        return self.statement.pk


class FrameworkText:
    """A framework version in the reader's language, falling back to the default one."""

    def __init__(self, framework: Framework, language: str | None = None):
        self.framework = framework
        criteria = list(Criterion.objects.filter(framework=framework))
        by_criterion: dict[int, list[Statement]] = {c.pk: [] for c in criteria}
        for statement in Statement.objects.filter(criterion__framework=framework).order_by(
            "sort_order", "pk"
        ):
            by_criterion[statement.criterion_id].append(statement)
        levels = list(ScaleLevel.objects.filter(framework=framework))
        names = {"framework": {}, "criteria": {}, "statements": {}, "levels": {}}
        locale = self._locale(language)
        if locale is not None and locale.pk != framework.locale_id:
            names = self._translations(framework, criteria, by_criterion, levels, locale)
        translated_framework = names["framework"]
        self.name = translated_framework.get("name", framework.name)
        self.description = translated_framework.get("description", framework.description)
        ordered = sorted(levels, key=lambda level: level.value)
        words = {
            level.value: names["levels"].get(
                level.translation_key, (level.label, level.description)
            )
            for level in ordered
        }
        self.levels = [(level.value, words[level.value][0]) for level in ordered]
        self.level_descriptions = {
            value: description for value, (_label, description) in words.items() if description
        }
        self.criteria: list[CriterionText] = []
        for criterion in criteria:
            words = names["criteria"].get(criterion.translation_key)
            item = CriterionText(
                criterion,
                criterion.code,
                words.group if words else criterion.group,
                words.title if words else criterion.title,
                words.description if words else criterion.description,
            )
            for statement in by_criterion[criterion.pk]:
                said = names["statements"].get(statement.translation_key)
                item.statements.append(
                    StatementText(
                        statement,
                        statement.code,
                        said.text if said else statement.text,
                        said.guidance if said else statement.guidance,
                    )
                )
            self.criteria.append(item)
        values = [value for value, _label in self.levels]
        self.structure = scoring.Structure(
            criteria=tuple(
                scoring.CriterionShape(
                    c.criterion.pk,
                    c.code,
                    tuple(s.pk for s in c.statements),
                    tuple(s.code for s in c.statements),
                )
                for c in self.criteria
            ),
            lowest=min(values) if values else 0,
            highest=max(values) if values else 0,
        )

    @staticmethod
    def _locale(language):
        language = language or get_language()
        try:
            return Locale.objects.get_for_language(language)
        except Locale.DoesNotExist:
            return None

    @staticmethod
    def _translations(framework, criteria, by_criterion, levels, locale) -> dict:
        translated = (
            Framework.objects.filter(translation_key=framework.translation_key, locale=locale)
            .values("name", "description")
            .first()
        ) or {}
        criteria_words = {
            c.translation_key: c
            for c in Criterion.objects.filter(
                translation_key__in=[c.translation_key for c in criteria], locale=locale
            ).only("translation_key", "group", "title", "description")
        }
        statement_keys = [s.translation_key for c in criteria for s in by_criterion[c.pk]]
        statement_words = {
            s.translation_key: s
            for s in Statement.objects.filter(
                translation_key__in=statement_keys, locale=locale
            ).only("translation_key", "text", "guidance")
        }
        level_words = {
            key: (label, description)
            for key, label, description in ScaleLevel.objects.filter(
                translation_key__in=[level.translation_key for level in levels], locale=locale
            ).values_list("translation_key", "label", "description")
        }
        return {
            "framework": translated,
            "criteria": criteria_words,
            "statements": statement_words,
            "levels": level_words,
        }

    @property
    def statements(self) -> list[StatementText]:
        return [s for c in self.criteria for s in c.statements]

    @property
    def scale_rows(self) -> list[tuple[int, str, str]]:
        """``(value, label, description)`` per level, lowest first."""
        return [
            (value, label, self.level_descriptions.get(value, "")) for value, label in self.levels
        ]

    def level_label(self, level: int | None) -> str:
        return dict(self.levels).get(level, "")

    def criterion(self, code: str) -> CriterionText | None:
        return next((c for c in self.criteria if c.code == code), None)


def results_of(rounds: list[AssessmentRound], texts: dict[int, FrameworkText]) -> dict:
    """``{round id: RoundResult}`` for ``rounds``, in two queries whatever their size.

    ``texts`` maps each round's framework id to its ``FrameworkText``.
    """
    if not rounds:
        return {}
    ids = [r.pk for r in rounds]
    answers: dict[int, list] = {pk: [] for pk in ids}
    for round_id, response_id, statement_id, level, dont_know in Answer.objects.filter(
        response__round_id__in=ids
    ).values_list("response__round_id", "response_id", "statement_id", "level", "dont_know"):
        answers[round_id].append((response_id, statement_id, level, dont_know))
    consensus: dict[int, list] = {pk: [] for pk in ids}
    for round_id, statement_id, level, dont_know in ConsensusScore.objects.filter(
        round_id__in=ids
    ).values_list("round_id", "statement_id", "level", "dont_know"):
        consensus[round_id].append((statement_id, level, dont_know))
    return {
        r.pk: scoring.round_result(texts[r.framework_id].structure, answers[r.pk], consensus[r.pk])
        for r in rounds
    }


def benchmark_of(framework: Framework, text: FrameworkText) -> dict[str, scoring.Benchmark]:
    """The benchmark per criterion code on ``framework`` (two queries).

    Every agency that submitted a round of this version counts once, with its
    latest submitted round; nothing comes back for criteria with fewer than
    ``scoring.BENCHMARK_MINIMUM`` agencies.
    """
    latest: dict[int, int] = {}
    for round_id, agency_id in (
        AssessmentRound.objects.filter(framework=framework, status=RoundStatus.SUBMITTED)
        .order_by("agency_id", "submitted_at", "pk")
        .values_list("pk", "agency_id")
    ):
        latest[agency_id] = round_id  # ordered: the last one wins
    if len(latest) < scoring.BENCHMARK_MINIMUM:
        return {}
    consensus: dict[int, list] = {pk: [] for pk in latest.values()}
    for round_id, statement_id, level, dont_know in ConsensusScore.objects.filter(
        round_id__in=list(latest.values())
    ).values_list("round_id", "statement_id", "level", "dont_know"):
        consensus[round_id].append((statement_id, level, dont_know))
    scores = {}
    for agency_id, round_id in latest.items():
        result = scoring.round_result(text.structure, (), consensus[round_id])
        scores[agency_id] = {c.code: c.score for c in result.criteria}
    return scoring.benchmark(scores)
