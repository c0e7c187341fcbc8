"""Similar practices on a guide or case study page: what resembles it, never what is private."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from practices.models import RelatedEntry
from tests.factories import PracticeGuidePageFactory, UserFactory

from .conftest import publish

pytestmark = pytest.mark.django_db


def similar(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [a.get_text() for a in soup.select(".similar a")]


def test_entries_sharing_most_themes_and_interventions_come_first(client, corpus):
    participation = corpus.themes["participation"]
    close = PracticeGuidePageFactory(parent=corpus.sourcebook, title="Citizens' panels", slug="cp")
    facilitation = corpus.workshop_guide.intervention_types.get()
    publish(close, themes=[participation], intervention_types=[facilitation])
    # The case study shares one theme; "Action learning sets" shares nothing.
    assert similar(client, corpus.workshop_guide) == ["Citizens' panels", "Tartu health services"]
    assert similar(client, corpus.body_only_guide) == []  # its theme is shared by no other entry


def test_a_restricted_entry_is_similar_only_for_those_who_may_open_it(client, corpus):
    hidden = PracticeGuidePageFactory(parent=corpus.sourcebook, title="Staff-only panels", slug="s")
    publish(hidden, themes=[corpus.themes["participation"]])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    assert "Staff-only panels" not in similar(client, corpus.workshop_guide)
    client.force_login(UserFactory())
    assert "Staff-only panels" in similar(client, corpus.workshop_guide)


def test_entries_an_editor_linked_are_not_repeated_as_similar(client, corpus):
    guide = corpus.workshop_guide
    guide.related_links = [RelatedEntry(target=corpus.case)]
    guide.save_revision().publish()
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert [a.get_text() for a in soup.select(".related:not(.similar) a")] == [
        "Tartu health services"
    ]
    assert soup.select(".similar") == []


def test_an_entry_without_themes_still_finds_entries_sharing_its_intervention(client, corpus):
    facilitation = corpus.workshop_guide.intervention_types.get()
    bare = PracticeGuidePageFactory(
        parent=corpus.sourcebook, title="Facilitated retreats", slug="r"
    )
    publish(bare, intervention_types=[facilitation])
    assert similar(client, bare) == ["Strategy workshop with citizens"]
