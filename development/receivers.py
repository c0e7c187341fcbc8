"""What the development work answers when ``members`` announces something.

``members`` sits below the development work and never imports it; it offers
a signal and two small registries, which ``DevelopmentConfig.ready()``
connects through ``connect()``:

- ``members.signals.account_closing``: before a person's account is deleted,
  their answers, evidence notes, log entries and comments are unlinked from
  them (kept, anonymous), their roles in learning partnerships and their
  unanswered invitations go; the agencies' consensus scores stay as they are;
- ``members.personal_data``: the person's own development data, for the
  export of their data (their answers and notes, log entries, comments,
  partnership roles);
- ``members.dashboard``: the members' dashboard panel (rounds waiting for the
  person's answers, the agencies' interventions), only for agencies whose
  work the person may see.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count


def unlink_person(user) -> None:
    """Keep what the person contributed to the agencies' work, without them."""
    from .models import (
        AssessmentRound,
        ConsensusScore,
        LogComment,
        LogEntry,
        PartnershipMember,
        ReminderSent,
        Response,
        RoundEvent,
    )

    with transaction.atomic():
        # An invitation never answered holds nothing of theirs but the link itself.
        Response.objects.filter(respondent=user).annotate(n=Count("answers")).filter(n=0).delete()
        Response.objects.filter(respondent=user).update(respondent=None)
        Response.objects.filter(invited_by=user).update(invited_by=None)
        LogEntry.objects.filter(author=user).update(author=None)
        LogComment.objects.filter(author=user).update(author=None)
        ConsensusScore.objects.filter(recorded_by=user).update(recorded_by=None)
        RoundEvent.objects.filter(by=user).update(by=None)
        AssessmentRound.objects.filter(opened_by=user).update(opened_by=None)
        PartnershipMember.objects.filter(person=user).delete()
        ReminderSent.objects.filter(person=user).delete()


def account_closing(sender, user, verified_emails=(), **kwargs):
    unlink_person(user)


def personal_data(user, verified_emails=()) -> dict:
    """The person's own part of the development work, as plain JSON-ready data."""
    from .models import Answer, LogComment, LogEntry, PartnershipMember

    def iso(value):
        return value.isoformat() if value else None

    answers = (
        Answer.objects.filter(response__respondent=user)
        .select_related("response__round__agency", "response__round__framework", "statement")
        .order_by("response__round_id", "statement__criterion__sort_order", "statement__sort_order")
    )
    return {
        "self_assessment_answers": [
            {
                "agency": a.response.round.agency.name,
                "round": a.response.round.label,
                "framework": str(a.response.round.framework),
                "statement": f"{a.statement.code} {a.statement.text}",
                "level": a.level,
                "dont_know": a.dont_know,
                "evidence_note": a.note,
            }
            for a in answers
        ],
        "learning_partnerships": [
            {
                "partnership": m.partnership.name,
                "agency": m.partnership.agency.name,
                "role": m.role,
                "organisation": m.organisation,
            }
            for m in PartnershipMember.objects.filter(person=user).select_related(
                "partnership__agency"
            )
        ],
        "learning_log_entries": [
            {
                "partnership": e.partnership.name,
                "date": iso(e.happened_on),
                "title": e.title,
                "what_was_tried": e.tried,
                "what_was_learned": e.learned,
                "what_happens_next": e.next_steps,
                "who_took_part": e.took_part,
            }
            for e in LogEntry.objects.filter(author=user).select_related("partnership")
        ],
        "learning_log_comments": [
            {"entry": c.entry.title, "written": iso(c.created_at), "comment": c.text}
            for c in LogComment.objects.filter(author=user).select_related("entry")
        ],
    }


def dashboard_panel(request, memberships):
    """Rounds waiting for the person's answers and their agencies' interventions."""
    from .access import access_to
    from .models import AssessmentRound, Intervention, Response

    agencies = [m.agency for m in memberships]
    agencies = [a for a in agencies if access_to(request, a).sees_work]
    if not agencies:
        return None
    ids = [a.pk for a in agencies]
    waiting = list(
        Response.objects.filter(
            respondent=request.user,
            completed_at__isnull=True,
            round__in=AssessmentRound.objects.open_for_answers(),
            round__agency_id__in=ids,
        ).select_related("round__agency", "round__framework")
    )
    interventions = list(
        Intervention.objects.filter(agency_id__in=ids)
        .select_related("agency", "intervention_type")
        .order_by("-starts_on", "title")[:6]
    )
    counts = dict(
        Intervention.objects.filter(agency_id__in=ids)
        .values("agency_id")
        .annotate(n=Count("pk"))
        .values_list("agency_id", "n")
    )
    results = set(
        AssessmentRound.objects.submitted()
        .filter(agency_id__in=ids)
        .values_list("agency_id", flat=True)
    )
    if not waiting and not interventions and not results:
        return None
    return (
        "development/includes/dashboard_panel.html",
        {
            "development_waiting": waiting,
            "development_interventions": interventions,
            "development_agencies": [(a, counts.get(a.pk, 0), a.pk in results) for a in agencies],
        },
    )


def connect():
    """Connect to what ``members`` offers (the signal and the two registries)."""
    from members import dashboard
    from members import personal_data as providers
    from members.signals import account_closing as closing

    closing.connect(account_closing, dispatch_uid="development.account_closing")
    providers.register("development")(personal_data)
    dashboard.panel(order=30)(dashboard_panel)
