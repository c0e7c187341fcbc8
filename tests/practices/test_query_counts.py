"""A page's query count does not grow with the number of items or related items it shows."""

import pytest

from cms.demo import illustration
from practices.models import CaseStudyGuide, RelatedEntry
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    PracticeGuidePageFactory,
    ThemeFactory,
)
from tests.listings import queries_for

pytestmark = pytest.mark.django_db


def add_entries(sourcebook, n, start=0):
    themes = [ThemeFactory(name=f"Theme {i}", slug=f"t-{i}") for i in range(3)]
    country = CountryFactory(code="PL", name="Poland")
    for i in range(start, start + n):
        if i % 2:
            page = CaseStudyPageFactory(parent=sourcebook, title=f"Case {i}", country=country)
        else:
            page = PracticeGuidePageFactory(parent=sourcebook, title=f"Guide {i}")
        page.listing_image = illustration(f"Image {i % 4}", hue=i * 20)
        page.themes = themes[: 1 + i % 3]
        page.save_revision().publish()


def test_sourcebook_listing_is_constant(client, sourcebook, settings):
    settings.SOURCEBOOK_PAGE_SIZE = 100
    add_entries(sourcebook, 5)
    few = queries_for(client, "/en/sourcebook/")
    add_entries(sourcebook, 45, start=5)
    many = queries_for(client, "/en/sourcebook/")
    assert few == many, f"{few} queries with 5 entries, {many} with 50"


def test_sourcebook_listing_with_filters_is_constant(client, sourcebook, settings):
    settings.SOURCEBOOK_PAGE_SIZE = 100
    add_entries(sourcebook, 5)
    url = "/en/sourcebook/?theme=t-0&country=PL&kind=case&kind=guide"
    few = queries_for(client, url)
    add_entries(sourcebook, 45, start=5)
    assert queries_for(client, url) == few


def _guide_with_related(sourcebook, n):
    guide = PracticeGuidePageFactory(parent=sourcebook, title=f"Guide with {n}")
    targets = []
    for i in range(n):
        if i % 2:
            targets.append(CaseStudyPageFactory(parent=sourcebook, title=f"R{n}-{i}"))
        else:
            targets.append(PracticeGuidePageFactory(parent=sourcebook, title=f"R{n}-{i}"))
    guide.related_links = [RelatedEntry(target=t) for t in targets]
    guide.themes = [ThemeFactory(name=f"Theme {i}", slug=f"t-{i}") for i in range(3)]
    guide.save_revision().publish()
    return guide


def test_guide_page_is_constant(client, sourcebook):
    # A neighbour, so that both pages list similar entries (a page with none
    # skips that query).
    _guide_with_related(sourcebook, 0)
    few = queries_for(client, _guide_with_related(sourcebook, 5).url)
    many = queries_for(client, _guide_with_related(sourcebook, 50).url)
    assert few == many, f"{few} queries with 5 related, {many} with 50"


def _case_with_related(sourcebook, n):
    case = CaseStudyPageFactory(parent=sourcebook, title=f"Case with {n}")
    guides = [PracticeGuidePageFactory(parent=sourcebook, title=f"G{n}-{i}") for i in range(n)]
    case.guides_used = [CaseStudyGuide(guide=g) for g in guides]
    case.related_links = [RelatedEntry(target=g) for g in guides]
    case.save_revision().publish()
    return case


def test_case_study_page_is_constant(client, sourcebook):
    _case_with_related(sourcebook, 0)
    few = queries_for(client, _case_with_related(sourcebook, 5).url)
    many = queries_for(client, _case_with_related(sourcebook, 50).url)
    assert few == many, f"{few} queries with 5 related, {many} with 50"
