"""An agency's results: scores per criterion over time, the PDF report and the exports."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.urls import reverse

from ..enums import RoundStatus
from ..exports import csv_response, xlsx_response
from ..models import AssessmentRound
from ..pdf import report_pdf
from ..report import build_report
from ..results import FrameworkText
from .common import crumbs, page, require, with_agency


def _choose(rounds, wanted, default=None):
    if wanted:
        try:
            wanted = int(wanted)
        except (TypeError, ValueError):
            return None
        return next((r for r in rounds if r.pk == wanted), None)
    return default


def default_earlier(round, rounds):
    """The round to compare with: the first submitted round of the same framework before it."""
    earlier = [
        r
        for r in rounds
        if r.pk != round.pk
        and r.framework.slug == round.framework.slug
        and (r.opens_on, r.pk) < (round.opens_on, round.pk)
    ]
    return min(earlier, key=lambda r: (r.opens_on, r.pk)) if earlier else None


@with_agency
def results(request, agency, access):
    rounds = list(
        AssessmentRound.objects.filter(agency=agency, status=RoundStatus.SUBMITTED)
        .select_related("framework", "agency")
        .order_by("-opens_on", "-pk")
    )
    context = {"agency": agency, "access": access, "rounds": rounds, "crumbs": crumbs(agency)}
    if not rounds:
        return page(request, "development/results.html", context)
    round = _choose(rounds, request.GET.get("round"), rounds[0])
    if round is None:
        raise Http404
    comparable = [
        r for r in rounds if r.pk != round.pk and r.framework.slug == round.framework.slug
    ]
    if "compare" in request.GET:
        earlier = (
            _choose(comparable, request.GET.get("compare")) if request.GET["compare"] else None
        )
        if request.GET["compare"] and earlier is None:
            raise Http404
    else:
        earlier = default_earlier(round, rounds)
    report = build_report(round, earlier)
    query = f"?compare={earlier.pk}" if earlier else "?compare="
    context.update(
        round=round,
        earlier=earlier,
        comparable=comparable,
        report=report,
        pdf_url=reverse("development:report_pdf", args=[agency.pk, round.pk]) + query,
    )
    return page(request, "development/results.html", context)


def _round_of(agency, round_id):
    round = (
        AssessmentRound.objects.select_related("framework", "agency")
        .filter(pk=round_id, agency=agency)
        .first()
    )
    if round is None:
        raise Http404
    return round


@with_agency
def report_pdf_view(request, agency, access, round_id):
    round = _round_of(agency, round_id)
    require(round.is_submitted)
    earlier = None
    compare = request.GET.get("compare")
    if compare is None:
        rounds = list(
            AssessmentRound.objects.filter(
                agency=agency, status=RoundStatus.SUBMITTED
            ).select_related("framework")
        )
        earlier = default_earlier(round, rounds)
    elif compare:
        earlier = (
            AssessmentRound.objects.filter(
                agency=agency,
                status=RoundStatus.SUBMITTED,
                pk=compare if compare.isascii() and compare.isdigit() else 0,
                framework__slug=round.framework.slug,
            )
            .exclude(pk=round.pk)
            .select_related("framework")
            .first()
        )
        if earlier is None:
            raise Http404
    report = build_report(round, earlier)
    response = HttpResponse(
        report_pdf(report, request.build_absolute_uri("/")), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="report-{round.pk}.pdf"'
    return response


@with_agency
def answers_csv(request, agency, access, round_id):
    require(access.may_export_answers)
    round = _round_of(agency, round_id)
    return csv_response(round, FrameworkText(round.framework))


@with_agency
def answers_xlsx(request, agency, access, round_id):
    require(access.may_export_answers)
    round = _round_of(agency, round_id)
    return xlsx_response(round, build_report(round))
