"""Feeds (RSS 2.0 and Atom), the sitemap and robots.txt, and what never appears in them."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from lxml import etree
from wagtail.models import PageViewRestriction

from .factories import NewsPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


@pytest.fixture
def content(publications, news, hesselgreaves):
    """Public, login-only and group-only news and publications."""
    pages = {}
    for name in ("public", "login", "group"):
        pages[f"news-{name}"] = NewsPageFactory(
            parent=news, title=f"News {name}", date=datetime.date(2024, 5, 1), author=hesselgreaves
        )
        pages[f"publication-{name}"] = PublicationPageFactory(
            parent=publications, title=f"Publication {name}", people=[hesselgreaves]
        )
    members = Group.objects.create(name="Agency members")
    for kind in ("news", "publication"):
        PageViewRestriction.objects.create(
            page=pages[f"{kind}-login"], restriction_type=PageViewRestriction.LOGIN
        )
        restriction = PageViewRestriction.objects.create(
            page=pages[f"{kind}-group"], restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(members)
    return pages


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_news_feeds_parse_and_list_only_public_items(client, content, kind):
    feed = parse_feed(client, f"/en/news/feed/{kind}/")
    assert [e.title for e in feed.entries] == ["News public"]
    entry = feed.entries[0]
    assert entry.link == "http://testserver/en/news/news-public/"
    assert entry.summary == "Something happened."
    assert feed.feed.language == "en"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_publication_feeds_parse_and_list_only_public_items(client, content, kind):
    feed = parse_feed(client, f"/en/publications/feed/{kind}/")
    assert [e.title for e in feed.entries] == ["Publication public"]


def test_private_items_stay_out_of_feeds_even_for_members(client, content, django_user_model):
    user = django_user_model.objects.create_user("member@example.org", "pw")
    user.groups.add(Group.objects.get(name="Agency members"))
    client.force_login(user)
    feed = parse_feed(client, "/en/news/feed/rss/")
    assert [e.title for e in feed.entries] == ["News public"]


def test_pages_link_their_feeds(client, content):
    for url in ("/en/news/", "/en/publications/", content["news-public"].url, "/en/"):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        types = {link.get("type") for link in soup.find_all("link", rel="alternate")}
        assert {"application/rss+xml", "application/atom+xml"} <= types, url


def test_sitemap_lists_public_pages_only(client, content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = etree.fromstring(response.content)
    locations = {el.text for el in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert "http://testserver/en/" in locations
    assert "http://testserver/en/news/news-public/" in locations
    assert "http://testserver/en/publications/publication-public/" in locations
    for name in ("login", "group"):
        assert f"http://testserver/en/news/news-{name}/" not in locations
        assert f"http://testserver/en/publications/publication-{name}/" not in locations


def test_sitemap_includes_other_languages(client, content, home):
    from wagtail.models import Locale

    french, _created = Locale.objects.get_or_create(language_code="fr")
    home.copy_for_translation(french).save_revision().publish()
    tree = etree.fromstring(client.get("/sitemap.xml").content)
    locations = {el.text for el in tree.iter("{*}loc")}
    assert "http://testserver/fr/" in locations


def test_robots_txt_points_at_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_oai_leaves_out_private_publications(client, content):
    response = client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    tree = etree.fromstring(response.content)
    titles = [el.text for el in tree.iter("{http://purl.org/dc/elements/1.1/}title")]
    assert titles == ["Publication public"]


def test_listing_and_exports_leave_out_private_publications(client, content):
    soup = BeautifulSoup(client.get("/en/publications/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card-title a")] == ["Publication public"]
    ris = client.get("/en/publications/export/ris/").content.decode()
    assert "Publication login" not in ris and "Publication group" not in ris
    assert client.get(content["publication-login"].url + "cite/bib/").status_code == 302


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_control_characters_in_stored_text_do_not_break_the_feeds(client, content, kind):
    news = content["news-public"]
    news.title = "News\x0b with a vertical tab"
    news.lead = "Pasted\x01 from a word processor"
    news.save_revision().publish()
    paper = content["publication-public"]
    paper.title = "Paper\x1f with a unit separator"
    paper.save_revision().publish()
    titles = [e.title for e in parse_feed(client, f"/en/news/feed/{kind}/").entries]
    assert "News  with a vertical tab" in titles
    titles = [e.title for e in parse_feed(client, f"/en/publications/feed/{kind}/").entries]
    assert "Paper  with a unit separator" in titles
