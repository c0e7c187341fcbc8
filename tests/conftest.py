"""Shared fixtures: a site with a home page and a sourcebook, built the way editors build it."""

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage

from .factories import HomePageFactory, SourcebookIndexPageFactory


@pytest.fixture
def home(db):
    """The site's home page, served for the test client's host.

    Migrations create it; after a transactional (browser) test has flushed the
    database, it is built again the same way.
    """
    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    page = HomePage.objects.filter(depth=2).first()
    if page is None:
        page = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": page, "site_name": "Praxis"},
    )
    return page


@pytest.fixture
def sourcebook(home):
    return SourcebookIndexPageFactory(parent=home)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    from cms.chrome import forget

    cache.clear()
    forget()
    yield
    cache.clear()
    forget()


@pytest.fixture(autouse=True)
def _reset_language():
    """A request to a /fr/ page leaves French active in the thread; start each test in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def task_queue(settings):
    """The django-tasks database backend, as in production; ``task_queue.run()`` is the worker."""
    from .task_queue import TaskQueue

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return TaskQueue()
