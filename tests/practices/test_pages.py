"""Every page type renders for a visitor, with what the page is for."""

import pytest

from tests.factories import (
    CaseStudyPageFactory,
    CollectionPageFactory,
    CountryFactory,
    PracticeGuidePageFactory,
    StandardPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_home_page_renders_with_language_prefix(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en">' in response.content
    assert b"Skip to main content" in response.content


def test_root_redirects_to_a_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_standard_page_renders(client, home):
    page = StandardPageFactory(parent=home, title="Accessibility statement", slug="accessibility")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Accessibility statement" in response.text


def test_sourcebook_lists_guides_and_cases(client, sourcebook):
    PracticeGuidePageFactory(parent=sourcebook, title="Running a strategy workshop")
    CaseStudyPageFactory(parent=sourcebook, title="Renewal in Lyon")
    response = client.get("/en/sourcebook/")
    assert response.status_code == 200
    assert "Running a strategy workshop" in response.text
    assert "Renewal in Lyon" in response.text
    assert "2 guides and case studies" in response.text


def test_guide_page_shows_its_steps_and_themes(client, sourcebook):
    theme = ThemeFactory(name="Participative strategy", slug="participative-strategy")
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Strategy with citizens")
    guide.themes.add(theme)
    guide.save_revision().publish()
    response = client.get(guide.url)
    assert response.status_code == 200
    text = response.text
    assert "Strategy with citizens" in text
    assert "Invite the right people" in text and "Hold the workshop" in text
    assert "Participative strategy" in text
    assert 'href="/en/sourcebook/?theme=participative-strategy"' in text


def test_case_study_page_shows_organisation_and_guides_used(client, sourcebook):
    from practices.models import CaseStudyGuide

    guide = PracticeGuidePageFactory(parent=sourcebook, title="Action learning sets")
    case = CaseStudyPageFactory(
        parent=sourcebook,
        title="Frontline learning in Tartu",
        organisation="Tartu linn",
        country=CountryFactory(code="EE", name="Estonia"),
    )
    case.guides_used = [CaseStudyGuide(guide=guide)]
    case.save_revision().publish()
    response = client.get(case.url)
    assert response.status_code == 200
    assert "Tartu linn" in response.text
    assert "Estonia" in response.text
    assert "Action learning sets" in response.text


def test_collection_page_renders(client, home, sourcebook):
    PracticeGuidePageFactory(parent=sourcebook, title="Coaching senior leaders")
    collection = CollectionPageFactory(parent=home, title="All guides", kinds="guide")
    response = client.get(collection.url)
    assert response.status_code == 200
    assert "Coaching senior leaders" in response.text


def test_unknown_page_gives_404(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
