"""Every section in every language, and translations that stay drafts until published.

A French visitor gets every section of the site under /fr/: a page not yet
translated is served there in the language it is written in, marked as such,
and a translation only appears once someone publishes it.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.operations import translate_object

from cms.demo import translate
from cms.i18n import ensure_locales
from tests.factories import PracticeGuidePageFactory, StandardPageFactory
from tests.publications.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def soup(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def site(sourcebook):
    """English home with a sourcebook, news and an about page; French home and sourcebook only."""
    ensure_locales()
    home = sourcebook.get_parent().specific
    sourcebook.show_in_menus = True
    sourcebook.save_revision().publish()
    news = NewsIndexPageFactory(parent=home, show_in_menus=True)
    item = NewsPageFactory(parent=news, title="Registration is open", slug="registration-open")
    about = StandardPageFactory(parent=home, title="About Praxis", slug="about", show_in_menus=True)
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", slug="scenarios")
    translate(home, "fr", {"Praxis": "Praxis", home.intro: "Le renouveau stratégique."})
    translate(sourcebook, "fr", {"Practice Sourcebook": "Recueil de pratiques"})
    return {
        "home": home,
        "sourcebook": sourcebook,
        "news": news,
        "item": item,
        "about": about,
        "guide": guide,
    }


def test_an_untranslated_section_is_served_under_the_french_prefix(client, site):
    page = soup(client, "/fr/news/")
    assert page.html["lang"] == "fr"
    # The page's own words are English, and say so; the site's are French.
    assert page.h1.get_text(strip=True) == "News" and page.h1["lang"] == "en"
    assert "elle est présentée en anglais" in page.select_one(".language-notice").get_text()
    assert page.select_one(".site-search button").get_text(strip=True) == "Rechercher"
    # One address per content for search engines: the English page is canonical.
    assert page.select_one('link[rel="canonical"]')["href"] == "http://testserver/en/news/"
    # Its entries link under /fr/ and are marked as English.
    card = page.select_one(".card")
    assert card["lang"] == "en"
    assert card.select_one(".card-title a")["href"] == "/fr/news/registration-open/"
    assert "en anglais" in card.select_one(".available-in").get_text()

    entry = soup(client, "/fr/news/registration-open/")
    assert entry.h1.get_text(strip=True) == "Registration is open"
    assert entry.h1["lang"] == "en"
    crumbs = [(a.get_text(strip=True), a["href"]) for a in entry.select(".breadcrumbs a")]
    assert crumbs == [("Accueil", "/fr/"), ("News", "/fr/news/")]


@pytest.mark.parametrize("language", ["fr", "de", "es", "pl"])
def test_every_section_is_in_every_language_menu(client, site, language):
    page = soup(client, f"/{language}/")
    links = {a.get_text(strip=True): a for a in page.select(".main-nav a")}
    sourcebook_title = "Recueil de pratiques" if language == "fr" else "Practice Sourcebook"
    assert set(links) == {sourcebook_title, "News", "About Praxis"}
    for title, link in links.items():
        assert link["href"].startswith(f"/{language}/")
        if title == "Recueil de pratiques":
            assert not link.has_attr("lang")
        else:
            assert link["lang"] == "en"
        soup(client, link["href"])


def test_the_switcher_leads_to_the_same_page_in_every_language(client, site):
    page = soup(client, "/fr/about/")
    links = {a["lang"]: a for a in page.select(".language-switcher a")}
    assert links["en"]["href"].endswith("next=/en/about/")
    assert "untranslated" not in links["en"].get("class", [])
    assert links["de"]["href"].endswith("next=/de/about/")
    assert "untranslated" in links["de"]["class"]
    assert links["fr"]["aria-current"] == "true"


def test_sub_routes_of_an_untranslated_page_answer_under_every_prefix(client, site):
    response = client.get("/fr/news/feed/rss/")
    assert response.status_code == 200
    assert b"Registration is open" in response.content
    assert client.get("/fr/nothing-here/").status_code == 404
    assert client.get("/fr/news/nothing-here/").status_code == 404


def test_a_private_page_stays_private_under_every_prefix(client, site):
    restriction = PageViewRestriction.objects.create(
        page=site["about"], restriction_type=PageViewRestriction.LOGIN
    )
    assert restriction.pk
    response = client.get("/fr/about/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    menu = soup(client, "/fr/").select(".main-nav a")
    assert "About Praxis" not in [a.get_text(strip=True) for a in menu]


def test_listings_prefer_the_readers_language(client, site):
    guide = site["guide"]
    french = translate(guide, "fr", {"Scenario planning": "Planification par scénarios"})
    page = soup(client, "/fr/sourcebook/")
    titles = {a.get_text(strip=True): a["href"] for a in page.select(".card-title a")}
    assert titles == {"Planification par scénarios": french.url}
    page = soup(client, "/de/sourcebook/")
    titles = {a.get_text(strip=True): a["href"] for a in page.select(".card-title a")}
    assert titles == {"Scenario planning": "/de/sourcebook/scenarios/"}


# -- translations are drafts until published ----------------------------------------


def test_submitting_a_page_for_translation_publishes_nothing(client, site):
    """What the admin's *Translate* does: the translation and its copied parent stay drafts."""
    french = Locale.objects.get(language_code="fr")
    live_before = set(Page.objects.live().values_list("pk", flat=True))
    translate_object(site["item"], [french])

    item = site["item"].get_translation(french)
    parent = site["news"].get_translation(french)
    assert not item.live and not parent.live
    # The parent is a translation of its own waiting for its translator, never an alias
    # (a live English copy in the French tree).
    assert parent.alias_of_id is None
    assert parent.get_latest_revision() is not None
    assert set(Page.objects.live().values_list("pk", flat=True)) == live_before

    # Visitors still get the English pages, marked as English.
    page = soup(client, "/fr/news/registration-open/")
    assert page.h1["lang"] == "en"
    assert page.select_one(".language-notice")
    menu = {a.get_text(strip=True): a for a in soup(client, "/fr/").select(".main-nav a")}
    assert menu["News"]["lang"] == "en"


def test_a_published_translation_is_served_even_before_its_section_is(client, site):
    french = Locale.objects.get(language_code="fr")
    translate_object(site["item"], [french])
    item = site["item"].get_translation(french)
    item.title = "Les inscriptions sont ouvertes"
    item.save_revision().publish()

    page = soup(client, "/fr/news/registration-open/")
    assert page.h1.get_text(strip=True) == "Les inscriptions sont ouvertes"
    assert not page.h1.has_attr("lang") and not page.select_one(".language-notice")
    # The section itself is still the English one, listing the French item in French.
    listing = soup(client, "/fr/news/")
    assert listing.h1["lang"] == "en"
    card = listing.select_one(".card")
    assert card.select_one(".card-title a").get_text(strip=True) == "Les inscriptions sont ouvertes"
    assert not card.has_attr("lang")


def test_a_published_translation_is_served_before_the_french_home_page_is(client, sourcebook):
    """A site with nothing French yet: the first translation published is served in French.

    Submitting the item for translation copies the home page and the section as
    French drafts; Wagtail's own routing walks down from the French home page
    only once it is live, so the item must be found level by level instead.
    """
    ensure_locales()
    home = sourcebook.get_parent().specific
    news = NewsIndexPageFactory(parent=home, show_in_menus=True)
    item = NewsPageFactory(parent=news, title="Registration is open", slug="registration-open")
    french = Locale.objects.get(language_code="fr")
    translate_object(item, [french])
    assert not home.get_translation(french).live and not news.get_translation(french).live

    page = soup(client, "/fr/news/registration-open/")
    assert page.h1.get_text(strip=True) == "Registration is open" and page.h1["lang"] == "en"

    translation = item.get_translation(french)
    translation.title = "Les inscriptions sont ouvertes"
    translation.save_revision().publish()
    page = soup(client, "/fr/news/registration-open/")
    assert page.h1.get_text(strip=True) == "Les inscriptions sont ouvertes"
    assert not page.h1.has_attr("lang") and not page.select_one(".language-notice")
    # The English item stays where it was.
    page = soup(client, "/en/news/registration-open/")
    assert page.h1.get_text(strip=True) == "Registration is open"
