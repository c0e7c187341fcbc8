"""Background tasks: retried when a server is unreachable, and visible to staff when they fail."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

from . import flaky_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _calls():
    flaky_tasks.CALLS.clear()


def test_a_task_that_cannot_reach_its_server_runs_again_later(task_queue):
    flaky_tasks.reach_server.enqueue(fail_times=1)
    assert task_queue.run() == 1
    first, second = task_queue.results()
    assert first.status == "FAILED"
    assert "ConnectionRefusedError" in first.traceback
    # The next attempt waits: running the worker again now does nothing.
    assert second.status == "READY" and second.args_kwargs["kwargs"]["attempt"] == 2
    assert task_queue.run() == 0
    task_queue.bring_forward()
    assert task_queue.run() == 1
    assert task_queue.results()[1].status == "SUCCESSFUL"
    assert task_queue.results()[1].return_value == "reached"


def test_after_the_last_attempt_the_task_stays_failed(task_queue):
    flaky_tasks.reach_server.enqueue(fail_times=10)
    for _ in range(5):
        task_queue.run()
        task_queue.bring_forward()
    results = task_queue.results()
    assert [r.status for r in results] == ["FAILED", "FAILED", "FAILED"]
    assert flaky_tasks.CALLS == [1, 2, 3]


def test_a_bug_is_not_retried(task_queue):
    flaky_tasks.broken.enqueue()
    task_queue.run()
    task_queue.bring_forward()
    assert task_queue.run() == 0
    assert [r.status for r in task_queue.results()] == ["FAILED"]


def test_with_the_immediate_backend_a_failure_does_not_reach_the_caller():
    # Tests and `make run`: the task runs at once; its failure is logged, never raised.
    result = flaky_tasks.reach_server.enqueue(fail_times=10)
    assert result.status == "FAILED"
    assert flaky_tasks.CALLS == [1]


@pytest.fixture
def staff(client):
    user = UserFactory(email="comms@example.org")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return user


def test_staff_see_failed_tasks_with_their_error_and_can_run_them_again(client, staff, task_queue):
    flaky_tasks.reach_server.enqueue(fail_times=10)
    task_queue.run()
    response = client.get("/admin/reports/background-tasks/?status=FAILED")
    assert response.status_code == 200
    text = response.content.decode()
    assert "reach_server" in text
    assert "Connection refused" in text
    failed = task_queue.results()[0]
    waiting_before = sum(r.status == "READY" for r in task_queue.results())
    response = client.post(f"/admin/reports/background-tasks/{failed.pk}/run-again/")
    assert response.status_code == 302
    results = task_queue.results()
    assert sum(r.status == "READY" for r in results) == waiting_before + 1
    assert results[-1].args_kwargs["kwargs"] == {"fail_times": 10}


def test_others_do_not_see_the_tasks(client, task_queue):
    user = UserFactory(email="researcher@example.org")
    user.groups.add(Group.objects.get(name="Researchers"))
    client.force_login(user)
    assert client.get("/admin/reports/background-tasks/").status_code in (302, 403)
