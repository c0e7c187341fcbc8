"""The index follows the pages: publish, edit, unpublish, move, delete, rebuild."""

import io

import pytest
from django.core.management import call_command

from tests.factories import PracticeGuidePageFactory, SourcebookIndexPageFactory

from .helpers import search

pytestmark = pytest.mark.django_db


def test_publishing_and_editing_update_the_index_at_once(client, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", live=False)
    assert search(client, "scenario").count == 0
    guide.save_revision().publish()
    assert search(client, "scenario").titles == ["Scenario planning"]
    guide.title = "Futures thinking"
    guide.save_revision().publish()
    assert search(client, "scenario").count == 0
    assert search(client, "futures").titles == ["Futures thinking"]
    # A draft of a change is not searchable until it is published.
    guide.title = "Horizon scanning"
    guide.save_revision()
    assert search(client, "horizon").count == 0


def test_unpublishing_and_deleting_remove_a_page_at_once(client, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning")
    assert search(client, "scenario").count == 1
    guide.unpublish()
    assert search(client, "scenario").count == 0
    assert client.get("/en/search/suggest/", {"q": "scen"}).json()["suggestions"] == []
    guide.save_revision().publish()
    assert search(client, "scenario").count == 1
    guide.delete()
    assert search(client, "scenario").count == 0


def test_moving_a_page_moves_its_result(client, home, sourcebook):
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Scenario planning", slug="scen")
    other = SourcebookIndexPageFactory(parent=home, title="Archive", slug="archive")
    guide.move(other, pos="last-child")
    page = search(client, "scenario")
    assert [a["href"] for a in page.soup.select(".result-title a")] == ["/en/archive/scen/"]


def test_update_index_rebuilds_with_progress_shown(client, corpus):
    out = io.StringIO()
    call_command("update_index", stdout=out)
    output = out.getvalue()
    assert "practiceguidepage" in output.lower() or "practice guide" in output.lower()
    assert search(client, "workshop").titles[0] == "Strategy workshop with citizens"


def test_update_index_restores_the_facet_values_the_counts_are_read_from(client, corpus):
    from search.models import PageFacets

    before = search(client).facet("theme")
    PageFacets.objects.all().delete()
    out = io.StringIO()
    call_command("update_index", stdout=out)
    assert "Facet values of pages" in out.getvalue()
    assert PageFacets.objects.count() > 0
    assert search(client).facet("theme") == before


def test_a_published_change_of_themes_moves_the_counts_at_once_and_a_draft_does_not(client, corpus):
    from .conftest import publish

    assert search(client).facet("theme") == {"leadership": 2, "participation": 2}
    guide = corpus.workshop_guide
    guide.themes.set([corpus.themes["leadership"]])
    guide.save_revision()  # a draft: the published themes still count
    assert search(client).facet("theme") == {"leadership": 2, "participation": 2}
    publish(guide, themes=[corpus.themes["leadership"]])
    assert search(client).facet("theme") == {"leadership": 3, "participation": 1}
    assert guide.title not in search(client, "workshop", theme="participation").titles
    assert guide.title in search(client, "workshop", theme="leadership").titles


def test_pages_saved_without_facet_values_are_still_counted(client, corpus):
    from search.models import PageFacets

    PageFacets.objects.filter(page=corpus.case).delete()
    page = search(client, kind="case", country="EE")
    assert page.titles == [corpus.case.title]
    assert page.facet("theme") == {"participation": 1}
    assert PageFacets.objects.filter(page=corpus.case).exists()


def test_facet_values_are_read_again_when_a_page_was_published_since(client, corpus):
    """A page whose dates were changed without saving it (a data fix, an import)."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Page

    when = timezone.make_aware(datetime.datetime(2019, 6, 1, 12))
    Page.objects.filter(pk=corpus.about.pk).update(first_published_at=when, last_published_at=when)
    assert search(client, kind="page").facet("year") == {"2019": 1}
    assert search(client, kind="page", year="2019").titles == [corpus.about.title]


def test_the_year_is_the_sites_whatever_the_editors_time_zone(client, corpus):
    import datetime

    from django.utils import timezone

    from .conftest import publish

    guide = PracticeGuidePageFactory(parent=corpus.sourcebook, title="New year guide")
    # 23:30 UTC on 31 December 2023 is already 2024 in Brussels, the site's zone.
    guide.first_published_at = datetime.datetime(2023, 12, 31, 23, 30, tzinfo=datetime.UTC)
    with timezone.override("UTC"):  # an editor whose profile says UTC publishes it
        publish(guide)
    assert "New year guide" in search(client, year="2024").titles
    assert search(client, "new year guide").facet("year") == {"2024": 1}


def _french_theme(slug, name):
    from wagtail.models import Locale

    from cms.i18n import ensure_locales
    from tests.factories import ThemeFactory

    ensure_locales()
    return ThemeFactory(name=name, slug=slug, locale=Locale.objects.get(language_code="fr"))


def test_a_theme_slug_changed_later_counts_each_page_once(client, corpus):
    from .conftest import publish

    other = _french_theme("other", "Autre")
    publish(corpus.workshop_guide, themes=[corpus.themes["participation"], other])
    other.slug = "participation"  # now the French row of the same theme
    other.save()
    chosen = search(client, theme="participation")
    assert search(client).facet("theme")["participation"] == chosen.count == 2


def test_deleting_one_language_row_of_a_theme_keeps_the_pages_tagged_in_the_other(client, corpus):
    from .conftest import publish

    french = _french_theme("leadership", "Direction")
    english = corpus.themes["leadership"]
    publish(corpus.workshop_guide, themes=[english, french])
    english.delete()
    page = search(client, lang="fr", theme="leadership")
    assert corpus.workshop_guide.title in page.titles
    assert search(client, lang="fr").facet("theme")["leadership"] == page.count


def test_a_failed_bulk_load_raises_its_own_error(corpus):
    from django.db import IntegrityError, transaction

    from cms.models import Theme
    from search import facet_index

    theme = corpus.themes["leadership"]
    with pytest.raises(IntegrityError):
        with transaction.atomic(), facet_index.deferred():
            PracticeGuidePageFactory(parent=corpus.sourcebook, title="Loaded in bulk")
            Theme.objects.create(name="Twice", slug=theme.slug, locale=theme.locale)
