"""From development evidence to a sourcebook draft: the handshake between two sibling apps.

Staff start a case study from an intervention of the development work
(``development``), but the case study page type belongs to the sourcebook
(``practices``). Content apps do not import each other, so the handshake sits
here, below both: ``development`` describes the evidence in plain terms
(``CaseStudyEvidence``, with the site's own taxonomy terms) and asks
``draft_case_study``; ``practices`` registers the function that makes the
draft (``register_case_study_drafter``, from its ``AppConfig.ready()``). With
no drafter registered (the sourcebook not installed) the request says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ScoreRow:
    """One criterion's score before and after (0–100), as the draft's table shows it."""

    label: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class CaseStudyEvidence:
    title: str
    organisation: str  # the agency's name, or a description that does not name it
    summary: str
    challenge: str  # plain text, paragraphs separated by blank lines
    what_was_done: str
    outcomes: str = ""
    evidence: str = ""
    period: str = ""
    country: object = None  # cms.Country
    sector: object = None  # cms.Sector
    government_level: object = None  # cms.GovernmentLevel
    intervention_type: object = None  # cms.InterventionType
    scores_caption: str = ""
    scores_before_label: str = ""
    scores_after_label: str = ""
    scores: tuple[ScoreRow, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Draft:
    """What the drafter made: the page's id, title and where staff edit it."""

    page_id: int
    title: str
    edit_url: str


class NoDrafter(LookupError):
    """No app offers to draft case studies."""


_drafters: list[Callable[[CaseStudyEvidence, object], Draft]] = []


def register_case_study_drafter(drafter: Callable[[CaseStudyEvidence, object], Draft]):
    """``drafter(evidence, user) -> Draft``; registering the same function twice is harmless."""
    if drafter not in _drafters:
        _drafters.append(drafter)
    return drafter


def can_draft_case_studies() -> bool:
    return bool(_drafters)


def draft_case_study(evidence: CaseStudyEvidence, user) -> Draft:
    if not _drafters:
        raise NoDrafter("No app drafts case studies.")
    return _drafters[-1](evidence, user)
