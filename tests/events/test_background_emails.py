"""Delegates' emails sent by a real task worker process, and an email server that is down.

The django-tasks database backend as in production, ``manage.py db_worker`` in
a process of its own over the test's database, and aiosmtpd on loopback: the
registration is committed and answered at once; the worker sends the email,
and when the SMTP server does not answer it tries again later, so the email
goes out once the server is back and the registration never fails.
"""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.db import connection
from django_tasks_db.models import DBTaskResult

from events.models import Registration

from .conftest import form_data
from .test_emails import Inbox, free_port

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


class Worker:
    """``manage.py db_worker`` over the test's database, sending to ``smtp_port``."""

    def __init__(self, smtp_port: int, log: Path):
        self.log = log
        env = {
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DATABASE_URL": database_url(),
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
            "TASKS_BACKEND": "database",
        }
        with open(log, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--interval", "0.2"]
                + ["--no-startup-delay"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def wait_until(condition, worker, seconds=90):
    """Wait for the worker to do something (no timing is asserted: a slow machine waits)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        assert worker.process.poll() is None, worker.log.read_text()
        time.sleep(0.2)
    raise AssertionError(f"the worker did not get there; its log:\n{worker.log.read_text()}")


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_the_worker_sends_the_confirmation(client, conference, queue, tmp_path):
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    worker = Worker(smtp.port, tmp_path / "worker.log")
    try:
        response = client.post(conference.url, form_data(conference))
        assert response.status_code == 303
        assert Registration.objects.get().status == Registration.Status.CONFIRMED
        wait_until(lambda: inbox.messages, worker)
    finally:
        worker.stop()
        smtp.stop()
    ((recipients, raw),) = inbox.messages
    assert recipients == ["ines.moreau@example.org"]
    assert b"Renewal 2027" in raw
    (result,) = DBTaskResult.objects.all()
    assert result.status == "SUCCESSFUL"
    assert result.task_path == "events.tasks.send_delegate_email"


def test_with_the_email_server_down_registration_succeeds_and_the_email_follows(
    client, conference, queue, tmp_path, settings
):
    port = free_port()  # nothing listens there yet: the email server is down
    # The site's own process points at the same server: it must not try to send.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    worker = Worker(port, tmp_path / "worker.log")
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    started = False
    try:
        response = client.post(conference.url, form_data(conference))
        assert response.status_code == 303
        assert Registration.objects.get().status == Registration.Status.CONFIRMED
        # The worker tried, could not connect, and queued the next attempt.
        wait_until(lambda: DBTaskResult.objects.filter(status="FAILED").exists(), worker)
        first = DBTaskResult.objects.get(status="FAILED")
        assert "ConnectionRefusedError" in first.traceback
        assert DBTaskResult.objects.filter(status="READY").count() == 1
        assert inbox.messages == []
        # The server is back; the next attempt's time comes (brought forward from 30 s).
        smtp.start()
        started = True
        DBTaskResult.objects.filter(status="READY").update(run_after=first.finished_at)
        wait_until(lambda: inbox.messages, worker)
    finally:
        worker.stop()
        if started:
            smtp.stop()
    ((recipients, _raw),) = inbox.messages
    assert recipients == ["ines.moreau@example.org"]
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1
