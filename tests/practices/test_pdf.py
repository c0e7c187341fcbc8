"""The sourcebook as a book (WeasyPrint) and single guides as PDFs."""

import io
import re

import pytest
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from tests.factories import CaseStudyPageFactory, PracticeGuidePageFactory

pytestmark = pytest.mark.django_db


def pdf_pages(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    return [page.extract_text() for page in reader.pages]


@pytest.fixture
def book(sourcebook):
    PracticeGuidePageFactory(parent=sourcebook, title="Action learning for managers")
    PracticeGuidePageFactory(parent=sourcebook, title="Coaching through restructuring")
    CaseStudyPageFactory(parent=sourcebook, title="Renewal in Tallinn")
    return sourcebook


def test_book_has_cover_contents_and_one_entry_per_page(client, book):
    pages = pdf_pages(client.get("/en/sourcebook/sourcebook.pdf"))
    assert "Practice Sourcebook" in pages[0]
    contents = next(text for text in pages if "Contents" in text)
    titles = [
        "Action learning for managers",
        "Coaching through restructuring",
        "Renewal in Tallinn",
    ]
    for title in titles:
        # The contents give each entry with the page number where it starts...
        match = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.M)
        assert match, f"{title!r} not in the table of contents:\n{contents}"
        number = int(match.group(1))
        # ...and that page opens with the entry, its title in the running header.
        assert title in pages[number - 1], f"{title!r} not on page {number}"
    assert len(re.findall(r"^\s*\S.*\d+\s*$", contents, re.M)) >= len(titles)


def test_book_leaves_out_drafts_and_private_entries(client, book):
    draft = PracticeGuidePageFactory(parent=book, title="Unfinished draft guide")
    draft.unpublish()
    private = CaseStudyPageFactory(parent=book, title="Confidential agency case")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    text = "\n".join(pdf_pages(client.get("/en/sourcebook/sourcebook.pdf")))
    assert "Action learning for managers" in text
    assert "Unfinished draft guide" not in text
    assert "Confidential agency case" not in text


def test_book_is_cached_until_content_changes(client, book, django_assert_max_num_queries):
    first = client.get("/en/sourcebook/sourcebook.pdf").content
    assert client.get("/en/sourcebook/sourcebook.pdf").content == first
    PracticeGuidePageFactory(parent=book, title="Peer review between municipalities")
    changed = client.get("/en/sourcebook/sourcebook.pdf")
    assert changed.content != first
    assert "Peer review between municipalities" in "\n".join(pdf_pages(changed))


def test_book_cache_follows_privacy_changes(client, book):
    guide = PracticeGuidePageFactory(parent=book, title="Soon to be private")
    assert "Soon to be private" in "\n".join(pdf_pages(client.get("/en/sourcebook/sourcebook.pdf")))
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    assert "Soon to be private" not in "\n".join(
        pdf_pages(client.get("/en/sourcebook/sourcebook.pdf"))
    )


def test_single_guide_pdf(client, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning for agencies")
    text = "\n".join(pdf_pages(client.get(guide.url + "pdf/")))
    assert "Scenario planning for agencies" in text
    assert "Invite the right people" in text


def test_private_guide_pdf_is_not_served_to_anonymous_visitors(client, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Members-only guide")
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(guide.url + "pdf/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_restricted_sourcebook_s_book_is_for_those_who_may_open_it(client, book):
    from tests.members.factories import verified_user

    PageViewRestriction.objects.create(page=book, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/sourcebook/sourcebook.pdf")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(verified_user("reader@example.org"))
    response = client.get("/en/sourcebook/sourcebook.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    assert "public" not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]  # a shared cache never keeps it
