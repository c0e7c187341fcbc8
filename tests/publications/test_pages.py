"""Publication pages: Google Scholar's citation tags, JSON-LD, OpenGraph, Cite this, validation."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from publications.models import PublicationType

from .factories import PersonFactory, PublicationPageFactory, publish_with

pytestmark = pytest.mark.django_db


def meta(soup, name):
    return [m["content"] for m in soup.find_all("meta", attrs={"name": name})]


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def article(publications, hesselgreaves, french):
    page = PublicationPageFactory(
        parent=publications,
        title="New development: The emerging role of a 'learning partner' relationship",
        slug="learning-partner",
        doi="10.1080/09540962.2021.1909274",
        issn="0954-0962",
        online_date=datetime.date(2021, 4, 20),
        people=[hesselgreaves, french],
    )
    return publish_with(page, keywords=["action research", "systems"])


def test_journal_article_citation_tags(client, article):
    soup = get_soup(client, article.url)
    assert meta(soup, "citation_title") == [article.title]
    assert meta(soup, "citation_author") == ["Hesselgreaves, Hannah", "French, Max"]
    assert meta(soup, "citation_publication_date") == ["2021/11/17"]
    assert meta(soup, "citation_online_date") == ["2021/04/20"]
    assert meta(soup, "citation_journal_title") == ["Public Money & Management"]
    assert meta(soup, "citation_volume") == ["41"]
    assert meta(soup, "citation_issue") == ["8"]
    assert meta(soup, "citation_firstpage") == ["672"]
    assert meta(soup, "citation_lastpage") == ["675"]
    assert meta(soup, "citation_issn") == ["0954-0962"]
    assert meta(soup, "citation_doi") == ["10.1080/09540962.2021.1909274"]
    assert meta(soup, "citation_pdf_url") == []
    assert (
        soup.find("link", rel="canonical")["href"]
        == "http://testserver/en/publications/learning-partner/"
    )
    assert soup.find("meta", property="og:title")["content"] == article.title
    assert soup.find("meta", property="og:url")["content"].endswith("/learning-partner/")


def test_json_ld_describes_the_article(client, article):
    soup = get_soup(client, article.url)
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "ScholarlyArticle"
    assert [a["familyName"] for a in data["author"]] == ["Hesselgreaves", "French"]
    assert data["identifier"]["value"] == "10.1080/09540962.2021.1909274"
    issue = data["isPartOf"]
    assert issue["issueNumber"] == "8"
    assert issue["isPartOf"]["volumeNumber"] == "41"
    assert issue["isPartOf"]["isPartOf"]["issn"] == "0954-0962"


@pytest.mark.parametrize(
    "kind, container_tag, schema_type",
    [
        (PublicationType.JOURNAL_ARTICLE, "citation_journal_title", "ScholarlyArticle"),
        (PublicationType.CONFERENCE_PAPER, "citation_conference_title", "ScholarlyArticle"),
        (PublicationType.BOOK_CHAPTER, "citation_inbook_title", "Chapter"),
        (PublicationType.WORKING_PAPER, "citation_series_title", "Report"),
        (PublicationType.POLICY_BRIEF, "citation_series_title", "Report"),
        (PublicationType.REPORT, "citation_series_title", "Report"),
        (PublicationType.BOOK, "citation_series_title", "Book"),
    ],
)
def test_citation_tags_for_each_type(
    client, publications, hesselgreaves, kind, container_tag, schema_type
):
    page = PublicationPageFactory(
        parent=publications,
        publication_type=kind,
        container_title="Container",
        institution="King's College London",
        report_number="WP 2022/01",
        isbn="978-3-16-148410-0" if kind in ("book", "book_chapter") else "",
        people=[hesselgreaves],
    )
    soup = get_soup(client, page.url)
    assert meta(soup, "citation_title") == [page.title]
    assert meta(soup, "citation_author") == ["Hesselgreaves, Hannah"]
    assert meta(soup, "citation_publication_date") == ["2021/11/17"]
    assert meta(soup, container_tag) == ["Container"]
    if page.is_report:
        assert meta(soup, "citation_technical_report_institution") == ["King's College London"]
        assert meta(soup, "citation_technical_report_number") == ["WP 2022/01"]
    else:
        assert meta(soup, "citation_technical_report_number") == []
    if kind in ("book", "book_chapter"):
        assert meta(soup, "citation_isbn") == ["978-3-16-148410-0"]
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == schema_type


def test_pdf_url_is_absolute(client, publications, hesselgreaves):
    document = get_document_model().objects.create(
        title="Full text", file=ContentFile(b"%PDF-1.4 test", name="full-text.pdf")
    )
    page = PublicationPageFactory(parent=publications, pdf=document, people=[hesselgreaves])
    soup = get_soup(client, page.url)
    [url] = meta(soup, "citation_pdf_url")
    assert url == f"http://testserver{document.url}"


def test_cite_this_shows_apa_and_harvard(client, article):
    soup = get_soup(client, article.url)
    citations = [p.get_text() for p in soup.select(".cite .citation")]
    assert len(citations) == 2
    apa, harvard = citations
    assert apa.startswith("Hesselgreaves, H., & French, M. (2021).")
    assert "Public Money & Management, 41(8), 672–675" in apa
    assert "https://doi.org/10.1080/09540962.2021.1909274" in apa
    assert harvard.startswith("Hesselgreaves, H. and French, M. (2021)")


def test_authors_link_to_their_page(client, article, hesselgreaves):
    soup = get_soup(client, article.url)
    link = soup.select_one(".authors a")
    assert link["href"] == "/en/publications/people/hannah-hesselgreaves/"
    person = get_soup(client, link["href"])
    assert person.h1.get_text() == "Hannah Hesselgreaves"
    assert article.title in [a.get_text() for a in person.select(".card-title a")]


def test_unknown_person_is_404(client, publications):
    assert client.get("/en/publications/people/nobody/").status_code == 404


@pytest.mark.parametrize(
    "value, ok",
    [
        ("10.1080/09540962.2021.1909274", True),
        ("https://doi.org/10.1080/09540962.2021.1909274", True),
        ("doi:10.1000/xyz123", True),
        ("10.10/short", False),
        ("not a doi", False),
    ],
)
def test_doi_is_validated_beside_the_field(publications, value, ok):
    from django.core.exceptions import ValidationError

    page = PublicationPageFactory.build(doi=value)
    try:
        page.full_clean(exclude=["path", "depth", "url_path", "slug"])
    except ValidationError as error:
        assert not ok and "doi" in error.message_dict
    else:
        assert ok
        assert page.doi.startswith("10.")


@pytest.mark.parametrize(
    "value, error_code",
    [
        ("0000-0002-1825-0097", None),
        ("https://orcid.org/0000-0002-1825-0097", None),
        ("0000-0002-1694-233X", None),
        ("0000-0002-1825-0098", "orcid_checksum"),
        ("0000-0002-1825", "invalid_orcid"),
    ],
)
def test_orcid_is_validated_with_its_checksum(db, value, error_code):
    from django.core.exceptions import ValidationError

    person = PersonFactory.build(orcid=value)
    try:
        person.full_clean()
    except ValidationError as error:
        assert error_code and "orcid" in error.error_dict
        assert error.error_dict["orcid"][0].code == error_code
    else:
        assert error_code is None
        assert person.orcid == "0000-0002-1825-0097" or person.orcid.endswith("X")


def test_admin_shows_a_bad_doi_beside_the_field(admin_client, publications, hesselgreaves):
    page = PublicationPageFactory(parent=publications, people=[hesselgreaves])
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    # Post the edit form with a broken DOI, keeping everything else as it is.
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    post = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "publication_type": page.publication_type,
            "abstract": page.abstract,
            "publication_date": "2021-11-17",
            "doi": "12.345/not-a-doi",
            "licence": "",
            "authors": inline_formset([{"person": hesselgreaves.pk}]),
            "related_entries": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", post)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "doi" in errors
    assert "10." in errors["doi"][0]
    assert response.context["form"]["abstract"].value() == page.abstract
