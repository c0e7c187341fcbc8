"""Fixtures: the publications and news indexes under the home page, and a few people."""

import pytest

from .factories import NewsIndexPageFactory, PersonFactory, PublicationIndexPageFactory


@pytest.fixture
def publications(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def news(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def hesselgreaves(db):
    return PersonFactory(
        given_name="Hannah", family_name="Hesselgreaves", slug="hannah-hesselgreaves"
    )


@pytest.fixture
def french(db):
    return PersonFactory(given_name="Max", family_name="French", slug="max-french")
