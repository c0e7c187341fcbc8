"""Taxonomy terms in the language of the page: in the admin's pickers and on the page itself."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from cms.demo import translate
from cms.i18n import ensure_locales
from cms.models import Theme
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    PracticeGuidePageFactory,
    ThemeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(sourcebook):
    """Three themes and two countries in English; two themes and one country also in French."""
    ensure_locales()
    coaching = ThemeFactory(name="Coaching", slug="coaching")
    leadership = ThemeFactory(name="Leadership", slug="leadership")
    foresight = ThemeFactory(name="Foresight", slug="foresight")
    france = CountryFactory(code="FR", name="France")
    denmark = CountryFactory(code="DK", name="Denmark")
    return {
        "coaching": coaching,
        "coaching_fr": translate(coaching, "fr", {"Coaching": "Coaching"}),
        "leadership": leadership,
        "leadership_fr": translate(leadership, "fr", {"Leadership": "Direction"}),
        "foresight": foresight,
        "france": france,
        "france_fr": translate(france, "fr", {"France": "France"}),
        "denmark": denmark,
        "sourcebook": sourcebook,
    }


@pytest.fixture
def editor(client):
    user = UserFactory(email="comms@example.org")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return user


def theme_choices(response):
    soup = BeautifulSoup(response.content, "html.parser")
    boxes = soup.select('input[name="themes"]')
    return {soup.select_one(f'label[for="{box["id"]}"]').get_text(strip=True): box for box in boxes}


def test_a_translation_carries_the_terms_of_its_language(terms):
    guide = PracticeGuidePageFactory(parent=terms["sourcebook"], title="Coaching leaders")
    guide.themes = [terms["coaching"], terms["leadership"], terms["foresight"]]
    guide.save_revision().publish()
    case = CaseStudyPageFactory(parent=terms["sourcebook"], country=terms["france"])
    translate(terms["sourcebook"], "fr", {"Practice Sourcebook": "Recueil"})

    french = translate(guide, "fr", {"Coaching leaders": "Accompagner les dirigeants"})
    assert {(t.name, t.locale.language_code) for t in french.themes.all()} == {
        ("Coaching", "fr"),
        ("Direction", "fr"),
        ("Foresight", "en"),  # not translated yet: the English term, until it is
    }
    french_case = translate(case, "fr", {case.title: case.title})
    assert french_case.country == terms["france_fr"]

    # A term translated later: the French pages that carry it get its French row.
    foresight_fr = translate(terms["foresight"], "fr", {"Foresight": "Prospective"})
    assert set(french.themes.all()) == {terms["coaching_fr"], terms["leadership_fr"], foresight_fr}
    # The English page keeps its English terms.
    assert {t.locale.language_code for t in guide.themes.all()} == {"en"}


def test_the_pickers_of_a_french_page_offer_one_language(client, editor, terms):
    french_sourcebook = translate(terms["sourcebook"], "fr", {"Practice Sourcebook": "Recueil"})
    # A page written in French (a translation is edited in Localize's editor instead,
    # where its terms follow the source's and then the rule above).
    french = PracticeGuidePageFactory(parent=french_sourcebook, title="Accompagner les dirigeants")
    french.themes = [terms["leadership_fr"]]
    french.save_revision().publish()
    assert french.locale.language_code == "fr"
    assert Theme.objects.filter(name="Coaching").count() == 2

    response = client.get(f"/admin/pages/{french.pk}/edit/")
    assert response.status_code == 200
    choices = theme_choices(response)
    # Each theme once, in French where translated: no "Coaching" twice.
    assert sorted(choices) == ["Coaching", "Direction", "Foresight"]
    assert choices["Direction"].has_attr("checked")
    assert choices["Coaching"]["value"] == str(terms["coaching_fr"].pk)

    guide = PracticeGuidePageFactory(parent=terms["sourcebook"], title="Coaching leaders")
    english = theme_choices(client.get(f"/admin/pages/{guide.pk}/edit/"))
    assert sorted(english) == ["Coaching", "Foresight", "Leadership"]


def test_a_new_french_case_study_picks_a_french_country(client, editor, terms):
    french_sourcebook = translate(terms["sourcebook"], "fr", {"Practice Sourcebook": "Recueil"})
    response = client.get(f"/admin/pages/add/practices/casestudypage/{french_sourcebook.pk}/")
    soup = BeautifulSoup(response.content, "html.parser")
    options = {
        o.get_text(strip=True): o["value"] for o in soup.select('select[name="country"] option')
    }
    assert options.pop("---------") == ""
    assert options == {"France": str(terms["france_fr"].pk), "Denmark": str(terms["denmark"].pk)}
