"""Tasks queued in the database as in production, and run as the worker runs them.

``run()`` drives django-tasks-db's own ``db_worker`` loop in this process (batch
mode: every task whose time has come, then stop), so a test sees what the
worker would do, inside the test's transaction. The task test with a worker
process of its own is tests/events/test_background_emails.py.
"""

from __future__ import annotations

from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult


class TaskQueue:
    def run(self) -> int:
        """Run every task that is due, as the worker would; how many ran."""
        worker = db_worker.Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        )
        # The worker closes connections between tasks, as a process of its own
        # should; here it shares the test's connection and transaction.
        close_old_connections = db_worker.close_old_connections
        db_worker.close_old_connections = lambda: None
        try:
            worker.run()
        finally:
            db_worker.close_old_connections = close_old_connections
        return worker._run_tasks

    def bring_forward(self) -> None:
        """Make the tasks waiting for a later time due now (a retry's delay has passed)."""
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())

    def results(self, task=None):
        results = DBTaskResult.objects.order_by("enqueued_at")
        if task is not None:
            results = results.filter(task_path=task.module_path)
        return list(results)
