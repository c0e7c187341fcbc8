"""With the task queue, search index updates are made by the worker, not in the editor's request."""

import pytest

from tests.factories import PracticeGuidePageFactory

from .helpers import search

pytestmark = pytest.mark.django_db


def test_a_published_change_is_indexed_by_the_worker(client, sourcebook, task_queue):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning")
    task_queue.run()
    guide.title = "Futures thinking"
    guide.save_revision().publish()
    assert search(client, "futures").count == 0  # queued, not yet done
    assert any(r.task_path.endswith("insert_or_update_object_task") for r in task_queue.results())
    task_queue.run()
    assert search(client, "futures").titles == ["Futures thinking"]
