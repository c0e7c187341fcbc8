"""The sourcebook book built by the task worker when the sourcebook changes, not in a request."""

import io

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from practices.pdf import book_fingerprint, book_key
from practices.tasks import rebuild_sourcebook_pdf
from tests.factories import PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


def book_text(response):
    assert response.status_code == 200
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def queue(task_queue, django_capture_on_commit_callbacks):
    """The database task queue, with what a change queues after its commit."""

    class Queue:
        def publish(self, page):
            with django_capture_on_commit_callbacks(execute=True):
                page.save_revision().publish()

        def books(self):
            return task_queue.results(rebuild_sourcebook_pdf)

        def run(self):
            task_queue.bring_forward()  # the few seconds that gather a burst of edits
            return task_queue.run()

    return Queue()


def test_publishing_an_entry_has_the_worker_build_the_book(client, sourcebook, queue):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", live=False)
    queue.publish(guide)
    assert [task.status for task in queue.books()] == ["READY"]
    queue.run()
    assert [task.status for task in queue.books()] == ["SUCCESSFUL"]
    built = cache.get(book_key(sourcebook, book_fingerprint(sourcebook)))
    assert built is not None
    response = client.get("/en/sourcebook/sourcebook.pdf")
    assert response.content == built
    assert "Scenario planning" in book_text(response)
    assert len(queue.books()) == 1  # the request built nothing and queued nothing


def test_readers_get_the_last_book_while_the_next_is_built(client, sourcebook, queue):
    queue.publish(PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning"))
    queue.run()
    queue.publish(PracticeGuidePageFactory(parent=sourcebook, title="Futures thinking"))
    first = client.get("/en/sourcebook/sourcebook.pdf")
    second = client.get("/en/sourcebook/sourcebook.pdf")
    assert "Futures thinking" not in book_text(first)
    assert second.content == first.content
    assert [task.status for task in queue.books()] == ["SUCCESSFUL", "READY"]  # one queued
    queue.run()
    assert "Futures thinking" in book_text(client.get("/en/sourcebook/sourcebook.pdf"))


def test_a_book_never_built_is_built_for_the_first_reader(client, sourcebook, task_queue):
    PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning")
    assert "Scenario planning" in book_text(client.get("/en/sourcebook/sourcebook.pdf"))


def test_without_a_queue_a_change_builds_nothing(client, sourcebook, django_assert_num_queries):
    # The immediate backend (tests, `make run`): the book is built when asked for.
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", live=False)
    guide.save_revision().publish()
    assert cache.get(book_key(sourcebook, book_fingerprint(sourcebook))) is None
    assert "Scenario planning" in book_text(client.get("/en/sourcebook/sourcebook.pdf"))
