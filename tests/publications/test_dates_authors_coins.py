"""A year-only date stays a year everywhere; authors created in the chooser, each once; COinS.

A book of 2021 is "2021" on its page and in every channel that describes it
(Google Scholar's tags, CSL-JSON, BibTeX, RIS, OAI-PMH), never 1 January 2021.
"""

import datetime
import json
import re
from urllib.parse import parse_qs, parse_qsl

import pytest
import rispy
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from lxml import etree
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from publications.models import Person, PublicationPage
from tests.factories import UserFactory

from .factories import PersonFactory, PublicationPageFactory, publish_with
from .test_exports import parse_bibtex

pytestmark = pytest.mark.django_db


@pytest.fixture
def book(publications, hesselgreaves, french):
    page = PublicationPageFactory(
        parent=publications,
        title="Learning Partnerships in Public Services",
        slug="learning-partnerships",
        publication_type="book",
        container_title="",
        volume="",
        issue="",
        first_page="",
        last_page="",
        isbn="978-3-16-148410-0",
        publication_date=datetime.date(2021, 1, 1),
        people=[hesselgreaves, french],
    )
    return publish_with(page, publication_date_precision="year")


@pytest.fixture
def editor(client):
    user = UserFactory(email="comms@example.org")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return user


def test_a_year_only_date_is_a_year_on_the_page_and_in_its_tags(client, book):
    soup = BeautifulSoup(client.get(book.url).content, "html.parser")
    published = soup.find("dt", string="Published").find_next_sibling("dd")
    assert published.get_text(strip=True) == "2021"
    assert published.time["datetime"] == "2021"
    assert "January" not in soup.get_text()
    tag = soup.find("meta", attrs={"name": "citation_publication_date"})
    assert tag["content"] == "2021"
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["datePublished"] == "2021"


def test_a_year_only_date_is_a_year_in_every_export(client, book):
    csl = json.loads(client.get(book.url + "cite/json/").content)
    assert csl[0]["issued"] == {"date-parts": [[2021]]}
    (entry,) = parse_bibtex(client.get(book.url + "cite/bib/").content.decode())
    assert entry["year"] == "2021" and entry["date"] == "2021" and "month" not in entry
    (ris,) = rispy.loads(client.get(book.url + "cite/ris/").content.decode())
    assert ris["year"] == "2021" and ris["date"] == "2021///"
    response = client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    tree = etree.fromstring(response.content)
    dates = tree.xpath("//dc:date/text()", namespaces={"dc": "http://purl.org/dc/elements/1.1/"})
    assert dates == ["2021"]


def test_a_month_and_a_day_are_kept_as_precise_as_given(client, book):
    publish_with(
        book, publication_date=datetime.date(2021, 11, 1), publication_date_precision="month"
    )
    soup = BeautifulSoup(client.get(book.url).content, "html.parser")
    assert soup.find("dt", string="Published").find_next_sibling("dd").get_text(strip=True) == (
        "November 2021"
    )
    assert soup.find("meta", attrs={"name": "citation_publication_date"})["content"] == "2021/11"
    csl = json.loads(client.get(book.url + "cite/json/").content)
    assert csl[0]["issued"] == {"date-parts": [[2021, 11]]}
    publish_with(
        book, publication_date=datetime.date(2021, 11, 17), publication_date_precision="day"
    )
    (ris,) = rispy.loads(client.get(book.url + "cite/ris/").content.decode())
    assert ris["date"] == "2021/11/17/"


def edit_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "publication_type": page.publication_type,
        "abstract": page.abstract,
        "publication_date": "2021",
        "licence": "",
        "keywords": "",
        "authors": inline_formset(
            [{"person": p.pk, "id": ""} for p in page.author_people], initial=0
        ),
        "related_entries": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def test_editors_type_a_year_a_month_or_a_day(client, editor, book):
    url = f"/admin/pages/{book.pk}/edit/"
    field = BeautifulSoup(client.get(url).content, "html.parser").select_one(
        'input[name="publication_date"]'
    )
    assert field["value"] == "2021"
    response = client.post(url, edit_form(book, publication_date="2019-06"))
    assert response.status_code == 302, response.context["form"].errors
    draft = PublicationPage.objects.get(pk=book.pk).get_latest_revision_as_object()
    assert draft.publication_date == datetime.date(2019, 6, 1)
    assert draft.publication_date_precision == "month"

    response = client.post(url, edit_form(book, publication_date="June 2019"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one('input[name="publication_date"]')
    assert field["value"] == "June 2019"  # what they typed, kept
    assert "Enter a year (2021), a month (2021-11) or a day (2021-11-17)." in soup.get_text()


def test_the_same_author_cannot_be_added_twice(client, editor, book, hesselgreaves):
    url = f"/admin/pages/{book.pk}/edit/"
    twice = inline_formset(
        [{"person": hesselgreaves.pk, "id": ""}, {"person": hesselgreaves.pk, "id": ""}],
        initial=0,
    )
    response = client.post(url, edit_form(book, authors=twice))
    assert response.status_code == 200
    assert "This person is already one of the authors." in response.content.decode()
    assert [p.pk for p in PublicationPage.objects.get(pk=book.pk).author_people] != [
        hesselgreaves.pk,
        hesselgreaves.pk,
    ]


def test_an_author_can_be_created_in_the_person_chooser(client, editor, book):
    chooser = client.get("/admin/snippets/choose/publications/person/")
    assert chooser.status_code == 200
    html = json.loads(chooser.content)["html"]
    assert "New person" in html and 'name="family_name"' in html
    response = client.post(
        "/admin/snippets/choose/publications/person/create/",
        {"given_name": "Toby", "family_name": "Lowe", "orcid": "", "affiliation": "CPI"},
    )
    assert response.status_code == 200
    result = json.loads(response.content)
    assert result["step"] == "chosen"
    person = Person.objects.get(family_name="Lowe")
    assert result["result"]["id"] == str(person.pk)
    assert person.slug == "toby-lowe" and person.locale.language_code == "en"


def test_a_year_only_bibtex_entry_imports_as_a_year(client, editor, publications):
    text = "@book{x2020, author = {Carberry, Josiah}, title = {A book}, year = {2020}}"
    preview = client.post(
        "/admin/publications/import/",
        {"file": SimpleUploadedFile("a.bib", text.encode()), "parent": publications.pk},
    )
    form = preview.context["confirm_form"]
    client.post(
        "/admin/publications/import/",
        {"payload": form["payload"].value(), "parent": publications.pk, "selected": ["1"]},
    )
    page = PublicationPage.objects.get(title="A book")
    assert page.publication_date_precision == "year" and page.publication_date_iso == "2020"


def test_the_listing_offers_every_item_to_reference_managers(client, book, publications):
    other = PersonFactory(given_name="Amy", family_name="Wheatman", slug="amy-wheatman")
    PublicationPageFactory(
        parent=publications,
        title="New development: learning partners",
        doi="10.1080/09540962.2021.1909274",
        issn="0954-0962",
        publication_date=datetime.date(2021, 11, 17),
        people=[other],
    )
    soup = BeautifulSoup(client.get(publications.url).content, "html.parser")
    spans = soup.select("span.Z3988")
    assert len(spans) == len(soup.select(".publication-card")) == 2
    items = {}
    for span in spans:
        assert not span.get_text(strip=True)
        fields = parse_qs(span["title"])
        assert fields["ctx_ver"] == ["Z39.88-2004"]
        items[(fields.get("rft.atitle") or fields["rft.btitle"])[0]] = (
            fields,
            parse_qsl(span["title"]),
        )
    article, pairs = items["New development: learning partners"]
    assert article["rft_val_fmt"] == ["info:ofi/fmt:kev:mtx:journal"]
    assert article["rft.genre"] == ["article"]
    assert article["rft.jtitle"] == ["Public Money & Management"]
    assert article["rft.date"] == ["2021-11-17"]
    assert article["rft.aulast"] == ["Wheatman"] and article["rft.au"] == ["Wheatman, Amy"]
    assert "info:doi/10.1080/09540962.2021.1909274" in article["rft_id"]
    assert article["rft.spage"] == ["672"] and article["rft.issn"] == ["0954-0962"]
    book_fields, _pairs = items["Learning Partnerships in Public Services"]
    assert book_fields["rft.genre"] == ["book"] and book_fields["rft.date"] == ["2021"]
    assert book_fields["rft.au"] == ["Hesselgreaves, Hannah", "French, Max"]
    assert book_fields["rft.isbn"] == ["978-3-16-148410-0"]
    assert any(re.match(r"https?://testserver/en/publications/", v) for v in book_fields["rft_id"])


def test_alt_text_is_asked_once(client, editor, news):
    """Not on upload (the image's own description) and again on the news item: only there."""
    editor.is_superuser = True
    editor.save()
    upload = BeautifulSoup(client.get("/admin/images/add/").content, "html.parser")
    assert upload.select_one('input[name="title"]')
    assert not upload.select('form [name="description"]')
    form = BeautifulSoup(
        client.get(f"/admin/pages/add/publications/newspage/{news.pk}/").content, "html.parser"
    )
    assert len(form.select('[name="image_alt"]')) == 1
    assert not form.select('form [name="description"]')
