"""Assessment rounds in the members' area: opening, answering, consolidating, submitting.

Coordinators (and staff) open a round, invite members, remind them, close
answering and record the consensus; invited members answer on their own,
saving as they go. A submitted round is locked; only staff reopen it, with a
reason written in the round's log.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..enums import RoundEventKind, RoundStatus
from ..forms import AnswerForm, ConsolidationForm, InviteForm, ReopenForm, RoundForm
from ..invitations import invite
from ..models import Answer, AssessmentRound, Response
from ..reminders import remind_round
from ..results import FrameworkText, results_of
from .common import crumbs, page, require, with_agency


def _round(agency, round_id) -> AssessmentRound:
    found = (
        AssessmentRound.objects.select_related("framework", "agency")
        .filter(pk=round_id, agency=agency)
        .first()
    )
    if found is None:
        raise Http404
    return found


def _round_crumbs(agency, round):
    return crumbs(agency, (round.label, reverse("development:round", args=[agency.pk, round.pk])))


@with_agency
def new_round(request, agency, access):
    require(access.manages_rounds)
    form = RoundForm(agency, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            round = form.save(commit=False)
            round.agency = agency
            round.opened_by = request.user
            round.save()
            form.save_m2m()
            round.log(RoundEventKind.OPENED, request.user)
            invited = invite(round, form.cleaned_data["invite"], request)
        messages.success(
            request,
            ngettext(
                "The round is open; %(count)d person was invited to answer.",
                "The round is open; %(count)d people were invited to answer.",
                invited,
            )
            % {"count": invited},
        )
        return redirect("development:round", agency.pk, round.pk)
    return page(
        request,
        "development/round_form.html",
        {"agency": agency, "form": form, "crumbs": crumbs(agency)},
        status=400 if form.is_bound else 200,
    )


@with_agency
def round_detail(request, agency, access, round_id):
    round = _round(agency, round_id)
    mine = Response.objects.filter(round=round, respondent=request.user).first()
    total = round.framework.criteria.aggregate(n=Count("statements"))["n"]
    answered = None
    if mine is not None:
        answered = (
            Answer.objects.filter(response=mine)
            .filter(Q(level__isnull=False) | Q(dont_know=True))
            .count()
        )
    context = {
        "agency": agency,
        "access": access,
        "round": round,
        "mine": mine,
        "answered": answered,
        "statement_count": total,
        "crumbs": crumbs(agency),
    }
    if access.manages_rounds:
        responses = list(
            Response.objects.filter(round=round)
            .select_related("respondent")
            .annotate(
                answered=Count(
                    "answers", filter=Q(answers__level__isnull=False) | Q(answers__dont_know=True)
                )
            )
            .order_by("respondent__first_name", "respondent__last_name", "pk")
        )
        context.update(
            responses=responses,
            completed=sum(1 for r in responses if r.is_complete),
            events=round.events.select_related("by"),
            invite_form=InviteForm(round),
        )
    return page(request, "development/round.html", context)


@with_agency
def answer(request, agency, access, round_id):
    round = _round(agency, round_id)
    response = (
        Response.objects.filter(round=round, respondent=request.user)
        .prefetch_related("answers")
        .first()
    )
    # Only invited people who can still see the agency's work answer.
    require(response is not None and (access.is_member or access.is_staff))
    text = FrameworkText(round.framework)
    language = translation.get_language() or ""
    if response.language != language:
        Response.objects.filter(pk=response.pk).update(language=language)
    if not round.accepts_answers():
        form = AnswerForm(response, text)
        if request.method == "POST":
            messages.error(request, _("This round no longer takes answers, so nothing was saved."))
        return page(
            request,
            "development/answer.html",
            {
                "agency": agency,
                "round": round,
                "form": form,
                "text": text,
                "read_only": True,
                "crumbs": _round_crumbs(agency, round),
            },
            status=409 if request.method == "POST" else 200,
        )
    form = AnswerForm(response, text, request.POST or None)
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action", "save")
        complete = action == "complete"
        answered = form.save(complete=complete)
        total = len(text.statements)
        if complete:
            messages.success(
                request,
                _("Thank you: your answers are saved and marked as complete (%(n)d of %(total)d).")
                % {"n": answered, "total": total},
            )
            return redirect("development:round", agency.pk, round.pk)
        messages.success(
            request,
            _("Your answers are saved (%(n)d of %(total)d). You can continue later.")
            % {"n": answered, "total": total},
        )
        anchor = ""
        if action.startswith("save:"):
            anchor = f"#criterion-{action[5:]}"
        return redirect(reverse("development:answer", args=[agency.pk, round.pk]) + anchor)
    return page(
        request,
        "development/answer.html",
        {
            "agency": agency,
            "round": round,
            "form": form,
            "text": text,
            "read_only": False,
            "crumbs": _round_crumbs(agency, round),
        },
        status=400 if form.is_bound else 200,
    )


@with_agency
def invite_people(request, agency, access, round_id):
    require(access.manages_rounds)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    round = _round(agency, round_id)
    if round.is_submitted:
        messages.error(request, _("This round is submitted: nobody else can answer it."))
        return redirect("development:round", agency.pk, round.pk)
    form = InviteForm(round, request.POST)
    if form.is_valid():
        invited = invite(round, form.cleaned_data["people"], request)
        messages.success(
            request,
            ngettext("%(count)d person invited.", "%(count)d people invited.", invited)
            % {"count": invited},
        )
    else:
        messages.error(request, " ".join(form.errors.get("people", [])))
    return redirect("development:round", agency.pk, round.pk)


@with_agency
def remind(request, agency, access, round_id):
    require(access.manages_rounds)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    round = _round(agency, round_id)
    if not round.accepts_answers():
        messages.error(request, _("This round does not take answers now: no reminder sent."))
        return redirect("development:round", agency.pk, round.pk)
    sent, skipped = remind_round(round, request.user)
    text = ngettext(
        "Reminder sent to %(sent)d person.", "Reminders sent to %(sent)d people.", sent
    ) % {"sent": sent}
    if skipped:
        text += " " + ngettext(
            "%(skipped)d person was already reminded today.",
            "%(skipped)d people were already reminded today.",
            skipped,
        ) % {"skipped": skipped}
    messages.success(request, text)
    return redirect("development:round", agency.pk, round.pk)


@with_agency
def change_status(request, agency, access, round_id):
    """Close answering, or open it again (before the round is submitted)."""
    require(access.manages_rounds)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    round = _round(agency, round_id)
    action = request.POST.get("action")
    if round.is_submitted:
        messages.error(request, _("This round is submitted and locked."))
    elif action == "close" and round.status == RoundStatus.OPEN:
        round.set_status(RoundStatus.CLOSED, request.user, RoundEventKind.CLOSED)
        messages.success(request, _("Answering is closed. You can now record the consensus."))
    elif action == "open" and round.status == RoundStatus.CLOSED:
        if round.closes_on < timezone.localdate():
            messages.error(
                request,
                _("The answer window has ended; open a new round or ask staff to extend it."),
            )
        else:
            round.set_status(RoundStatus.OPEN, request.user, RoundEventKind.REOPENED_FOR_ANSWERS)
            messages.success(request, _("Answering is open again."))
    else:
        messages.info(request, _("Nothing changed: the round was already in that state."))
    return redirect("development:round", agency.pk, round.pk)


@with_agency
def consolidate(request, agency, access, round_id):
    require(access.manages_rounds)
    round = _round(agency, round_id)
    text = FrameworkText(round.framework)
    form = ConsolidationForm(round, text, request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and form.save(request.user):
            round.log(RoundEventKind.CONSENSUS_SAVED, request.user)
            if request.POST.get("action") == "review":
                return redirect("development:submit", agency.pk, round.pk)
            messages.success(request, _("The consensus scores are saved."))
            return redirect("development:consolidate", agency.pk, round.pk)
        status = 409 if form.conflicts else 400
    result = results_of([round], {round.framework_id: text})[round.pk]
    notes = _anonymous_notes(round)
    return page(
        request,
        "development/consolidate.html",
        {
            "agency": agency,
            "round": round,
            "form": form,
            "text": text,
            "result": result,
            "notes": notes,
            "conflicts": {statement.pk: label for statement, _level, label in form.conflicts},
            "crumbs": _round_crumbs(agency, round),
        },
        status=status,
    )


def _anonymous_notes(round) -> dict[int, list[str]]:
    """Evidence notes per statement, in an order that says nothing of who wrote them."""
    notes: dict[int, list[str]] = {}
    for statement_id, note in (
        Answer.objects.filter(response__round=round)
        .exclude(note="")
        .order_by("statement_id", "response__token")
        .values_list("statement_id", "note")
    ):
        notes.setdefault(statement_id, []).append(note)
    return notes


@with_agency
def submit(request, agency, access, round_id):
    require(access.manages_rounds)
    round = _round(agency, round_id)
    text = FrameworkText(round.framework)
    result = results_of([round], {round.framework_id: text})[round.pk]
    missing = [
        s
        for s in text.statements
        if result.statements[s.pk].consensus_level is None
        and not result.statements[s.pk].consensus_dont_know
    ]
    if request.method == "POST":
        if round.is_submitted:
            messages.info(request, _("This round was already submitted."))
            return redirect("development:results", agency.pk)
        if missing:
            messages.error(request, _("Record a consensus for every statement before submitting."))
        elif round.set_status(RoundStatus.SUBMITTED, request.user, RoundEventKind.SUBMITTED):
            messages.success(request, _("The round is submitted and locked. Here are its results."))
            return redirect(reverse("development:results", args=[agency.pk]) + f"?round={round.pk}")
        else:
            messages.info(request, _("This round was already submitted."))
            return redirect("development:results", agency.pk)
    return page(
        request,
        "development/submit.html",
        {
            "agency": agency,
            "round": round,
            "text": text,
            "result": result,
            "rows": list(zip(text.criteria, result.criteria, strict=False)),
            "missing": missing,
            "crumbs": _round_crumbs(agency, round),
        },
        status=400 if request.method == "POST" else 200,
    )


@with_agency
def reopen(request, agency, access, round_id):
    """Staff only: a submitted round back to consolidation, with the reason logged."""
    require(access.may_reopen)
    round = _round(agency, round_id)
    form = ReopenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if round.set_status(
            RoundStatus.CLOSED, request.user, RoundEventKind.REOPENED, form.cleaned_data["reason"]
        ):
            messages.success(request, _("The round is reopened for consolidation; it is logged."))
        else:
            messages.info(request, _("The round is not submitted: nothing to reopen."))
        return redirect("development:round", agency.pk, round.pk)
    if not round.is_submitted and request.method == "GET":
        messages.info(request, _("The round is not submitted: nothing to reopen."))
        return redirect("development:round", agency.pk, round.pk)
    return page(
        request,
        "development/reopen.html",
        {
            "agency": agency,
            "round": round,
            "form": form,
            "crumbs": _round_crumbs(agency, round),
        },
        status=400 if form.is_bound else 200,
    )
