"""Every page's footer: notices, contact, feeds and the EU funding acknowledgement."""

import pytest
from bs4 import BeautifulSoup

from cms.demo import translate
from cms.i18n import ensure_locales
from cms.models import SiteFooter
from tests.events.factories import EventIndexPageFactory
from tests.factories import StandardPageFactory
from tests.publications.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def footer(sourcebook):
    ensure_locales()
    home = sourcebook.get_parent().specific
    NewsIndexPageFactory(parent=home)
    EventIndexPageFactory(parent=home)
    privacy = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
    accessibility = StandardPageFactory(parent=home, title="Accessibility", slug="accessibility")
    contact = StandardPageFactory(parent=home, title="Contact us", slug="contact")
    translate(home, "fr", {"Praxis": "Praxis", home.intro: "Le renouveau stratégique."})
    translate(privacy, "fr", {"Privacy notice": "Confidentialité", privacy.intro: "À propos."})
    footer = SiteFooter.objects.create(
        funding_text="This project has received funding from the European Union.",
        grant_number="101000000",
        privacy_notice=privacy,
        accessibility_statement=accessibility,
        contact_page=contact,
    )
    translate(
        footer,
        "fr",
        {footer.funding_text: "Ce projet a reçu un financement de l’Union européenne."},
    )
    return footer


def site_footer(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one("footer.site-footer")


@pytest.mark.parametrize("url", ["/en/", "/en/news/", "/en/sourcebook/", "/en/search/?q=x"])
def test_every_page_carries_the_footer(client, footer, url):
    html = site_footer(client, url)
    links = {a.get_text(strip=True): a["href"] for a in html.select(".footer-links a")}
    assert links == {
        "Privacy notice": "/en/privacy/",
        "Accessibility statement": "/en/accessibility/",
        "Contact": "/en/contact/",
    }
    feeds = {a.get_text(" ", strip=True): a["href"] for a in html.select(".footer-feeds a")}
    assert feeds == {
        "News (RSS)": "/en/news/feed/rss/",
        "News (Atom)": "/en/news/feed/atom/",
        "Events (iCalendar)": "/en/events/calendar/",
    }
    emblem = html.select_one(".funding img")
    assert emblem["src"].startswith("/static/") and emblem["src"].endswith(".svg")
    assert emblem["alt"] == "Emblem of the European Union"
    text = html.get_text(" ", strip=True)
    assert "Funded by the European Union" in text
    assert "This project has received funding from the European Union." in text
    assert "Grant agreement No 101000000" in text


def test_the_footer_in_french(client, footer):
    html = site_footer(client, "/fr/news/")
    links = {a.get_text(strip=True): a["href"] for a in html.select(".footer-links a")}
    # The privacy notice is translated: its French page; the others under /fr/, in English.
    assert links == {
        "Politique de confidentialité": "/fr/privacy/",
        "Déclaration d’accessibilité": "/fr/accessibility/",
        "Contact": "/fr/contact/",
    }
    text = html.get_text(" ", strip=True)
    assert "Financé par l’Union européenne" in text
    assert "Ce projet a reçu un financement de l’Union européenne." in text
    assert "Convention de subvention n° 101000000" in text
    feed = html.select_one(".footer-feeds a")
    assert feed["href"].startswith("/fr/") and feed.span["lang"] == "en"


def test_a_language_without_its_own_acknowledgement_shows_the_default_marked(client, footer):
    html = site_footer(client, "/de/")
    funding = html.select(".funding p")
    assert funding[0].get_text(strip=True) == "Finanziert von der Europäischen Union"
    assert funding[1]["lang"] == "en"


def test_the_emblem_is_served_by_the_site(client, footer):
    src = site_footer(client, "/en/").select_one(".funding img")["src"]
    response = client.get(src)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"<svg" in body and b"#fc0" in body
