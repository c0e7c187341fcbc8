"""Facet counts under /fr/ match what the French pages carry, in a real browser (issue 16, item 4).

A guide translated into French carries the French rows of its themes; the
French sourcebook offers those themes by their French names, counts the
French page, and filtering by one lists the French translation.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def french_sourcebook(live_server, transactional_db, sourcebook):
    from cms.demo import translate
    from cms.i18n import ensure_locales
    from tests.factories import PracticeGuidePageFactory, ThemeFactory

    ensure_locales()
    leadership = ThemeFactory(name="Leadership", slug="leadership")
    coaching = ThemeFactory(name="Coaching", slug="coaching")
    translate(leadership, "fr", {"Leadership": "Direction"})
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Coaching leaders")
    guide.themes = [leadership]
    guide.save_revision().publish()
    other = PracticeGuidePageFactory(parent=sourcebook, title="Peer coaching")
    other.themes = [coaching]
    other.save_revision().publish()
    translate(sourcebook, "fr", {sourcebook.title: "Recueil de pratiques"})
    translate(guide, "fr", {"Coaching leaders": "Accompagner les dirigeants"})
    return sourcebook


def test_french_facets_name_and_count_what_the_french_pages_carry(tab, french_sourcebook):
    tab.goto("/fr/sourcebook/")
    themes = tab.locator("fieldset", has=tab.locator("legend", has_text="Thème"))
    # The translated term by its French name, counting the French page; the
    # untranslated one keeps its English name, counting the English page shown.
    expect(themes.get_by_label("Direction (1)")).to_have_count(1)
    expect(themes.get_by_label("Coaching (1)")).to_have_count(1)
    expect(themes.get_by_label("Leadership", exact=False)).to_have_count(0)
    themes.get_by_label("Direction (1)").check()
    tab.get_by_role("button", name="Appliquer les filtres").click()
    expect(tab.locator(".card-title a")).to_have_text(["Accompagner les dirigeants"])
