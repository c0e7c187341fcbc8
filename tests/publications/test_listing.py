"""The publication listing: facets with counts, combinations, sorting, paging, constant cost."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import ThemeFactory
from tests.listings import count_beside, queries_for, titles

from .factories import PersonFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(publications, hesselgreaves, french):
    learning = ThemeFactory(name="Learning partnerships", slug="learning-partnerships")
    strategy = ThemeFactory(name="Participative strategy", slug="participative-strategy")

    def make(title, kind, year, people, themes):
        page = PublicationPageFactory(
            parent=publications,
            title=title,
            publication_type=kind,
            publication_date=datetime.date(year, 6, 1),
            people=people,
        )
        page.themes = themes
        page.save_revision().publish()

    make("Alpha article", "journal_article", 2021, [hesselgreaves, french], [learning])
    make("Beta paper", "working_paper", 2022, [french], [learning, strategy])
    make("Gamma report", "report", 2022, [hesselgreaves], [strategy])
    make("Delta book", "book", 2023, [french], [])
    return publications


def test_lists_everything_newest_first(client, catalogue):
    response = client.get("/en/publications/")
    soup = BeautifulSoup(response.content, "html.parser")
    shown = [a.get_text() for a in soup.select(".card-title a")]
    assert shown[0] == "Delta book" and shown[-1] == "Alpha article"
    assert soup.select_one(".results-count").get_text() == "4 publications"


def test_facets_filter_and_count(client, catalogue):
    response = client.get("/en/publications/?type=working_paper&type=report")
    assert titles(response) == ["Beta paper", "Gamma report"]
    # Other facets count within the chosen types; the type facet counts as if unchosen.
    assert count_beside(response, "type", "book") == 1
    assert count_beside(response, "year", "2022") == 2
    assert count_beside(response, "author", "max-french") == 1
    assert count_beside(response, "theme", "participative-strategy") == 2

    response = client.get(
        "/en/publications/?author=hannah-hesselgreaves&theme=learning-partnerships"
    )
    assert titles(response) == ["Alpha article"]
    response = client.get("/en/publications/?year=2022&author=max-french")
    assert titles(response) == ["Beta paper"]
    assert count_beside(response, "year", "2023") == 1


def test_author_facet_and_multiple_values(client, catalogue):
    response = client.get("/en/publications/?author=hannah-hesselgreaves&author=max-french")
    assert len(titles(response)) == 4
    assert count_beside(response, "author", "hannah-hesselgreaves") == 2
    assert count_beside(response, "author", "max-french") == 3


def test_sort_oldest_and_title(client, catalogue):
    soup = BeautifulSoup(client.get("/en/publications/?sort=oldest").content, "html.parser")
    assert soup.select_one(".card-title a").get_text() == "Alpha article"
    soup = BeautifulSoup(client.get("/en/publications/?sort=title").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card-title a")] == [
        "Alpha article",
        "Beta paper",
        "Delta book",
        "Gamma report",
    ]


def test_unknown_values_give_a_notice_not_an_error(client, catalogue):
    response = client.get("/en/publications/?type=novel&year=abc")
    assert response.status_code == 200
    assert titles(response) == []
    assert b"not known" in response.content


def test_paginates(client, catalogue, settings):
    settings.PUBLICATIONS_PAGE_SIZE = 3
    first = client.get("/en/publications/")
    assert len(titles(first)) == 3
    second = client.get("/en/publications/?page=2")
    assert len(titles(second)) == 1
    assert b'rel="next"' in first.content


def add_publications(publications, n, start=0):
    themes = [ThemeFactory(name=f"Theme {i}", slug=f"t-{i}") for i in range(3)]
    kinds = ["journal_article", "report", "book", "working_paper"]
    for i in range(start, start + n):
        people = [PersonFactory() for _ in range(1 + i % 3)]
        page = PublicationPageFactory(
            parent=publications,
            title=f"Publication {i}",
            publication_type=kinds[i % 4],
            publication_date=datetime.date(2015 + i % 8, 1 + i % 12, 1),
        )
        page.authors = [
            page.authors.model(person=person, sort_order=k) for k, person in enumerate(people)
        ]
        page.themes = themes[: 1 + i % 3]
        page.keywords.add(f"keyword {i % 5}")
        page.save()  # live already; saving commits the authors, themes and keywords


def test_listing_query_count_is_constant(client, publications, settings):
    settings.PUBLICATIONS_PAGE_SIZE = 100
    urls = ["/en/publications/", "/en/publications/?type=report&theme=t-0&author=person-1"]
    add_publications(publications, 5)
    few = [queries_for(client, url) for url in urls]
    add_publications(publications, 45, start=5)
    many = [queries_for(client, url) for url in urls]
    assert few == many, f"{few} queries with 5 publications and their authors, {many} with 50"


def test_person_page_query_count_is_constant(client, publications, settings):
    person = PersonFactory(slug="prolific")
    add_publications(publications, 3)
    for page in publications.get_children().specific()[:3]:
        page.authors.add(page.authors.model(person=person, sort_order=9))
        page.save()
    few = queries_for(client, "/en/publications/people/prolific/")
    add_publications(publications, 12, start=3)
    for page in publications.get_children().specific()[3:]:
        page.authors.add(page.authors.model(person=person, sort_order=9))
        page.save()
    assert queries_for(client, "/en/publications/people/prolific/") == few
