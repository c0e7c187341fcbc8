"""The development work's models, one module per part (see each module's docstring)."""

from .frameworks import Criterion, Framework, Scale, ScaleLevel, Statement
from .interventions import (
    ImpactMeasure,
    Intervention,
    InterventionDocument,
    InterventionSession,
    Participation,
)
from .partnerships import LearningPartnership, LogComment, LogEntry, PartnershipMember
from .rounds import (
    Answer,
    AssessmentRound,
    ConsensusScore,
    ReminderSent,
    Response,
    RoundEvent,
)

__all__ = [
    "Answer",
    "AssessmentRound",
    "ConsensusScore",
    "Criterion",
    "Framework",
    "ImpactMeasure",
    "Intervention",
    "InterventionDocument",
    "InterventionSession",
    "LearningPartnership",
    "LogComment",
    "LogEntry",
    "Participation",
    "PartnershipMember",
    "ReminderSent",
    "Response",
    "RoundEvent",
    "Scale",
    "ScaleLevel",
    "Statement",
]
