"""News pages, the news index, and what the home page shows of news and publications."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from cms.demo import illustration

from .factories import NewsPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


def test_news_page_shows_image_with_its_alt_text(client, news, hesselgreaves):
    page = NewsPageFactory(
        parent=news,
        title="Sourcebook launched",
        image=illustration("News test", hue=20),
        image_alt="Delegates at the launch",
        author=hesselgreaves,
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.h1.get_text() == "Sourcebook launched"
    assert soup.select_one(".hero-image img, img.hero-image")["alt"] == "Delegates at the launch"
    assert "Hannah Hesselgreaves" in soup.select_one(".meta").get_text()
    assert soup.find("meta", property="og:image")["content"].startswith("http://testserver/")


def test_image_needs_alt_text(news):
    page = NewsPageFactory.build(image=illustration("News test", hue=20), image_alt="")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "image_alt" in error.value.message_dict


def test_news_index_lists_newest_first_and_paginates(client, news, settings):
    settings.NEWS_PAGE_SIZE = 2
    for day in (1, 3, 2):
        NewsPageFactory(parent=news, title=f"Day {day}", date=datetime.date(2024, 5, day))
    soup = BeautifulSoup(client.get("/en/news/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card-title a")] == ["Day 3", "Day 2"]
    soup = BeautifulSoup(client.get("/en/news/?page=2").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card-title a")] == ["Day 1"]


def test_home_shows_latest_news_and_featured_publications(
    client, home, news, publications, hesselgreaves
):
    for day in range(1, 5):
        NewsPageFactory(parent=news, title=f"News {day}", date=datetime.date(2024, 5, day))
    PublicationPageFactory(parent=publications, title="Featured one", featured=True)
    PublicationPageFactory(parent=publications, title="Not featured")
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    news_section = soup.find(id="news-heading").parent
    assert [a.get_text() for a in news_section.select(".card-title a")] == [
        "News 4",
        "News 3",
        "News 2",
    ]
    publications_section = soup.find(id="publications-heading").parent
    assert [a.get_text() for a in publications_section.select(".card-title a")] == ["Featured one"]
