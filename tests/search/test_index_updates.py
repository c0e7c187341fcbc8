"""The index follows the pages: publish, edit, unpublish, move, delete, rebuild."""

import io

import pytest
from django.core.management import call_command

from tests.factories import PracticeGuidePageFactory, SourcebookIndexPageFactory

from .helpers import search

pytestmark = pytest.mark.django_db


def test_publishing_and_editing_update_the_index_at_once(client, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", live=False)
    assert search(client, "scenario").count == 0
    guide.save_revision().publish()
    assert search(client, "scenario").titles == ["Scenario planning"]
    guide.title = "Futures thinking"
    guide.save_revision().publish()
    assert search(client, "scenario").count == 0
    assert search(client, "futures").titles == ["Futures thinking"]
    # A draft of a change is not searchable until it is published.
    guide.title = "Horizon scanning"
    guide.save_revision()
    assert search(client, "horizon").count == 0


def test_unpublishing_and_deleting_remove_a_page_at_once(client, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning")
    assert search(client, "scenario").count == 1
    guide.unpublish()
    assert search(client, "scenario").count == 0
    assert client.get("/en/search/suggest/", {"q": "scen"}).json()["suggestions"] == []
    guide.save_revision().publish()
    assert search(client, "scenario").count == 1
    guide.delete()
    assert search(client, "scenario").count == 0


def test_moving_a_page_moves_its_result(client, home, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", slug="scen")
    other = SourcebookIndexPageFactory(parent=home, title="Archive", slug="archive")
    guide.move(other, pos="last-child")
    page = search(client, "scenario")
    assert [a["href"] for a in page.soup.select(".result-title a")] == ["/en/archive/scen/"]


def test_update_index_rebuilds_with_progress_shown(client, corpus):
    out = io.StringIO()
    call_command("update_index", stdout=out)
    output = out.getvalue()
    assert "practiceguidepage" in output.lower() or "practice guide" in output.lower()
    assert search(client, "workshop").titles[0] == "Strategy workshop with citizens"
