"""The search page: relevance, facets and counts, extracts, pagination, odd input."""

import pytest

from tests.factories import PracticeGuidePageFactory, StandardPageFactory

from .helpers import search

pytestmark = pytest.mark.django_db


def test_title_and_summary_matches_rank_above_body_matches(client, corpus):
    page = search(client, "workshop")
    assert page.status == 200
    assert page.titles[0] == "Strategy workshop with citizens"
    assert set(page.titles) == {
        "Strategy workshop with citizens",
        "Action learning sets",
        "Tartu health services",
    }
    assert page.titles.index("Tartu health services") > 0


def test_a_question_in_plain_words_finds_the_guide(client, corpus):
    page = search(client, "How do I run a strategy workshop with citizens?")
    assert page.status == 200
    assert page.titles[0] == "Strategy workshop with citizens"


def test_when_no_page_has_every_word_pages_with_some_of_them_are_shown(client, corpus):
    page = search(client, "strategy workshop zeppelin")
    assert page.titles[0] == "Strategy workshop with citizens"
    assert "contain some of them" in page.text()


def test_every_kind_is_searched(client, corpus):
    assert search(client, "learning partnerships").titles[0] == (
        "Learning partnerships in public services"
    )
    assert search(client, "Lisbon").titles == ["Conference in Lisbon announced"]
    assert search(client, "Praxis who we are").titles == ["About Praxis"]


def test_each_result_shows_kind_date_language_and_a_highlighted_extract(client, corpus):
    page = search(client, "Lisbon")
    result = page.soup.select_one(".search-result")
    meta = result.select_one(".meta").get_text(" ", strip=True)
    assert "News" in meta and "English" in meta
    assert result.select_one("time")["datetime"] == "2024-05-01"
    assert [m.get_text() for m in result.select(".extract mark")] == ["Lisbon"]
    publication = search(client, "partnerships").soup.select_one(".search-result time")
    assert publication["datetime"] == "2021-11-17"


def test_extracts_escape_markup_from_content_and_query(client, corpus):
    PracticeGuidePageFactory(
        parent=corpus.sourcebook,
        title="Facilitation kit",
        summary='<script>alert("x")</script> <b>Facilitation</b> for <img src=x onerror=y>',
    )
    page = search(client, "<b>facilitation</b> <script>")
    assert page.status == 200
    extract = page.soup.select_one(".search-results .extract")
    assert extract.find("script") is None and extract.find("b") is None
    assert extract.find("img") is None
    assert "<script>alert" not in page.html
    assert "&lt;<mark>script</mark>&gt;" in str(extract)
    marked = [m.get_text().lower() for m in extract.select("mark")]
    assert "facilitation" in marked and set(marked) <= {"facilitation", "script", "b"}


@pytest.mark.parametrize(
    "query",
    [
        "x" * 1000,
        "workshop " * 200,
        '"',
        '"strategy workshop',
        "*",
        "work*",
        "AND",
        "strategy AND OR NOT workshop",
        ":",
        "title:workshop",
        "(((",
        "-workshop",
        "%",
        "50% \\ ' ; DROP TABLE",
        "NEAR(strategy workshop)",
        "🧭 ∑ Ω≈ç√ \u200b\u202e\ufeff",
        "\x00\x01\x1f",
        "work\x00shop",
        "ｗｏｒｋｓｈｏｐ",
        "İstanbul ß ǅ",
        "日本語の検索",
        "^~`!@#$&|{}[]<>?/",
    ],
)
def test_hostile_queries_never_error(client, corpus, query):
    page = search(client, query)
    assert page.status == 200
    assert page.soup.select_one(".results-count") is not None
    suggest = client.get("/en/search/suggest/", {"q": query})
    assert suggest.status_code == 200
    assert "suggestions" in suggest.json()


@pytest.mark.parametrize("year", ["²²²²", "١٢٣٤", "20245", "year"])
def test_a_year_that_is_not_four_ascii_digits_is_an_unknown_value(client, corpus, year):
    page = search(client, "workshop", year=year)
    assert page.status == 200
    assert page.count == 0 and year in page.html


def test_fullwidth_letters_are_the_same_word(client, corpus):
    assert "Strategy workshop with citizens" in search(client, "ｗｏｒｋｓｈｏｐ").titles


def test_empty_query_shows_facets_over_everything(client, corpus):
    page = search(client)
    assert page.status == 200
    assert page.count == 6
    assert page.facet("kind") == {"guide": 2, "case": 1, "publication": 1, "news": 1, "page": 1}
    assert page.facet("theme") == {"participation": 2, "leadership": 2}
    assert page.facet("year")["2021"] == 1 and page.facet("year")["2024"] == 1


def test_choosing_a_facet_narrows_results_and_the_other_counts_follow(client, corpus):
    page = search(client, "workshop", kind="case")
    assert page.titles == ["Tartu health services"]
    # The kind counts still show what each kind would give; the others follow the choice.
    assert page.facet("kind") == {"guide": 2, "case": 1}
    assert page.facet("theme") == {"participation": 1}
    assert page.facet("country") == {"EE": 1}
    # Kept in the URL: the facet form carries the query, pagination carries both.
    assert page.soup.select_one('.filters input[name="q"]')["value"] == "workshop"
    assert page.soup.select_one('.filters input[name="kind"][value="case"]').has_attr("checked")


def test_facets_combine_and_values_of_one_facet_are_alternatives(client, corpus):
    both = search(client, kind=["guide", "publication"])
    assert both.count == 3
    narrowed = search(client, kind=["guide", "publication"], theme="leadership")
    assert set(narrowed.titles) == {
        "Action learning sets",
        "Learning partnerships in public services",
    }
    assert search(client, year="2024").titles == ["Conference in Lisbon announced"]
    assert search(client, country="EE", sector="health").titles == ["Tartu health services"]
    assert search(client, intervention="od-facilitation").titles == [
        "Strategy workshop with citizens"
    ]


@pytest.mark.parametrize("query", ["", "workshop", "learning"])
def test_every_count_matches_the_results_it_leads_to(client, corpus, query):
    page = search(client, query)
    for name in ("kind", "theme", "country", "sector", "intervention", "year"):
        for value, count in page.facet(name).items():
            assert search(client, query, **{name: value}).count == count, (name, value)


def test_no_results_suggests_removing_a_filter(client, corpus):
    page = search(client, "Lisbon", kind="guide")
    assert page.count == 0
    assert "Try removing a filter" in page.text()
    links = [a["href"] for a in page.soup.select(".empty a")]
    assert links == ["?q=Lisbon"]
    assert search(client, "Lisbon").count == 1


def test_nothing_found_says_so(client, corpus):
    page = search(client, "zeppelin")
    assert page.count == 0
    assert "Nothing matches these words" in page.text()


def test_unknown_filter_values_give_a_notice_not_an_error(client, corpus):
    page = search(client, "workshop", theme="no-such-theme", year="nineteen")
    assert page.status == 200
    assert page.count == 0
    assert "theme=no-such-theme" in page.text()


def test_results_are_paginated_with_the_query_and_filters_kept(client, corpus):
    for n in range(13):
        StandardPageFactory(parent=corpus.home, title=f"Meeting notes {n}", slug=f"notes-{n}")
    first = search(client, "meeting notes", kind="page")
    assert first.count == 13 and len(first.titles) == 10
    next_link = first.soup.select_one('.pagination a[rel="next"]')["href"]
    assert "q=meeting+notes" in next_link and "kind=page" in next_link
    second = client.get("/en/search/" + next_link)
    assert second.status_code == 200
    assert second.content.decode().count('class="search-result"') == 3
    assert search(client, "meeting notes", page="999").status == 200


def test_header_search_box_works_without_javascript(client, corpus):
    home = client.get("/en/").content.decode()
    assert 'role="search"' in home and 'action="/en/search/"' in home
    assert 'for="site-search-q"' in home


def test_the_number_of_queries_does_not_grow_with_the_results(client, corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(**params):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/en/search/", params).status_code == 200
        return len(ctx.captured_queries)

    def add_pages(start, count):
        for n in range(start, start + count):
            StandardPageFactory(parent=corpus.home, title=f"Meeting notes {n}", slug=f"m-{n}")

    searches = [{"q": "notes"}, {"kind": "page"}, {"q": "notes", "kind": "page", "year": "2026"}]
    add_pages(0, 12)
    for params in searches:
        queries(**params)  # the first visit fills per-process caches (content types)
    before = [queries(**params) for params in searches]
    add_pages(12, 30)
    for params in searches:
        queries(**params)  # publishing moved the content version on: kept chrome is rebuilt
    assert [queries(**params) for params in searches] == before


def test_more_matches_than_are_ranked_says_so(client, corpus, monkeypatch):
    from search.backends import base

    monkeypatch.setattr(base, "MAX_MATCHES", 2)
    page = search(client, "workshop")
    assert page.status == 200
    assert "More than 2 results" in page.soup.select_one(".results-count").get_text()
    assert len(page.titles) == 2


@pytest.mark.parametrize("engine", ["elasticsearch8", "opensearch2"])
def test_when_the_search_cluster_is_down_visitors_are_told_and_their_words_kept(
    client, corpus, settings, engine, caplog
):
    # A cluster configured at an address where nothing listens (this machine's loopback).
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"search.backends.{engine}",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "praxis-unreachable-",
            "TIMEOUT": 2,
        }
    }
    page = search(client, "strategy <workshop>")
    assert page.status == 503
    assert "not available at the moment" in page.text()
    assert page.soup.select_one("#search-q")["value"] == "strategy <workshop>"
    assert "The search cluster did not answer" in caplog.text
    response = client.get("/en/search/suggest/", {"q": "strat"})
    assert response.status_code == 503
    assert response.json()["suggestions"] == []
