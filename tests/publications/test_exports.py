"""BibTeX, RIS and CSL-JSON downloads read back, through their own parsers, to the same fields."""

import datetime
import json

import bibtexparser
import pytest
import rispy
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode

from .factories import PersonFactory, PublicationPageFactory, publish_with

pytestmark = pytest.mark.django_db


def parse_bibtex(text):
    parser = BibTexParser(common_strings=True)
    parser.customization = convert_to_unicode
    return bibtexparser.loads(text, parser).entries


@pytest.fixture
def article(publications, hesselgreaves, french):
    page = PublicationPageFactory(
        parent=publications,
        title="New development: The emerging role of a 'learning partner' relationship",
        slug="learning-partner",
        doi="10.1080/09540962.2021.1909274",
        issn="0954-0962",
        abstract="Learning partnerships: 50% more & better_learning, $0 #1 ~ café.",
        people=[hesselgreaves, french],
    )
    return publish_with(page, keywords=["action research", "systems"])


@pytest.fixture
def report(publications, french):
    return PublicationPageFactory(
        parent=publications,
        title="Measuring the impact of development work",
        slug="measuring-impact",
        publication_type="working_paper",
        container_title="Praxis Working Papers",
        volume="",
        issue="",
        first_page="",
        last_page="",
        publisher="",
        institution="King's College London",
        report_number="WP 2022/04",
        publication_date=datetime.date(2022, 11, 15),
        people=[french],
    )


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return response.content.decode()


def test_bibtex_round_trip(client, article):
    [entry] = parse_bibtex(download(client, article.url + "cite/bib/"))
    assert entry["ENTRYTYPE"] == "article"
    assert entry["title"] == article.title
    assert entry["author"] == "Hesselgreaves, Hannah and French, Max"
    assert entry["journal"] == "Public Money & Management"
    assert (entry["year"], entry["volume"], entry["number"]) == ("2021", "41", "8")
    assert entry["pages"] == "672--675"
    assert entry["doi"] == "10.1080/09540962.2021.1909274"
    assert entry["issn"] == "0954-0962"
    assert entry["abstract"] == article.abstract
    assert entry["keywords"] == "action research, systems"
    assert entry["url"] == "http://testserver/en/publications/learning-partner/"


def test_bibtex_of_a_working_paper(client, report):
    [entry] = parse_bibtex(download(client, report.url + "cite/bib/"))
    assert entry["ENTRYTYPE"] == "techreport"
    assert entry["institution"] == "King's College London"
    assert entry["number"] == "WP 2022/04"
    assert entry["type"] == "Working paper"


def test_ris_round_trip(client, article):
    [entry] = rispy.loads(download(client, article.url + "cite/ris/"))
    assert entry["type_of_reference"] == "JOUR"
    assert entry["title"] == article.title
    assert entry["authors"] == ["Hesselgreaves, Hannah", "French, Max"]
    assert entry["secondary_title"] == "Public Money & Management"
    assert (entry["volume"], entry["number"]) == ("41", "8")
    assert (entry["start_page"], entry["end_page"]) == ("672", "675")
    assert entry["year"] == "2021"
    assert entry["date"] == "2021/11/17/"  # RIS: YYYY/MM/DD/other
    assert entry["doi"] == "10.1080/09540962.2021.1909274"
    assert entry["issn"] == "0954-0962"
    assert entry["keywords"] == ["action research", "systems"]
    assert entry["abstract"] == article.abstract


def test_csl_json_round_trip(client, article):
    [item] = json.loads(download(client, article.url + "cite/json/"))
    assert item["type"] == "article-journal"
    assert item["title"] == article.title
    assert item["author"] == [
        {"family": "Hesselgreaves", "given": "Hannah"},
        {"family": "French", "given": "Max"},
    ]
    assert item["container-title"] == "Public Money & Management"
    assert item["issued"] == {"date-parts": [[2021, 11, 17]]}
    assert (item["volume"], item["issue"], item["page"]) == ("41", "8", "672-675")
    assert item["DOI"] == "10.1080/09540962.2021.1909274"


def test_whole_filtered_list_downloads(client, publications, article, report):
    entries = parse_bibtex(download(client, "/en/publications/export/bib/"))
    assert sorted(e["title"] for e in entries) == sorted([article.title, report.title])
    entries = rispy.loads(download(client, "/en/publications/export/ris/?type=working_paper"))
    assert [e["title"] for e in entries] == [report.title]
    assert [e["type_of_reference"] for e in entries] == ["RPRT"]
    items = json.loads(download(client, "/en/publications/export/json/?type=journal_article"))
    assert [i["title"] for i in items] == [article.title]


def test_same_first_author_and_year_get_distinct_keys(client, publications):
    person = PersonFactory(family_name="Lowe", given_name="Toby")
    for title in ("Systems thinking in practice", "Systems change and funding"):
        PublicationPageFactory(parent=publications, title=title, people=[person])
    entries = parse_bibtex(download(client, "/en/publications/export/bib/"))
    assert len({e["ID"] for e in entries}) == 2


def test_unknown_format_is_404(client, article):
    assert client.get(article.url + "cite/docx/").status_code == 404
    assert client.get("/en/publications/export/pdf/").status_code == 404
