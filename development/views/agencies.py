"""An agency's development work: its overview, interventions, documents and uploads."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from cms.private_media import private_file_response

from ..access import is_consortium_staff, visible_agencies
from ..forms import upload_form_class
from ..models import (
    AssessmentRound,
    Intervention,
    InterventionDocument,
    LearningPartnership,
    LogEntry,
    Participation,
    Response,
)
from .common import crumbs, members_only, page, require, with_agency


@members_only
def home(request):
    """The agencies whose development work the person may see."""
    agencies = list(
        visible_agencies(request)
        .select_related("country", "participation")
        .annotate(
            intervention_count=Count("interventions", distinct=True),
        )
        .order_by("name")
    )
    open_responses = list(
        Response.objects.filter(
            respondent=request.user,
            round__in=AssessmentRound.objects.open_for_answers(),
            completed_at__isnull=True,
            round__agency__in=[a.pk for a in agencies],
        ).select_related("round__agency", "round__framework")
    )
    return page(
        request,
        "development/home.html",
        {
            "agencies": agencies,
            "open_responses": open_responses,
            "is_staff": is_consortium_staff(request.user),
            "crumbs": crumbs()[:0],
        },
    )


@with_agency
def agency(request, agency, access):
    participation = Participation.objects.filter(agency=agency).first()
    interventions = (
        Intervention.objects.filter(agency=agency)
        .select_related("intervention_type")
        .order_by("-starts_on", "title")
    )
    rounds = list(
        AssessmentRound.objects.filter(agency=agency)
        .select_related("framework")
        .annotate(
            invited=Count("responses", distinct=True),
            completed=Count(
                "responses", filter=Q(responses__completed_at__isnull=False), distinct=True
            ),
        )
        .order_by("-opens_on", "-pk")
    )
    mine = {
        r.round_id: r
        for r in Response.objects.filter(respondent=request.user, round__agency=agency)
    }
    partnerships = LearningPartnership.objects.filter(agency=agency)
    if not access.is_staff:
        partnerships = partnerships.filter(pk__in=list(access.partnership_roles))
    space = agency.space() if access.is_member else None
    return page(
        request,
        "development/agency.html",
        {
            "agency": agency,
            "access": access,
            "participation": participation,
            "interventions": interventions,
            "rounds": [(r, mine.get(r.pk)) for r in rounds],
            "has_results": any(r.is_submitted for r in rounds),
            "partnerships": partnerships.annotate(entries=Count("log_entries")),
            "space": space if space is not None and space.live else None,
            "crumbs": crumbs()[:1],
        },
    )


@with_agency
def intervention(request, agency, access, intervention_id):
    intervention = get_object_or_404(
        Intervention.objects.select_related("intervention_type").prefetch_related(
            "sessions",
            "measures",
            Prefetch("documents", queryset=InterventionDocument.objects.select_related("document")),
        ),
        pk=intervention_id,
        agency=agency,
    )
    rounds = intervention.rounds.select_related("framework").order_by("opens_on")
    sessions = list(intervention.sessions.all())
    attended = [s.attendance for s in sessions if s.attendance is not None]
    return page(
        request,
        "development/intervention.html",
        {
            "agency": agency,
            "access": access,
            "intervention": intervention,
            "sessions": sorted(sessions, key=lambda s: s.held_on),
            "total_attendance": sum(attended) if attended else None,
            "measures": sorted(
                intervention.measures.all(), key=lambda m: (m.indicator, m.measured_on)
            ),
            # Only the agency's own documents, whatever else was linked.
            "documents": [
                d.document
                for d in intervention.documents.all()
                if d.document.collection_id == agency.collection_id
            ],
            "rounds": rounds,
            "crumbs": crumbs(agency),
        },
    )


def may_have_document(access, agency, document) -> bool:
    """Whether the person may download ``document`` through the agency's development work.

    Only documents of the agency's own collection: members (and staff) may
    have any of them, as in its space. The partnership's people, who are not members, may have
    the documents attached to the agency's interventions and to the log
    entries of their partnerships, and nothing else of the collection.
    """
    if document.collection_id != agency.collection_id:
        return False  # only ever the agency's own documents, whatever links to them
    if access.is_member or access.is_staff:
        return True
    if InterventionDocument.objects.filter(document=document, intervention__agency=agency).exists():
        return True
    entries = LogEntry.objects.filter(documents=document, partnership__agency=agency)
    if not access.is_staff:
        entries = entries.filter(partnership_id__in=list(access.partnership_roles))
    return entries.exists()


@with_agency
def document(request, agency, access, document_id):
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not may_have_document(access, agency, document):
        raise Http404
    try:
        return private_file_response(
            document.file.storage, document.file.name, document.filename, attachment=True
        )
    except FileNotFoundError as error:
        raise Http404 from error


@with_agency
def upload(request, agency, access):
    """Add a document to the agency's private collection, from the members' area.

    Members upload to the collection (the space lists it); the partnership's
    people, who do not see the collection, upload to one of their log entries,
    where they find the document again.
    """
    require(access.may_upload and agency.collection_id is not None)
    entry = None
    entry_id = request.POST.get("entry") or request.GET.get("entry")
    if entry_id:
        require(entry_id.isascii() and entry_id.isdigit())  # not "abc", nor "²"
        entries = LogEntry.objects.filter(partnership__agency=agency)
        if not access.is_staff:
            entries = entries.filter(partnership_id__in=list(access.partnership_roles))
        entry = entries.select_related("partnership").filter(pk=entry_id).first()
        require(entry is not None)
    else:
        require(access.is_member or access.is_staff)
    Form = upload_form_class()
    form = Form(
        request.POST or None,
        request.FILES or None,
        collection=agency.collection,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        document = form.save()
        if entry is not None:
            entry.documents.add(document)
            messages.success(
                request,
                _("“%(title)s” was added to the agency's documents and to this log entry.")
                % {"title": document.title},
            )
            return redirect("development:log_entry", agency.pk, entry.partnership_id, entry.pk)
        messages.success(
            request,
            _("“%(title)s” was added to the agency's documents.") % {"title": document.title},
        )
        return redirect("development:agency", agency.pk)
    trail = crumbs(agency)
    if entry is not None:
        trail.append(
            (
                entry.partnership.name,
                reverse("development:partnership", args=[agency.pk, entry.partnership_id]),
            )
        )
        trail.append(
            (
                entry.title,
                reverse("development:log_entry", args=[agency.pk, entry.partnership_id, entry.pk]),
            )
        )
    return page(
        request,
        "development/upload.html",
        {"agency": agency, "form": form, "entry": entry, "crumbs": trail},
        status=400 if form.is_bound else 200,
    )
