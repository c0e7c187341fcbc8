"""A learning partnership's page and its reflective learning log, with comments."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from ..forms import CommentForm, LogEntryForm
from ..models import LearningPartnership, LogEntry, PartnershipMember
from .common import crumbs, page, with_agency


def _partnership(agency, access, partnership_id) -> LearningPartnership:
    partnership = LearningPartnership.objects.filter(pk=partnership_id, agency=agency).first()
    if partnership is None or not access.sees_partnership(partnership):
        raise Http404
    return partnership


def _trail(agency, partnership, *extra):
    return crumbs(
        agency,
        (
            partnership.name,
            reverse("development:partnership", args=[agency.pk, partnership.pk]),
        ),
        *extra,
    )


@with_agency
def partnership(request, agency, access, partnership_id):
    partnership = _partnership(agency, access, partnership_id)
    entries = (
        LogEntry.objects.filter(partnership=partnership)
        .select_related("author")
        .annotate(comment_count=Count("comments"))
        .order_by("-happened_on", "-pk")
    )
    paginator = Paginator(entries, settings.DEVELOPMENT_LOG_PAGE_SIZE)
    entries_page = paginator.get_page(request.GET.get("page"))
    return page(
        request,
        "development/partnership.html",
        {
            "agency": agency,
            "access": access,
            "partnership": partnership,
            "people": PartnershipMember.objects.filter(partnership=partnership).select_related(
                "person"
            ),
            "entries": entries_page,
            "paginator": paginator,
            "crumbs": crumbs(agency),
        },
    )


@with_agency
def new_entry(request, agency, access, partnership_id):
    partnership = _partnership(agency, access, partnership_id)
    form = LogEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        entry = form.save(commit=False)
        entry.partnership = partnership
        entry.author = request.user
        entry.save()
        messages.success(request, _("Your entry is in the learning log."))
        return redirect("development:log_entry", agency.pk, partnership.pk, entry.pk)
    return page(
        request,
        "development/log_entry_form.html",
        {
            "agency": agency,
            "partnership": partnership,
            "form": form,
            "entry": None,
            "crumbs": _trail(agency, partnership),
        },
        status=400 if form.is_bound else 200,
    )


def _entry(partnership, entry_id) -> LogEntry:
    entry = (
        LogEntry.objects.filter(pk=entry_id, partnership=partnership)
        .select_related("author")
        .first()
    )
    if entry is None:
        raise Http404
    return entry


@with_agency
def log_entry(request, agency, access, partnership_id, entry_id):
    partnership = _partnership(agency, access, partnership_id)
    entry = _entry(partnership, entry_id)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        comment = form.save(commit=False)
        comment.entry = entry
        comment.author = request.user
        comment.save()
        messages.success(request, _("Your comment is added."))
        return redirect(
            reverse("development:log_entry", args=[agency.pk, partnership.pk, entry.pk])
            + f"#comment-{comment.pk}"
        )
    return page(
        request,
        "development/log_entry.html",
        {
            "agency": agency,
            "access": access,
            "partnership": partnership,
            "entry": entry,
            "comments": entry.comments.select_related("author"),
            "documents": entry.documents.all(),
            "form": form,
            "may_edit": access.is_staff or entry.author_id == request.user.pk,
            "crumbs": _trail(agency, partnership),
        },
        status=400 if form.is_bound else 200,
    )


@with_agency
def edit_entry(request, agency, access, partnership_id, entry_id):
    partnership = _partnership(agency, access, partnership_id)
    entry = _entry(partnership, entry_id)
    if not (access.is_staff or entry.author_id == request.user.pk):
        raise Http404
    form = LogEntryForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The entry is updated."))
        return redirect("development:log_entry", agency.pk, partnership.pk, entry.pk)
    return page(
        request,
        "development/log_entry_form.html",
        {
            "agency": agency,
            "partnership": partnership,
            "form": form,
            "entry": entry,
            "crumbs": _trail(
                agency,
                partnership,
                (
                    entry.title,
                    reverse("development:log_entry", args=[agency.pk, partnership.pk, entry.pk]),
                ),
            ),
        },
        status=400 if form.is_bound else 200,
    )
