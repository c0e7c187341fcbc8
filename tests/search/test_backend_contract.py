"""The contract every search backend keeps, run against each one configured.

The database backend (SQLite FTS5 or PostgreSQL full text, whichever the
suite runs on) is always tested. An Elasticsearch/OpenSearch cluster is
tested when ``SEARCH_URL`` names one; otherwise that half is skipped, and
pytest prints why.
"""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction
from wagtail.search.backends import get_search_backend

from search.backends import Source, engine_for
from search.kinds import content_types
from search.service import allowed_pages, sources
from search.similar import similar_pages
from tests.search.test_documents import upload

pytestmark = pytest.mark.django_db

BACKENDS = ["database", "cluster"]


@pytest.fixture(params=BACKENDS)
def backend(request, corpus):
    if request.param == "database":
        return get_search_backend("search.backends.database")
    if not settings.SEARCH_URL:
        pytest.skip("SEARCH_URL is not set: no Elasticsearch/OpenSearch cluster to test against")
    search_backend = get_search_backend("default")
    call_command("update_index", verbosity=0)
    search_backend.refresh_index()
    return search_backend


def ranked(backend, text, request=None, operator="and", locale=None):
    locale = locale or Locale.get_default()
    allowed = allowed_pages(request, locale)
    source = Source("page", allowed, tuple(content_types().values()))
    hits = engine_for(backend).rank([source], text, locale.language_code, operator)
    ids = [pk for _, pk in hits]
    from wagtail.models import Page

    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [titles[pk] for pk in ids]


def suggested(backend, text, request=None):
    allowed = allowed_pages(request, Locale.get_default())
    source = Source("page", allowed, tuple(content_types().values()))
    return [pk for _, pk in engine_for(backend).suggest([source], text)]


def test_title_match_ranks_above_body_match(backend):
    titles = ranked(backend, "workshop")
    assert titles[0] == "Strategy workshop with citizens"
    assert set(titles) >= {"Action learning sets", "Tartu health services"}


def test_every_word_must_match_with_and_any_word_with_or(backend):
    assert ranked(backend, "workshop Lisbon") == []
    assert set(ranked(backend, "workshop Lisbon", operator="or")) >= {
        "Strategy workshop with citizens",
        "Conference in Lisbon announced",
    }


def test_related_taxonomy_names_and_extra_fields_are_searched(backend):
    assert "Tartu health services" in ranked(backend, "residents")
    assert ranked(backend, "partnerships")[0] == "Learning partnerships in public services"


def test_autocomplete_completes_title_prefixes(backend):
    ids = suggested(backend, "strat")
    from wagtail.models import Page

    assert list(Page.objects.filter(pk__in=ids).values_list("title", flat=True)) == [
        "Strategy workshop with citizens"
    ]


def test_restricted_pages_are_never_returned(backend, corpus):
    PageViewRestriction.objects.create(
        page=corpus.workshop_guide, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Strategy workshop with citizens" not in ranked(backend, "workshop")
    assert suggested(backend, "strat") == []


@pytest.mark.parametrize("text", ['"', "*", "AND", ":", "x" * 1000, "🧭", "a:b OR (c"])
def test_odd_text_never_errors(backend, text):
    from search.query import parse

    query = parse(text)
    if query:
        ranked(backend, query.text)


def test_documents_rank_with_pages_and_private_ones_are_never_returned(backend, corpus):
    handout = upload("Jury handout", "handout.txt", b"How a citizens' jury deliberates.")
    board = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.LOGIN
    )
    upload("Board minutes", "minutes.txt", b"The jury budget was approved.", collection=board)
    if hasattr(backend, "refresh_index"):
        backend.refresh_index()
    hits = engine_for(backend).rank(sources(None, Locale.get_default()), "jury", "en")
    assert hits == [("document", handout.pk)]


def test_similar_practices_are_visible_entries_like_the_page(backend, corpus):
    titles = [p.title for p in similar_pages(corpus.workshop_guide, None, search_backend=backend)]
    assert "Tartu health services" in titles
    assert "Strategy workshop with citizens" not in titles
    PageViewRestriction.objects.create(page=corpus.case, restriction_type=PageViewRestriction.LOGIN)
    titles = [p.title for p in similar_pages(corpus.workshop_guide, None, search_backend=backend)]
    assert "Tartu health services" not in titles


def test_accents_are_folded(backend, corpus):
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=corpus.home, title="Réforme de l'État", slug="reforme")
    if hasattr(backend, "refresh_index"):
        backend.refresh_index()
    assert ranked(backend, "reforme etat") == ["Réforme de l'État"]
