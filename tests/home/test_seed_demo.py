"""seed_demo builds a complete demo site, once, and never under production settings."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from cms.models import Country, Theme
from practices.models import (
    CaseStudyPage,
    CollectionPage,
    PracticeGuidePage,
    SourcebookIndexPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(home):
    call_command("seed_demo", verbosity=0)
    return home


def test_demo_site_is_complete_and_idempotent(seeded, client):
    guides = PracticeGuidePage.objects.live()
    cases = CaseStudyPage.objects.live()
    assert guides.count() >= 12
    assert cases.count() >= 12
    assert cases.values("country").distinct().count() >= 8
    for theme in Theme.objects.filter(locale__language_code="en"):
        assert guides.filter(themes=theme).exists() or cases.filter(themes=theme).exists(), (
            f"no entry for theme {theme}"
        )
    assert all(page.listing_image_id for page in guides)
    assert CollectionPage.objects.live().exists()
    for slug in ("about", "privacy", "accessibility", "contact"):
        assert client.get(f"/en/{slug}/").status_code == 200
    countries = Country.objects.filter(locale__language_code="en")
    assert countries.filter(code__in=["FR", "DE", "GB", "CH", "NO"]).count() == 5
    users = get_user_model().objects
    for group in ("Communications", "Researchers", "Reviewers"):
        assert users.filter(groups__name=group).exists()
    assert users.filter(is_superuser=True).exists()
    response = client.get("/en/sourcebook/")
    assert response.status_code == 200
    assert client.get("/en/").status_code == 200
    # The public PDFs are found by the words inside them, in their language.
    found = client.get("/en/search/", {"q": "frontline staff managers", "kind": "document"})
    assert "Strategy workshop facilitation checklist" in found.content.decode()
    found = client.get("/fr/search/", {"q": "animateur", "kind": "document"}).content.decode()
    assert "Atelier stratégique avec les citoyens" in found and "Français" in found
    # The public spreadsheet is found by the values in its cells.
    found = client.get("/en/search/", {"q": "gdansk", "kind": "document"}).content.decode()
    assert "Participatory budgeting pilots: figures 2024-2026" in found
    # The public slides are found by their speaker notes.
    found = client.get("/en/search/", {"q": "ljubljana", "kind": "document"}).content.decode()
    assert "Learning partnerships with public agencies: kick-off slides" in found

    # A second run adds nothing and leaves edited pages alone.
    guide = PracticeGuidePage.objects.live().first()
    guide.title = "Edited by an editor"
    guide.save_revision().publish()
    pages_before = Page.objects.count()
    users_before = get_user_model().objects.count()
    call_command("seed_demo", verbosity=0)
    assert Page.objects.count() == pages_before
    assert get_user_model().objects.count() == users_before
    guide.refresh_from_db()
    assert guide.title == "Edited by an editor"
    # One sourcebook (besides its translations).
    assert SourcebookIndexPage.objects.filter(locale__language_code="en").count() == 1


def test_if_empty_leaves_an_existing_site_alone(sourcebook, capsys):
    call_command("seed_demo", "--if-empty")
    assert "not loaded" in capsys.readouterr().out
    assert not PracticeGuidePage.objects.exists()


def test_refuses_under_production_settings(home, settings):
    settings.PRAXIS_ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo")
    assert not PracticeGuidePage.objects.exists()
