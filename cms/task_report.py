"""Reports → Background tasks: what the task worker did, what failed and why, what waits.

Staff see every queued task of the django-tasks database backend (emails,
the sourcebook book, search index and cache updates): its state, which
attempt it is (``cms.tasks.retrying_task``), when the next one runs, and the
error of a failed one. A failed task can be queued again from here. Open to
superusers, the "Communications" and "Consortium staff" groups, and anyone given
the permission to view task results.
"""

from __future__ import annotations

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .tasks import LABELS

STAFF_GROUPS = ("Communications", "Consortium staff")

STATUSES = {
    "READY": _("Waiting"),
    "RUNNING": _("Running"),
    "SUCCESSFUL": _("Done"),
    "FAILED": _("Failed"),
}


def can_view(user) -> bool:
    return user.is_active and (
        user.is_superuser
        or user.has_perm("django_tasks_db.view_dbtaskresult")
        or user.groups.filter(name__in=STAFF_GROUPS).exists()
    )


class TaskFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(STATUSES.items()), empty_label=_("Any")
    )

    class Meta:
        model = DBTaskResult
        fields = ["status"]


class RunAgainColumn(Column):
    cell_template_name = "cms/tasks/run_again_cell.html"


class BackgroundTasksReport(ReportView):
    page_title = _("Background tasks")
    header_icon = "cogs"
    index_url_name = "background_tasks"
    index_results_url_name = "background_tasks_results"
    filterset_class = TaskFilterSet
    columns = [
        Column("label", label=_("Task")),
        Column("status_label", label=_("Status")),
        Column("attempt", label=_("Attempt")),
        DateColumn("enqueued_at", label=_("Queued")),
        DateColumn("next_run", label=_("Next attempt")),
        DateColumn("finished_at", label=_("Finished")),
        Column("error", label=_("Error")),
        RunAgainColumn("run_again", label=""),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return DBTaskResult.objects.order_by("-enqueued_at")

    def decorate_paginated_queryset(self, object_list):
        never = get_date_max()
        for task in object_list:
            task.label = LABELS.get(task.task_path) or task.task_path.rsplit(".", 1)[-1]
            task.status_label = STATUSES.get(task.status, task.status)
            task.attempt = (task.args_kwargs.get("kwargs") or {}).get("attempt", 1)
            waiting = task.status == "READY" and task.run_after != never
            task.next_run = task.run_after if waiting else None
            task.error = task.exception_class_path.rsplit(".", 1)[-1]
            if task.traceback:
                task.error = task.traceback.strip().splitlines()[-1][:200]
            task.run_again = task.status == "FAILED"
        return object_list


@require_POST
def run_again(request, task_id):
    """Queue a failed task again, as a first attempt, with the same arguments."""
    if not can_view(request.user):
        raise PermissionDenied
    failed = get_object_or_404(DBTaskResult, pk=task_id, status="FAILED")
    arguments = failed.args_kwargs
    kwargs = {k: v for k, v in (arguments.get("kwargs") or {}).items() if k != "attempt"}
    failed.task.using(run_after=None).enqueue(*arguments.get("args", []), **kwargs)
    messages.success(
        request,
        _("“%(task)s” was queued again.")
        % {"task": LABELS.get(failed.task_path) or failed.task_name},
    )
    return redirect("background_tasks")
