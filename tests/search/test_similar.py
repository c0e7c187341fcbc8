"""Similar practices on a guide or case study page: what resembles it, never what is private.

These cases are the database backend's answer, entries sharing themes,
intervention types, country and sector, which is also what a failing cluster
falls back to; a cluster's own "more like this" is a case of
``test_backend_contract.py``.
"""

import logging

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from practices.models import RelatedEntry
from search.similar import similar_pages
from tests.factories import PracticeGuidePageFactory, UserFactory

from .conftest import publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_backend(settings):
    """The database backend answers, even where the suite runs with a cluster (SEARCH_URL)."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}


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


@pytest.mark.parametrize("engine", ["elasticsearch8", "opensearch2"])
def test_when_the_search_cluster_cannot_answer_similar_entries_share_taxonomies(
    corpus, engine, caplog
):
    from django.utils.module_loading import import_string

    # A cluster configured at an address where nothing listens (this machine's loopback).
    backend = import_string(f"search.backends.{engine}.SearchBackend")(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "praxis-unreachable-", "TIMEOUT": 2}
    )
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    on_the_database = [p.title for p in similar_pages(corpus.workshop_guide, request)]
    with caplog.at_level(logging.WARNING, logger="search.similar"):
        found = similar_pages(corpus.workshop_guide, request, search_backend=backend)
    assert [p.title for p in found] == on_the_database == ["Tartu health services"]
    assert "More like this failed on the search cluster" in caplog.text
