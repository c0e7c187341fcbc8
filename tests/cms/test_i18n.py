"""Every language a first-class citizen: prefixes, redirects, switcher, hreflang, fallback."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms.demo import translate
from cms.i18n import ensure_locales
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    PracticeGuidePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual(sourcebook):
    """An English sourcebook with a French translation of the home, sourcebook and one guide."""
    ensure_locales()
    theme = ThemeFactory(name="Leadership", slug="leadership")
    translate(theme, "fr", {"Leadership": "Direction"})
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Coaching senior leaders")
    guide.themes = [theme]
    guide.save_revision().publish()
    PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning")
    home = sourcebook.get_parent().specific
    translate(home, "fr", {"Praxis": "Praxis"})
    translate(sourcebook, "fr", {"Practice Sourcebook": "Recueil de pratiques"})
    french_guide = translate(
        guide, "fr", {"Coaching senior leaders": "Accompagner les cadres dirigeants"}
    )
    return {"guide": guide, "french_guide": french_guide, "sourcebook": sourcebook}


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("de-DE,de;q=0.9,en;q=0.5", "/de/"),
        ("pl", "/pl/"),
        ("fr-CA", "/fr/"),
        ("ja, zh;q=0.5", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, home, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_an_explicit_choice_is_remembered(client, home):
    response = client.get("/language/it/?next=/it/")
    assert response.status_code == 302 and response["Location"] == "/it/"
    assert response.cookies["django_language"].value == "it"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/it/"


def test_language_choice_never_redirects_off_site(client, home):
    response = client.get("/language/fr/?next=https://evil.example/")
    assert response["Location"] == "/fr/"


def test_every_page_is_under_a_language_prefix(client, bilingual):
    # An address without a language is sent to the visitor's language version.
    response = client.get("/sourcebook/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302 and response["Location"] == "/fr/sourcebook/"
    fr = client.get("/fr/sourcebook/")
    assert fr.status_code == 200
    assert '<html lang="fr">' in fr.text


def test_switcher_links_translations_and_the_page_under_other_languages(client, bilingual):
    soup = BeautifulSoup(client.get(bilingual["guide"].url).content, "html.parser")
    links = {a["lang"]: a for a in soup.select(".language-switcher a")}
    assert links["fr"]["href"].endswith("next=/fr/sourcebook/coaching-senior-leaders/")
    assert "untranslated" not in links["fr"].get("class", [])
    # Not translated into Spanish: the same page under /es/, marked as untranslated.
    assert links["es"]["href"].endswith("next=/es/sourcebook/coaching-senior-leaders/")
    assert "untranslated" in links["es"]["class"]
    assert soup.select_one('.language-switcher a[lang="en"]')["aria-current"] == "true"


def test_hreflang_alternates_with_x_default(client, bilingual):
    for url in (bilingual["guide"].url, bilingual["french_guide"].url):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        alternates = {
            link["hreflang"]: link["href"]
            for link in soup.select('link[rel="alternate"][hreflang]')
        }
        assert alternates["en"] == "http://testserver/en/sourcebook/coaching-senior-leaders/"
        assert alternates["fr"] == "http://testserver/fr/sourcebook/coaching-senior-leaders/"
        assert alternates["x-default"] == alternates["en"]


def test_listing_shows_untranslated_entries_marked_with_their_language(client, bilingual):
    soup = BeautifulSoup(client.get("/fr/sourcebook/").content, "html.parser")
    cards = {c.select_one(".card-title a").get_text(strip=True): c for c in soup.select(".card")}
    assert set(cards) == {"Accompagner les cadres dirigeants", "Scenario planning"}
    assert cards["Scenario planning"]["lang"] == "en"
    # The mark names the language in the visitor's language: "en anglais".
    assert "en anglais" in cards["Scenario planning"].select_one(".available-in").get_text()
    assert not cards["Accompagner les cadres dirigeants"].has_attr("lang")
    # Taxonomy names appear in the listing's language.
    assert "Direction" in cards["Accompagner les cadres dirigeants"].get_text()


def test_filters_work_across_languages(client, bilingual):
    response = client.get("/fr/sourcebook/?theme=leadership")
    titles = [
        a.get_text(strip=True)
        for a in BeautifulSoup(response.content, "html.parser").select(".card-title a")
    ]
    assert titles == ["Accompagner les cadres dirigeants"]


def test_synchronised_fields_follow_the_source(bilingual):
    guide = bilingual["guide"]
    estonia = CountryFactory(code="EE", name="Estonia")
    case = CaseStudyPageFactory(parent=bilingual["sourcebook"], title="Tartu", country=estonia)
    french_case = translate(case, "fr", {"Tartu": "Tartu"})
    assert french_case.country.code == "EE"
    latvia = CountryFactory(code="LV", name="Latvia")
    translate(latvia, "fr", {"Latvia": "Lettonie"})
    case.country = latvia
    case.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(case)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale__language_code="fr").save_target(
        publish=False
    )
    french_case.refresh_from_db()
    french_case.get_latest_revision().publish()
    french_case.refresh_from_db()
    # The link follows the source, to the country's French translation.
    assert french_case.country.code == "LV"
    assert french_case.country.name == "Lettonie"
    assert french_case.title == "Tartu"
    assert guide.slug == bilingual["french_guide"].slug


def test_po_export_and_import_round_trip_changes_the_translation(bilingual):
    guide = bilingual["guide"]
    source = TranslationSource.objects.get_for_instance(guide)
    translation = Translation.objects.get(source=source, target_locale__language_code="fr")
    po = translation.export_po()
    entry = next(e for e in po if e.msgid == "Coaching senior leaders")
    assert entry.msgstr == "Accompagner les cadres dirigeants"
    entry.msgstr = "Le coaching des dirigeants"
    translation.import_po(po)
    translation.save_target(publish=False)
    french = guide.get_translation(Locale.objects.get(language_code="fr"))
    # The change waits as a draft for the translator to publish.
    assert french.live_revision.as_object().title == "Accompagner les cadres dirigeants"
    assert french.get_latest_revision_as_object().title == "Le coaching des dirigeants"


def test_sitemap_carries_the_same_alternates(client, bilingual):
    from xml.etree import ElementTree

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.fromstring(response.content)
    urls = {u.find("s:loc", ns).text: u for u in root.findall("s:url", ns)}
    english = "http://testserver/en/sourcebook/coaching-senior-leaders/"
    french = "http://testserver/fr/sourcebook/coaching-senior-leaders/"
    assert english in urls and french in urls
    for loc in (english, french):
        links = {link.get("hreflang"): link.get("href") for link in urls[loc].findall("x:link", ns)}
        assert links == {"en": english, "fr": french, "x-default": english}


def test_switcher_on_the_search_page_keeps_the_query(client, home):
    from urllib.parse import parse_qs, urlsplit

    soup = BeautifulSoup(client.get("/en/search/?q=coaching&kind=guide").content, "html.parser")
    link = soup.select_one('.language-switcher a[lang="fr"]')
    target = parse_qs(urlsplit(link["href"]).query)["next"][0]
    assert target == "/fr/search/?q=coaching&kind=guide"
    assert "untranslated" not in link.get("class", [])


def test_a_new_translation_stays_a_draft_and_publishes_nothing_else(client, bilingual):
    from practices.models import PracticeGuidePage

    english = PracticeGuidePage.objects.get(title="Scenario planning", locale__language_code="en")
    live_before = set(PracticeGuidePage.objects.live().values_list("pk", flat=True))
    source, _ = TranslationSource.get_or_create_from_instance(english)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fr"), enabled=True
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"Scenario planning": "Planification par scénarios"}.get(
            entry.msgid, entry.msgid
        )
    translation.import_po(po)
    translation.save_target()  # what Localize's editor does on "Save"
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    assert not french.live
    assert set(PracticeGuidePage.objects.live().values_list("pk", flat=True)) == live_before
    # Until its translator publishes it, French readers get the English entry, marked.
    soup = BeautifulSoup(client.get("/fr/sourcebook/").content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".card-title a")]
    assert "Scenario planning" in titles and "Planification par scénarios" not in titles
    # At its address, the English page, marked as English: never the French draft.
    response = client.get(french.get_url())
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert soup.h1.get_text(strip=True) == "Scenario planning" and soup.h1["lang"] == "en"
    assert "Planification" not in response.text
