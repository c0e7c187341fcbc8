"""seed_demo builds a complete demo site, once, and never under production settings.

The site it builds is compared with the recorded snapshot (``demo_snapshot.json``:
pages per type and language, titles, translations, terms, people, events,
agencies, accounts and documents), so moving the demo content between files
cannot lose or change a page unnoticed.
"""

import difflib
import json
import os

import pytest
from django.conf import settings
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

from . import demo_snapshot

pytestmark = pytest.mark.django_db


def assert_same(actual: dict, expected: dict, what: str):
    if actual == expected:
        return
    diff = difflib.unified_diff(
        json.dumps(expected, indent=1, ensure_ascii=False).splitlines(),
        json.dumps(actual, indent=1, ensure_ascii=False).splitlines(),
        "expected",
        "seeded",
        lineterm="",
    )
    pytest.fail(f"{what}:\n" + "\n".join(diff), pytrace=False)


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

    # The site is the one recorded, page for page and term for term (the record
    # has the French and German translations: compare when both are enabled).
    first = demo_snapshot.snapshot()
    if {"fr", "de"} <= set(dict(settings.LANGUAGES)):
        if os.environ.get("DEMO_SNAPSHOT_UPDATE"):
            demo_snapshot.write(first)
        assert_same(
            first,
            demo_snapshot.expected(),
            "The demo site differs from tests/home/demo_snapshot.json (after a deliberate "
            "change, write it again with DEMO_SNAPSHOT_UPDATE=1)",
        )

    # A second run adds nothing and leaves edited pages alone.
    guide = PracticeGuidePage.objects.live().first()
    title = guide.title
    guide.title = "Edited by an editor"
    guide.save_revision().publish()
    pages_before = Page.objects.count()
    users_before = get_user_model().objects.count()
    call_command("seed_demo", verbosity=0)
    assert Page.objects.count() == pages_before
    assert get_user_model().objects.count() == users_before
    guide.refresh_from_db()
    assert guide.title == "Edited by an editor"
    guide.title = title
    guide.save_revision().publish()
    assert_same(demo_snapshot.snapshot(), first, "A second run changed the demo site")
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
