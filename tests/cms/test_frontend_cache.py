"""Purging the HTTP cache: every address that shows what changed, in every language, no other.

A recording backend stands in for Varnish (the purges Wagtail's frontend cache
task would send); tests/cms/test_varnish.py does the same against a real Varnish.
"""

import pytest
from wagtail.models import Locale, PageViewRestriction

from cms.demo import translate
from cms.i18n import ensure_locales
from tests.factories import (
    CollectionPageFactory,
    PracticeGuidePageFactory,
    StandardPageFactory,
    ThemeFactory,
)
from tests.publications.factories import (
    NewsIndexPageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)

from .purge_recorder import PURGED

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
LANGUAGES = ("en", "fr", "de", "es", "it", "pl")


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The addresses purged by what the test does (after its changes are committed)."""
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.cms.purge_recorder.RecordingBackend"}
    }
    PURGED.clear()

    class Purged:
        def __enter__(self):
            PURGED.clear()
            self._callbacks = django_capture_on_commit_callbacks(execute=True)
            self._callbacks.__enter__()
            return self

        def __exit__(self, *exc):
            self._callbacks.__exit__(*exc)

        @property
        def urls(self):
            return set(PURGED)

    return Purged()


@pytest.fixture
def site(sourcebook):
    """A bilingual site: home, sourcebook and a guide in English and French, news, a page."""
    ensure_locales()
    home = sourcebook.get_parent().specific
    theme = ThemeFactory(name="Leadership", slug="leadership")
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Coaching", slug="coaching")
    guide.themes = [theme]
    guide.save_revision().publish()
    other = PracticeGuidePageFactory(parent=sourcebook, title="Scenarios", slug="scenarios")
    translate(home, "fr", {"Praxis": "Praxis"})
    translate(sourcebook, "fr", {"Practice Sourcebook": "Recueil"})
    french_guide = translate(guide, "fr", {"Coaching": "Accompagnement"})
    news = NewsIndexPageFactory(parent=home)
    about = StandardPageFactory(parent=home, title="About", slug="about")
    collection = CollectionPageFactory(parent=home, slug="leaders")
    return {
        "home": home,
        "sourcebook": sourcebook,
        "guide": guide,
        "french_guide": french_guide,
        "other": other,
        "theme": theme,
        "news": news,
        "about": about,
        "collection": collection,
    }


def search_pages():
    return {f"{SITE}/{code}/search/" for code in LANGUAGES} | {
        f"{SITE}/{code}/search/suggest/" for code in LANGUAGES
    }


def test_publishing_a_guide_purges_it_its_listings_and_its_translations(site, purged):
    with purged:
        site["guide"].save_revision().publish()
    urls = purged.urls
    expected = {
        # the guide in both languages, and the English guide's PDF
        f"{SITE}/en/sourcebook/coaching/",
        f"{SITE}/en/sourcebook/coaching/pdf/",
        site["french_guide"].get_full_url(),
        # the sourcebook listing and book in both languages
        f"{SITE}/en/sourcebook/",
        f"{SITE}/en/sourcebook/sourcebook.pdf",
        f"{SITE}/fr/sourcebook/",
        f"{SITE}/fr/sourcebook/sourcebook.pdf",
        # the home pages (latest entries), collections of its language, the sitemap
        f"{SITE}/en/",
        f"{SITE}/fr/",
        site["collection"].get_full_url(),
        f"{SITE}/sitemap.xml",
        # "similar practices" on the other entries
        site["other"].get_full_url(),
    } | search_pages()
    assert expected <= urls, sorted(expected - urls)
    # Nothing that does not show the guide.
    assert site["news"].get_full_url() not in urls
    assert site["about"].get_full_url() not in urls
    assert not any("/de/" in url and "search" not in url for url in urls)


def test_publishing_a_translation_purges_the_source_languages_switcher(site, purged):
    spanish = Locale.objects.get(language_code="es")
    with purged:
        translate(site["guide"], "es", {"Coaching": "Acompañamiento"})
    urls = purged.urls
    spanish_guide = site["guide"].get_translation(spanish)
    # The new page, and both earlier versions (their language switcher and
    # hreflang links now point at it), and every listing that showed the
    # English entry in Spanish until now.
    assert {
        spanish_guide.get_full_url(),
        f"{SITE}/en/sourcebook/coaching/",
        site["french_guide"].get_full_url(),
        f"{SITE}/en/sourcebook/",
        f"{SITE}/fr/sourcebook/",
    } <= urls


def test_unpublishing_purges_the_page_that_is_gone(site, purged):
    with purged:
        site["french_guide"].unpublish()
    urls = purged.urls
    assert site["french_guide"].get_full_url() in urls
    assert f"{SITE}/fr/sourcebook/" in urls
    assert f"{SITE}/en/sourcebook/coaching/" in urls  # its switcher linked the French one


def test_moving_purges_the_old_and_new_addresses(site, purged):
    other_parent = StandardPageFactory(parent=site["home"], title="Archive", slug="archive")
    page = StandardPageFactory(parent=site["about"], title="Team", slug="team")
    with purged:
        page.move(other_parent, pos="last-child")
    urls = purged.urls
    assert f"{SITE}/en/about/team/" in urls
    assert f"{SITE}/en/archive/team/" in urls


def test_deleting_purges_the_page_and_its_listings(site, purged):
    with purged:
        site["other"].delete()
    urls = purged.urls
    assert f"{SITE}/en/sourcebook/scenarios/" in urls
    assert f"{SITE}/en/sourcebook/" in urls
    assert f"{SITE}/fr/sourcebook/" in urls


def test_renaming_a_menu_page_purges_every_page_of_its_language(site, purged):
    sourcebook = site["sourcebook"]
    sourcebook.show_in_menus = True
    sourcebook.save_revision().publish()
    sourcebook.title = "The Sourcebook"
    with purged:
        sourcebook.save_revision().publish()
    urls = purged.urls
    # Every English page shows the main menu, and the guides' breadcrumbs.
    for page in (site["about"], site["news"], site["home"], site["guide"]):
        assert page.get_full_url() in urls
    assert f"{SITE}/en/search/" in urls
    # The French menu lists the French sourcebook, which did not change.
    assert f"{SITE}/fr/" not in urls


def test_republishing_unchanged_menu_page_does_not_purge_its_language(site, purged):
    sourcebook = site["sourcebook"]
    sourcebook.show_in_menus = True
    sourcebook.save_revision().publish()
    with purged:
        sourcebook.save_revision().publish()
    assert site["about"].get_full_url() not in purged.urls


def test_renaming_a_theme_purges_the_pages_tagged_with_it_and_the_filters(site, purged):
    theme = site["theme"]
    theme.name = "Leading"
    with purged:
        theme.save()
    urls = purged.urls
    assert f"{SITE}/en/sourcebook/coaching/" in urls
    assert {f"{SITE}/en/sourcebook/", f"{SITE}/fr/sourcebook/"} <= urls
    assert f"{SITE}/fr/search/" in urls
    assert site["about"].get_full_url() not in urls


def test_changing_a_person_purges_their_publications_and_page(site, purged):
    from publications.models import PublicationAuthor

    publications = PublicationIndexPageFactory(parent=site["home"])
    person = PersonFactory(slug="ada-lovelace")
    paper = PublicationPageFactory(parent=publications, slug="engines")
    paper.authors = [PublicationAuthor(person=person)]
    paper.save_revision().publish()
    person.family_name = "Byron"
    with purged:
        person.save()
    urls = purged.urls
    assert f"{SITE}/en/publications/engines/" in urls
    assert f"{SITE}/en/publications/people/ada-lovelace/" in urls
    assert f"{SITE}/en/publications/" in urls


def test_making_a_page_private_purges_its_public_copy(site, purged):
    with purged:
        PageViewRestriction.objects.create(
            page=site["guide"], restriction_type=PageViewRestriction.LOGIN
        )
    urls = purged.urls
    assert f"{SITE}/en/sourcebook/coaching/" in urls
    assert f"{SITE}/en/sourcebook/" in urls


def test_purges_wait_for_the_commit(site, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.cms.purge_recorder.RecordingBackend"}
    }
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        site["guide"].save_revision().publish()
        assert PURGED == []
    assert callbacks


def test_the_content_version_moves_on_after_each_committed_change(
    site, django_capture_on_commit_callbacks
):
    from cms.frontend_cache import content_version

    before = content_version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        site["guide"].save_revision().publish()
    during = content_version()
    assert during != before  # the change's own transaction sees it at once
    for callback in callbacks:
        callback()
    after = content_version()
    assert after not in (before, during)  # and once more after the commit
    theme = site["theme"]
    theme.name = "Leading"
    with django_capture_on_commit_callbacks(execute=True):
        theme.save()
    assert content_version() != after
