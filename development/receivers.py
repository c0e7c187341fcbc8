"""What the development work answers when ``members`` announces something.

``members`` sits below the development work and never imports it; it offers
a signal and two small registries, which ``DevelopmentConfig.ready()``
connects through ``connect()``:

- ``members.signals.account_closing``: before a person's account is deleted,
  their answers, evidence notes, log entries and comments are unlinked from
  them (kept, anonymous), as are the rounds they opened, the invitations they
  sent, the consensus scores they recorded and the round steps they took;
  their roles in learning partnerships, the reminders they were sent and their
  unanswered invitations go; the agencies' consensus scores stay as they are;
- ``members.personal_data``: the person's own development data, for the
  export of their data: every row linked to their account, as that row's own
  ``personal_data()`` says (answers and notes, invitations to answer and
  reminders, rounds they opened, consensus scores they recorded, round steps
  they took, partnership roles, log entries and comments);
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
    """The person's own part of the development work: each row's own ``personal_data()``.

    Every model here that links to an account says what a row holds about the
    person; the export is made of exactly that, so the two cannot drift apart.
    Nothing here is stored under an email address, so ``verified_emails`` finds
    nothing more.
    """
    from .models import (
        Answer,
        AssessmentRound,
        ConsensusScore,
        LogComment,
        LogEntry,
        PartnershipMember,
        ReminderSent,
        Response,
        RoundEvent,
    )

    round_parts = ("round__agency", "round__framework")
    return {
        "self_assessment_invitations": [
            r.personal_data()
            for r in Response.objects.filter(respondent=user)
            .select_related(*round_parts)
            .order_by("invited_at", "pk")
        ],
        "self_assessment_answers": [
            a.personal_data()
            for a in Answer.objects.filter(response__respondent=user)
            .select_related("response__round__agency", "response__round__framework", "statement")
            .order_by(
                "response__round_id", "statement__criterion__sort_order", "statement__sort_order"
            )
        ],
        "self_assessment_reminders": [
            r.personal_data() for r in ReminderSent.objects.filter(person=user).order_by("day")
        ],
        "people_invited_to_answer": [
            r.personal_data()
            for r in Response.objects.filter(invited_by=user)
            .select_related(*round_parts)
            .order_by("invited_at", "pk")
        ],
        "assessment_rounds_opened": [
            r.personal_data()
            for r in AssessmentRound.objects.filter(opened_by=user)
            .select_related("agency", "framework")
            .order_by("created_at", "pk")
        ],
        "consensus_scores_recorded": [
            c.personal_data()
            for c in ConsensusScore.objects.filter(recorded_by=user)
            .select_related(*round_parts, "statement")
            .order_by("round_id", "statement__criterion__sort_order", "statement__sort_order")
        ],
        "assessment_round_steps": [
            e.personal_data()
            for e in RoundEvent.objects.filter(by=user)
            .select_related(*round_parts)
            .order_by("at", "pk")
        ],
        "learning_partnerships": [
            m.personal_data()
            for m in PartnershipMember.objects.filter(person=user)
            .select_related("partnership__agency")
            .order_by("partnership__name", "pk")
        ],
        "learning_log_entries": [
            e.personal_data()
            for e in LogEntry.objects.filter(author=user)
            .select_related("partnership")
            .prefetch_related("documents")
            .order_by("happened_on", "pk")
        ],
        "learning_log_comments": [
            c.personal_data()
            for c in LogComment.objects.filter(author=user)
            .select_related("entry__partnership")
            .order_by("created_at", "pk")
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
    from members import signals

    closing = getattr(signals, "account_closing", None)
    if closing is not None:
        closing.connect(account_closing, dispatch_uid="development.account_closing")
    try:
        from members import dashboard
        from members import personal_data as providers
    except ImportError:  # before the accounts work lands on main
        return
    providers.register("development")(personal_data)
    dashboard.panel(order=30)(dashboard_panel)
