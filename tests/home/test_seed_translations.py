"""seed_demo translates part of the demo site into French (and German) and leaves the rest.

Seeding the whole demo site takes a while, so it happens once for this module,
inside a transaction that is rolled back at the end; each test runs in a
savepoint within it.
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.demo import Catalogue, MissingDemoTranslation, plain_text, read_page, read_yaml, translate
from cms.demo import taxonomies as demo_taxonomies
from cms.i18n import ensure_locales
from cms.models import Theme
from home import demo as home_demo
from home.models import HomePage
from practices import demo as practices_demo
from practices.models import CaseStudyPage, PracticeGuidePage
from tests.factories import HomePageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        "fr" not in dict(settings.LANGUAGES), reason="French is not enabled (PRAXIS_LANGUAGES)"
    ),
]

# The demo content and its French catalogues, as the writers and translators left them.
GUIDES, CASES = practices_demo.guides(), practices_demo.cases()
TAXONOMIES = read_yaml(demo_taxonomies.DATA / "taxonomies.yaml")
FR_TERMS = Catalogue.read(demo_taxonomies.DATA / "translations" / "fr.po")
FR_HOME = Catalogue.read(home_demo.DATA / "translations" / "fr.po")
FR = Catalogue.read(practices_demo.DATA / "translations" / "fr.po")
TRANSLATED_GUIDE = GUIDES[0]
UNTRANSLATED_GUIDE = GUIDES[-1]


def french(catalogue, context, english):
    return catalogue.strings(context)[plain_text(english)]


def term_name(kind, slug):
    return next(t["name"] for t in TAXONOMIES[kind] if t["slug"] == slug)


def translated(folder):
    """Slugs of the entries in ``folder`` (guides, cases) the French catalogue translates."""
    return {c.split("/", 1)[1] for c in FR.messages if c.startswith(f"{folder}/")}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        ensure_locales()
        home = HomePage.objects.filter(depth=2).first()
        if home is None:  # a transactional test emptied the database
            home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": home},
        )
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_home_and_sourcebook_are_live_in_french(seeded, client):
    page = soup(client, "/fr/")
    assert page.html["lang"] == "fr"
    intro = read_page(home_demo.DATA / "home.md").body
    assert french(FR_HOME, "home", intro)[:60] in page.get_text()

    page = soup(client, "/fr/sourcebook/")
    assert page.h1.get_text(strip=True) == "Recueil de pratiques"
    assert "Filtrez par thème, pays, secteur" in page.get_text()
    # The filters name the taxonomy terms in French.
    labels = {label.get_text(" ", strip=True).rsplit(" (", 1)[0] for label in page("label")}
    assert {"Stratégie participative", "Santé", "Régional", "Allemagne"} <= labels


def test_a_translated_guide_is_in_french_with_french_terms(seeded, client):
    guide = TRANSLATED_GUIDE
    context = f"guides/{guide.slug}"
    sections = guide.sections(practices_demo.GUIDE_SECTIONS)
    page = soup(client, f"/fr/sourcebook/{guide.slug}/")
    assert page.html["lang"] == "fr"
    assert page.h1.get_text(strip=True) == french(FR, context, guide["title"])
    text = page.get_text(" ", strip=True)
    first_step = sections["steps"].split("\n", 1)[0].removeprefix("### ")
    assert french(FR, context, first_step) in text
    example = plain_text(sections["worked_example"]).split("\n\n")[1]
    assert french(FR, context, example)[:50] in text
    assert plain_text(sections["problem"])[:50] not in text
    for slug in guide["themes"]:
        english = term_name("themes", slug)
        assert french(FR_TERMS, f"themes/{slug}", english) in text
        assert english not in text


def test_a_translated_case_study_names_its_country_and_sector_in_french(seeded, client):
    case = CASES[0]
    context = f"cases/{case.slug}"
    page = soup(client, f"/fr/sourcebook/{case.slug}/")
    assert page.h1.get_text(strip=True) == french(FR, context, case["title"])
    text = page.get_text(" ", strip=True)
    country = TAXONOMIES["countries"][case["country"]]
    assert french(FR_TERMS, f"countries/{case['country']}", country) in text
    sector = term_name("sectors", case["sector"])
    assert french(FR_TERMS, f"sectors/{case['sector']}", sector) in text
    assert french(FR, context, case["quotes"][0]["text"])[:40] in text
    # The guides it used link to their French translation where there is one.
    used = {a["href"]: a.get_text(strip=True) for a in page.select("main section ul li a")}
    for slug in case["guides"]:
        guide = next(g for g in GUIDES if g.slug == slug)
        if slug in translated("guides"):
            assert used[f"/fr/sourcebook/{slug}/"] == french(FR, f"guides/{slug}", guide["title"])
        else:
            # Not translated: at its address under /fr/, in English.
            assert used[f"/fr/sourcebook/{slug}/"] == guide["title"]


def test_an_untranslated_guide_is_listed_in_english_in_the_french_listing(seeded, client):
    assert UNTRANSLATED_GUIDE.slug not in translated("guides")
    page = soup(client, "/fr/sourcebook/?kind=guide")
    titles = {a.get_text(strip=True): a for a in page.select(".card-title a")}
    link = titles[UNTRANSLATED_GUIDE["title"]]
    card = link.find_parent("article")
    assert card["lang"] == "en"
    assert card.select_one(".available-in") is not None
    # Its address is under /fr/: the French reader stays on the French site.
    assert link["href"] == f"/fr/sourcebook/{UNTRANSLATED_GUIDE.slug}/"
    # The translated guide is listed once, in French, without the marker.
    title = french(FR, f"guides/{TRANSLATED_GUIDE.slug}", TRANSLATED_GUIDE["title"])
    assert not titles[title].find_parent("article").has_attr("lang")
    assert TRANSLATED_GUIDE["title"] not in titles


def test_the_chosen_entries_are_translated_and_the_rest_is_not(seeded):
    fr = Locale.objects.get(language_code="fr")
    assert len(translated("guides")) >= 6 and len(translated("cases")) >= 6
    assert set(
        PracticeGuidePage.objects.filter(locale=fr).live().values_list("slug", flat=True)
    ) == translated("guides")
    assert set(
        CaseStudyPage.objects.filter(locale=fr).live().values_list("slug", flat=True)
    ) == translated("cases")
    assert Theme.objects.filter(locale=fr).count() == len(TAXONOMIES["themes"])


def test_seeding_again_translates_nothing_twice(seeded):
    pages = Page.objects.count()
    themes = Theme.objects.count()
    call_command("seed_demo", verbosity=0)
    assert Page.objects.count() == pages
    assert Theme.objects.count() == themes


def test_translate_names_the_source_strings_the_data_lacks(seeded):
    theme = Theme.objects.get(slug="leadership", locale__language_code="en")
    with pytest.raises(MissingDemoTranslation, match="description") as error:
        translate(theme, "it", {theme.name: "Leadership"}, complete=True)
    assert theme.description[:40] in str(error.value)
    assert theme.get_translation_or_none(Locale.objects.get(language_code="it")) is None
