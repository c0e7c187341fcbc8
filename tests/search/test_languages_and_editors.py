"""Per-language results, autocomplete, promotions and the searches that found nothing."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.demo import translate
from search.models import UnansweredSearch
from tests.factories import UserFactory

from .helpers import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def french(corpus):
    translate(corpus.home, "fr", {"Praxis": "Praxis"})
    translate(corpus.sourcebook, "fr", {"Practice Sourcebook": "Recueil de pratiques"})
    guide = translate(
        corpus.workshop_guide,
        "fr",
        {
            "Strategy workshop with citizens": "Atelier de stratégie avec les citoyens",
            "Run a strategy workshop where citizens and staff plan together.": (
                "Un atelier où citoyens et agents planifient ensemble."
            ),
        },
    )
    return guide


def test_each_language_searches_its_own_pages(client, french):
    fr = search(client, "atelier", lang="fr")
    assert fr.titles == ["Atelier de stratégie avec les citoyens"]
    assert '<html lang="fr">' in fr.html
    assert search(client, "atelier", lang="en").count == 0
    # The English original is not listed twice in French; the translation stands for it.
    assert "Strategy workshop with citizens" not in search(client, "workshop", lang="fr").titles


def test_untranslated_guides_are_found_in_the_default_language_and_marked(client, french):
    page = search(client, "learning sets", lang="fr")
    assert page.titles == ["Action learning sets"]
    article = page.soup.select_one(".search-result article")
    assert article["lang"] == "en"
    assert "English" in article.select_one(".meta").get_text()
    # News and standard pages are searched in their own language only.
    assert search(client, "Lisbon", lang="fr").count == 0


def test_suggestions_are_titles_and_urls_of_the_current_language(client, french):
    response = client.get("/fr/search/suggest/", {"q": "atel"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert [(s["title"], s["url"]) for s in data["suggestions"]] == [
        ("Atelier de stratégie avec les citoyens", "/fr/sourcebook/strategy-workshop/")
    ]
    assert data["status"]
    english = client.get("/en/search/suggest/", {"q": "strat"}).json()["suggestions"]
    assert [s["title"] for s in english] == ["Strategy workshop with citizens"]
    assert client.get("/en/search/suggest/", {"q": "s"}).json()["suggestions"] == []
    assert "private" in response["Cache-Control"]


def test_editors_promotions_come_first(client, corpus):
    query = Query.get("workshop")
    SearchPromotion.objects.create(query=query, page=corpus.publication, sort_order=0)
    page = search(client, "Workshop")
    promoted = [a.get_text() for a in page.soup.select(".promoted .result-title a")]
    assert promoted == ["Learning partnerships in public services"]
    assert page.soup.select_one(".promoted") is not None
    position = page.html.index("promoted-heading")
    assert position < page.html.index("Strategy workshop with citizens")


def test_searches_that_found_nothing_are_counted_without_who_asked(client, corpus):
    client.force_login(UserFactory())
    search(client, "zeppelin")
    search(client, "Zeppelin ")
    search(client, "workshop")
    rows = list(UnansweredSearch.objects.values())
    assert [(r["query_string"], r["language_code"], r["hits"]) for r in rows] == [
        ("zeppelin", "en", 2)
    ]
    assert set(rows[0]) == {"id", "query_string", "language_code", "date", "hits"}
    assert Query.get("workshop").hits == 1


def test_editors_see_the_report(client, corpus):
    search(client, "zeppelin")
    editor = UserFactory(is_staff=False)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get("/admin/reports/unanswered-searches/")
    assert response.status_code == 200
    assert "zeppelin" in response.content.decode()
    client.logout()
    assert client.get("/admin/reports/unanswered-searches/").status_code == 302
