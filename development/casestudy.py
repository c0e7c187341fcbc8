"""Starting a case study from an intervention: the evidence, described for the sourcebook.

The case study page type belongs to the sourcebook (``practices``), a sibling
content app; this module only describes the evidence (``cms.evidence``) and
asks for a draft, which the sourcebook registered to make. The agency is named
only if it agreed (``Participation.named_in_case_studies``); otherwise it is
described by its sector, level of government and country, and its name is
taken out of the texts copied from the intervention.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from cms.evidence import CaseStudyEvidence, Draft, ScoreRow, draft_case_study

from .enums import RoundStatus
from .models import Intervention, Participation
from .report import round_name
from .results import FrameworkText, results_of


def anonymous_description(agency) -> str:
    details = [
        str(term)
        for term in (agency.sector, agency.government_level, agency.country)
        if term is not None
    ]
    return _("A public agency (%(details)s)") % {"details": ", ".join(details)}


def before_and_after(intervention: Intervention):
    """The first and last submitted rounds linked to the intervention, on one framework."""
    rounds = list(
        intervention.rounds.filter(status=RoundStatus.SUBMITTED)
        .select_related("framework")
        .order_by("opens_on", "pk")
    )
    if len(rounds) < 2:
        return None, None
    first = rounds[0]
    later = [r for r in rounds[1:] if r.framework.slug == first.framework.slug]
    return (first, later[-1]) if later else (None, None)


def evidence_for(intervention: Intervention) -> CaseStudyEvidence:
    agency = intervention.agency
    participation = Participation.objects.filter(agency=agency).first()
    named = participation is not None and participation.named_in_case_studies
    organisation = agency.name if named else anonymous_description(agency)

    def clean(text: str) -> str:
        return text if named else (text or "").replace(agency.name, organisation)

    sessions = sorted(intervention.sessions.all(), key=lambda s: s.held_on)
    kind = intervention.intervention_type
    done = [clean(kind.description) or _("Intervention type: %(type)s.") % {"type": kind.name}]
    people = []
    if intervention.facilitators:
        people.append(_("Facilitated by %(who)s.") % {"who": clean(intervention.facilitators)})
    if intervention.participant_count:
        people.append(
            _("%(count)d participants (%(roles)s).")
            % {
                "count": intervention.participant_count,
                "roles": intervention.participant_roles or _("roles not recorded"),
            }
        )
    done.append(" ".join(people))
    if sessions:
        attended = [s.attendance for s in sessions if s.attendance is not None]
        line = _("%(count)d sessions from %(first)s to %(last)s.") % {
            "count": len(sessions),
            "first": sessions[0].held_on.strftime("%d/%m/%Y"),
            "last": sessions[-1].held_on.strftime("%d/%m/%Y"),
        }
        if attended:
            line += " " + _("Average attendance: %(n).1f.") % {"n": sum(attended) / len(attended)}
        done.append(line)
        done.append("\n".join(f"{s.held_on:%d/%m/%Y}: {clean(s.topic)}" for s in sessions))
    measures = sorted(intervention.measures.all(), key=lambda m: (m.indicator, m.measured_on))
    evidence_lines = [
        f"{clean(m.indicator)}: {m.value.normalize():f}{(' ' + m.unit) if m.unit else ''} "
        f"({m.measured_on:%d/%m/%Y}, {clean(m.source)})"
        for m in measures
    ]

    before, after = before_and_after(intervention)
    scores: tuple[ScoreRow, ...] = ()
    caption = before_label = after_label = ""
    if before is not None:
        texts = {before.framework_id: FrameworkText(before.framework)}
        texts.setdefault(after.framework_id, FrameworkText(after.framework))
        results = results_of([before, after], texts)
        earlier = results[before.pk].by_code()
        text = texts[after.framework_id]
        scores = tuple(
            ScoreRow(
                f"{c.code}. {text.criterion(c.code).title}",
                earlier[c.code].score if c.code in earlier else None,
                c.score,
            )
            for c in results[after.pk].criteria
        )
        caption = _("Self-assessment scores per criterion (0–100): %(framework)s") % {
            "framework": text.name
        }
        before_label, after_label = clean(round_name(before)), clean(round_name(after))

    starts, ends = intervention.starts_on, intervention.ends_on
    period = ""
    if starts:
        period = (
            f"{starts.year}"
            if not ends or ends.year == starts.year
            else f"{starts.year}–{ends.year}"
        )
    aims = clean(intervention.aims)
    return CaseStudyEvidence(
        title=clean(intervention.title),
        organisation=organisation,
        summary=aims.split(". ")[0].strip().rstrip(".") + ".",
        challenge=aims,
        what_was_done="\n\n".join(part for part in done if part),
        outcomes=clean(intervention.outcomes),
        evidence="\n\n".join(evidence_lines),
        period=period,
        country=agency.country,
        sector=agency.sector,
        government_level=agency.government_level,
        intervention_type=intervention.intervention_type,
        scores_caption=caption,
        scores_before_label=before_label,
        scores_after_label=after_label,
        scores=scores,
    )


def start_case_study(intervention: Intervention, user) -> Draft:
    """A draft case study from the intervention, written in the site's default language."""
    with translation.override(settings.LANGUAGE_CODE):
        evidence = evidence_for(intervention)
    return draft_case_study(evidence, user)
