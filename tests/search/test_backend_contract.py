"""The contract every search backend keeps, the same cases on each one configured.

The database backend (SQLite FTS5 or PostgreSQL full text, whichever the suite
runs on) is always tested. An Elasticsearch/OpenSearch cluster is tested when
``SEARCH_URL`` names one (``.ci/run`` starts an OpenSearch node for it);
otherwise those cases are skipped, and pytest says why. Each case sets the
backend as the site's own, so pages are indexed on it as they are saved and
the search page, suggestions and similar practices ask it.
"""

import socket
import threading

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)
from wagtail.search.backends import get_search_backend

from search.backends import Source, engine_for
from search.kinds import content_types
from search.query import parse
from search.service import allowed_pages, sources
from search.similar import similar_pages
from tests.factories import (
    CaseStudyPageFactory,
    PracticeGuidePageFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.search.test_documents import upload

from .conftest import publish
from .helpers import search
from .inflections import INFLECTED_PAIRS

pytestmark = pytest.mark.django_db

BACKENDS = ["database", "cluster"]


def _cluster_settings():
    return dict(settings.WAGTAILSEARCH_BACKENDS["default"])


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    """The backend under test, made the site's own for this test."""
    if request.param == "database":
        settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    elif not settings.SEARCH_URL:
        pytest.skip("SEARCH_URL is not set: no Elasticsearch/OpenSearch cluster to test against")
    return get_search_backend()


@pytest.fixture
def indexed(backend, corpus):
    """The corpus, saved after the backend was chosen: indexed on it."""
    return corpus


def ranked(backend, text, request=None, operator="and", locale=None):
    locale = locale or Locale.get_default()
    source = Source("page", allowed_pages(request, locale), tuple(content_types().values()))
    hits = engine_for(backend).rank([source], text, locale.language_code, operator)
    titles = dict(Page.objects.filter(pk__in=[pk for _, pk in hits]).values_list("pk", "title"))
    return [titles[pk] for _, pk in hits]


def suggested(backend, text, request=None):
    source = Source(
        "page", allowed_pages(request, Locale.get_default()), tuple(content_types().values())
    )
    ids = [pk for _, pk in engine_for(backend).suggest([source], text)]
    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [titles[pk] for pk in ids]


# Ranking -------------------------------------------------------------------


def test_title_match_ranks_above_summary_and_body_matches(indexed, backend):
    titles = ranked(backend, "workshop")
    assert titles[0] == "Strategy workshop with citizens"
    assert set(titles) == {
        "Strategy workshop with citizens",
        "Action learning sets",
        "Tartu health services",
    }


def test_summary_match_ranks_above_body_match(backend, sourcebook):
    """The boosted fields (a guide's summary) weigh more than its body text."""
    for slug, summary, pitfalls in (
        ("body", "Peer groups meet monthly.", "<p>Forgetting the mediation budget.</p>"),
        ("summary", "Mediation between two services.", "<p>Meeting without an agenda.</p>"),
    ):
        publish(
            PracticeGuidePageFactory(
                parent=sourcebook,
                title=f"Guide {slug}",
                slug=slug,
                summary=summary,
                pitfalls=pitfalls,
            )
        )
    assert ranked(backend, "mediation") == ["Guide summary", "Guide body"]


def test_every_word_must_match_with_and_any_word_with_or(indexed, backend):
    assert ranked(backend, "workshop Lisbon") == []
    assert set(ranked(backend, "workshop Lisbon", operator="or")) >= {
        "Strategy workshop with citizens",
        "Conference in Lisbon announced",
    }


def test_related_taxonomy_names_and_extra_fields_are_searched(indexed, backend):
    assert "Tartu health services" in ranked(backend, "residents")
    assert ranked(backend, "partnerships")[0] == "Learning partnerships in public services"
    assert "Strategy workshop with citizens" in ranked(backend, "participation")


@pytest.fixture
def relevance(backend, home, sourcebook):
    """Pages like the demo's, where the words of a search are everywhere but together in few."""
    guides = {
        "Setting up an action learning set for frontline managers": (
            "A small group of frontline managers meets regularly to work on real problems "
            "from their own services, using structured questioning rather than advice.",
            "Action learning suits managers who face complex, recurring problems.",
        ),
        "Running a participative strategy workshop with citizens": (
            "Citizens and staff plan together in a facilitated workshop.",
            "Learning from residents takes action: every workshop ends with actions.",
        ),
        "Establishing a learning partnership with a university": (
            "Researchers and an agency learn together over several years.",
            "Action research and learning sets both feed the partnership; the learning is "
            "shared in action plans, and learning is reviewed every year.",
        ),
        "Coaching senior leaders through a restructuring": (
            "Coaching helps senior leaders through the first year of a new structure.",
            "Leadership in a restructuring: learning new roles, taking action, leading teams.",
        ),
        "Organisational development facilitation for merging two agencies": (
            "Two agencies become one: a facilitated process of diagnosis and design.",
            "Learning about each other's culture before any action is taken.",
        ),
        "Peer review between municipalities": (
            "A team of peers from other municipalities reviews one service.",
            "Action points and learning are agreed with the host.",
        ),
    }
    for n, (title, (summary, when)) in enumerate(guides.items()):
        publish(
            PracticeGuidePageFactory(
                parent=sourcebook, title=title, slug=f"g{n}", summary=summary, when_to_use=when
            )
        )
    cases = {
        "Action learning for ward managers during a surgical reorganisation": (
            "Thirteen ward and department managers met in two action learning sets while "
            "surgery moved to a day-case model.",
            "Action learning, learning sets and action plans: action learning again.",
        ),
        "Action learning and after-action reviews in a Norwegian welfare office": (
            "Team leaders met in an action learning set and introduced after-action reviews.",
            "Learning from action: action learning, after-action learning, action reviews.",
        ),
        "Learning from a city's action plan on homelessness": (
            "An action plan and the learning from it: learning, action, learning, action.",
            "Action learning was considered; learning reviews were chosen instead.",
        ),
    }
    for n, (title, (summary, done)) in enumerate(cases.items()):
        publish(
            CaseStudyPageFactory(
                parent=sourcebook,
                title=title,
                slug=f"c{n}",
                summary=summary,
                what_was_done=f"<p>{done}</p>",
            )
        )


@pytest.mark.parametrize(
    "query, first",
    [
        ("action learning", "Setting up an action learning set for frontline managers"),
        ("action+learning set", "Setting up an action learning set for frontline managers"),
        ("strategy workshop", "Running a participative strategy workshop with citizens"),
        ("learning partnership", "Establishing a learning partnership with a university"),
        ("coaching senior leaders", "Coaching senior leaders through a restructuring"),
        ("merging agencies", "Organisational development facilitation for merging two agencies"),
        ("ward managers", "Action learning for ward managers during a surgical reorganisation"),
        (
            "after-action reviews",
            ("Action learning and after-action reviews in a Norwegian welfare office"),
        ),
    ],
)
def test_words_together_and_in_the_title_rank_first(client, relevance, query, first):
    page = search(client, query)
    assert page.titles[0] == first, page.titles


def test_a_misspelt_search_that_finds_nothing_offers_the_closest_words(client, relevance):
    page = search(client, "leadrship")
    assert page.count == 0
    offer = page.soup.select_one(".did-you-mean a")
    assert offer.get_text() == "leadership"
    assert search(client, offer["href"].split("q=")[1]).titles == [
        "Coaching senior leaders through a restructuring"
    ]
    assert search(client, "coachng senior leadrs").soup.select_one(
        ".did-you-mean a"
    ).get_text() == ("coaching senior leaders")
    assert search(client, "zqxwv").soup.select_one(".did-you-mean") is None


def test_a_word_only_a_private_page_has_is_never_offered(client, backend, home):
    secret = StandardPageFactory(parent=home, title="Zeppelinhangar budget", slug="zh")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    page = search(client, "zepelinhangar")
    assert page.count == 0 and page.soup.select_one(".did-you-mean") is None
    client.force_login(UserFactory())
    assert search(client, "zepelinhangar").soup.select_one(".did-you-mean a").get_text() == (
        "zeppelinhangar"
    )


# Languages -------------------------------------------------------------------


def _locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


@pytest.mark.parametrize("language", sorted(INFLECTED_PAIRS))
def test_each_inflected_form_finds_the_other(backend, home, language):
    locale = _locale(language)
    pages = {}
    for n, pair in enumerate(INFLECTED_PAIRS[language]):
        for m, word in enumerate(pair):
            page = StandardPageFactory(
                parent=home, title=f"{word.capitalize()} {n}", slug=f"{language}-{n}-{m}"
            )
            Page.objects.filter(pk=page.pk).update(locale=locale)
            page.refresh_from_db()
            page.save_revision().publish()
            pages[word] = page.title
    if hasattr(backend, "refresh_indexes"):
        backend.refresh_indexes()
    allowed = Page.objects.live().filter(locale=locale)
    source = Source("page", allowed, tuple(content_types().values()))
    engine = engine_for(backend)
    missing = []
    for one, other in INFLECTED_PAIRS[language]:
        for asked, wanted in ((one, other), (other, one)):
            hits = engine.rank([source], asked, language)
            titles = set(
                Page.objects.filter(pk__in=[pk for _, pk in hits]).values_list("title", flat=True)
            )
            if pages[wanted] not in titles:
                missing.append(f"{asked} does not find {wanted}")
    assert missing == []


def test_searches_are_read_in_the_language_of_the_site(client, backend, home):
    from cms.demo import translate

    translate(home, "it", {"Praxis": "Praxis"})
    italian = StandardPageFactory(parent=home, title="La strategia della città", slug="strategia")
    italian = translate(italian, "it", {"La strategia della città": "La strategia della città"})
    # Read as Italian, "strategie" is "strategia"; read as English it would not be.
    assert search(client, "strategie", lang="it").titles == ["La strategia della città"]
    assert search(client, "strategie", lang="en").count == 0


def test_a_french_search_is_read_as_french(client, backend, home):
    """Accents fold, French stems apply, and English stems never do, on the French site."""
    from cms.demo import translate

    translate(home, "fr", {"Praxis": "Praxis"})
    page = StandardPageFactory(parent=home, title="Évaluation de la stratégie nationale", slug="e")
    translate(page, "fr", {page.title: page.title})
    if hasattr(backend, "refresh_indexes"):
        backend.refresh_indexes()
    found = ["Évaluation de la stratégie nationale"]
    assert search(client, "strategie", lang="fr").titles == found
    assert search(client, "STRATEGIE EVALUATION", lang="fr").titles == found
    # French stems: "stratégiques" and "nationaux" meet "stratégie" and "nationale"...
    assert search(client, "stratégiques nationaux", lang="fr").titles == found
    # ...and "evaluating" is not an inflection of "évaluation" in French.
    assert search(client, "evaluating", lang="fr").count == 0
    # Read as English, each of those would have gone the other way.
    french = Source(
        "page",
        Page.objects.live().filter(locale__language_code="fr"),
        tuple(content_types().values()),
    )
    engine = engine_for(backend)
    assert engine.rank([french], "stratégiques nationaux", "en") == []
    assert len(engine.rank([french], "evaluating", "en")) == 1


def test_accents_and_case_fold(indexed, backend, corpus):
    StandardPageFactory(parent=corpus.home, title="Réforme de l'État", slug="reforme")
    if hasattr(backend, "refresh_indexes"):
        backend.refresh_indexes()
    assert ranked(backend, "reforme etat") == ["Réforme de l'État"]
    assert ranked(backend, "RÉFORMES") == ["Réforme de l'État"]
    assert suggested(backend, "refo") == ["Réforme de l'État"]


def test_wagtails_own_search_reads_the_words_like_the_site(indexed, backend):
    """What editors search in the admin goes through Wagtail's API: stems and folding apply."""
    from practices.models import PracticeGuidePage

    assert [p.title for p in PracticeGuidePage.objects.search("learned")] == [
        "Action learning sets"
    ]
    assert [p.title for p in PracticeGuidePage.objects.autocomplete("STRAT")] == [
        "Strategy workshop with citizens"
    ]


# Suggestions, documents, highlights, pages of results ---------------------------


def test_suggestions_complete_title_prefixes(indexed, backend):
    assert suggested(backend, "strat") == ["Strategy workshop with citizens"]
    assert suggested(backend, "strategy work") == ["Strategy workshop with citizens"]
    assert suggested(backend, "workshop strat") == ["Strategy workshop with citizens"]
    assert suggested(backend, "strat citizens") == []  # only the last word is a prefix


def test_document_text_is_found_and_ranked_with_pages(indexed, backend):
    handout = upload("Jury handout", "handout.txt", b"How a citizens' jury deliberates.")
    hits = engine_for(backend).rank(sources(None, Locale.get_default()), "jury", "en")
    assert hits == [("document", handout.pk)]
    hits = engine_for(backend).rank(sources(None, Locale.get_default()), "deliberating", "en")
    assert hits == [("document", handout.pk)]


def test_extracts_highlight_the_words_found(client, indexed):
    result = search(client, "Lisbon").soup.select_one(".search-result")
    assert [m.get_text() for m in result.select(".extract mark")] == ["Lisbon"]


def test_results_come_in_pages_of_ten(client, backend, home):
    for n in range(12):
        StandardPageFactory(parent=home, title=f"Meeting notes {n}", slug=f"m-{n}")
    first, second = search(client, "meeting"), search(client, "meeting", page="2")
    assert first.count == second.count == 12
    assert len(first.titles) == 10 and len(second.titles) == 2
    assert not set(first.titles) & set(second.titles)


def test_facet_counts_are_what_each_choice_gives(client, indexed):
    page = search(client, "workshop")
    assert page.facet("kind") == {"guide": 2, "case": 1}
    assert page.facet("theme") == {"leadership": 1, "participation": 2}
    for kind, n in page.facet("kind").items():
        assert search(client, "workshop", kind=kind).count == n


# Privacy -----------------------------------------------------------------------


def test_restricted_pages_never_reach_results_counts_suggestions_or_similar(client, indexed):
    corpus = indexed
    PageViewRestriction.objects.create(
        page=corpus.workshop_guide, restriction_type=PageViewRestriction.LOGIN
    )
    PageViewRestriction.objects.create(page=corpus.case, restriction_type=PageViewRestriction.LOGIN)
    page = search(client, "workshop")
    assert page.titles == ["Action learning sets"]
    assert page.facet("kind") == {"guide": 1}
    assert "Strategy" not in client.get("/en/search/suggest/", {"q": "strat"}).content.decode()
    assert "Tartu" not in [p.title for p in similar_pages(corpus.body_only_guide, None)]
    client.force_login(UserFactory())
    assert set(search(client, "workshop").titles) == {
        "Strategy workshop with citizens",
        "Action learning sets",
        "Tartu health services",
    }


def test_documents_of_restricted_collections_are_never_found(client, indexed, backend):
    board = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.LOGIN
    )
    upload("Board minutes", "minutes.txt", b"The jury budget was approved.", collection=board)
    handout = upload("Jury handout", "handout.txt", b"How a citizens' jury deliberates.")
    hits = engine_for(backend).rank(sources(None, Locale.get_default()), "jury", "en")
    assert hits == [("document", handout.pk)]
    page = search(client, "jury")
    assert page.titles == ["Jury handout"] and page.facet("kind") == {"document": 1}
    assert "Board" not in client.get("/en/search/suggest/", {"q": "board"}).content.decode()


def test_similar_practices_are_visible_entries_like_the_page(indexed, backend):
    corpus = indexed
    titles = [p.title for p in similar_pages(corpus.workshop_guide, None, search_backend=backend)]
    assert "Tartu health services" in titles
    assert "Strategy workshop with citizens" not in titles
    PageViewRestriction.objects.create(page=corpus.case, restriction_type=PageViewRestriction.LOGIN)
    titles = [p.title for p in similar_pages(corpus.workshop_guide, None, search_backend=backend)]
    assert "Tartu health services" not in titles


# The index follows the pages ------------------------------------------------------


def test_unpublished_and_deleted_pages_leave_the_results(client, backend, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", slug="s")
    assert search(client, "scenario").titles == ["Scenario planning"]
    guide.unpublish()
    assert search(client, "scenario").count == 0
    assert client.get("/en/search/suggest/", {"q": "scen"}).json()["suggestions"] == []
    guide.save_revision().publish()
    assert search(client, "scenario").count == 1
    pk = guide.pk
    guide.delete()
    assert search(client, "scenario").count == 0
    assert ranked(backend, "scenario") == []
    if hasattr(backend, "es"):
        index = backend.get_index_for_model(Page).name
        assert not backend.es.exists(index=index, id=str(pk))
    else:
        from search.backends.internals import index_entry_model

        assert not index_entry_model().objects.filter(object_id=str(pk)).exists()


@pytest.mark.parametrize("text", ['"', "*", "AND", ":", "x" * 1000, "🧭", "a:b OR (c", "l'", "the"])
def test_odd_text_never_errors(indexed, backend, text):
    query = parse(text)
    if query:
        ranked(backend, query.text)
        suggested(backend, query.text)


# A cluster that goes away, a rebuild while the site answers ------------------------------


class Relay:
    """A TCP relay on loopback to the cluster: closing it is the cluster going away."""

    def __init__(self, host, port):
        self.target = (host, port)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.open = []
        self.stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.stopped:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                try:
                    end.close()
                except OSError:
                    pass

    def stop(self):
        self.stopped = True
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
        except OSError:
            pass
        self.server.close()
        for end in self.open:
            try:
                end.shutdown(socket.SHUT_RDWR)
                end.close()
            except OSError:
                pass


def test_the_cluster_going_away_mid_run_is_said_and_similar_falls_back(client, settings, corpus):
    if not settings.SEARCH_URL:
        pytest.skip("SEARCH_URL is not set: no Elasticsearch/OpenSearch cluster to test against")
    from urllib.parse import urlparse

    url = urlparse(settings.SEARCH_URL)
    relay = Relay(url.hostname, url.port)
    try:
        config = _cluster_settings()
        config.update({"URLS": [f"http://127.0.0.1:{relay.port}"], "TIMEOUT": 3})
        settings.WAGTAILSEARCH_BACKENDS = {"default": config}
        call_command("update_index", verbosity=0)
        assert search(client, "workshop").titles[0] == "Strategy workshop with citizens"
        relay.stop()
        page = search(client, "strategy <workshop>")
        assert page.status == 503
        assert page.soup.select_one("#search-q")["value"] == "strategy <workshop>"
        assert client.get("/en/search/suggest/", {"q": "strat"}).status_code == 503
        response = client.get(corpus.workshop_guide.url)
        assert response.status_code == 200  # similar practices from shared taxonomies
        assert "Tartu health services" in response.content.decode()
    finally:
        relay.stop()


@pytest.mark.django_db(transaction=True)
def test_rebuilding_the_index_while_the_site_answers(client, backend, home):
    for n in range(30):
        StandardPageFactory(parent=home, title=f"Budget outlook {n}", slug=f"b-{n}")
    if hasattr(backend, "refresh_indexes"):
        backend.refresh_indexes()
    failures, done = [], threading.Event()

    def rebuild():
        try:
            call_command("update_index", verbosity=0)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(repr(error))
        finally:
            connections.close_all()  # this thread's own connection
            done.set()

    threading.Thread(target=rebuild).start()
    answers = 0
    while not done.is_set() or answers < 3:
        page = search(client, "budget outlook")
        if page.status != 200 or page.count != 30:
            failures.append((page.status, page.count))
        answers += 1
    assert failures == []
    assert search(client, "budget outlook").count == 30
