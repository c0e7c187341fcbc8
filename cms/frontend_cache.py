"""Which addresses show a piece of content, purged from the HTTP cache when it changes.

Varnish keeps the anonymous copy of public pages (``cms.http_cache`` says which);
when content changes, every stored copy that shows it must go, in every
language, and no other. Wagtail's ``frontend_cache`` app purges the page itself
on publish and rewrites its address for each language by swapping the prefix;
here translations have slugs of their own and listings show other languages'
entries where a translation is missing, so this module works out the addresses
and hands them to Wagtail's ``PurgeBatch`` and purge task (queued, so the task
worker sends the PURGE requests; with ``WAGTAILFRONTENDCACHE_LANGUAGES`` empty
each address is purged as it is). A purge of an address drops it with every
query string (deploy/varnish/praxis.vcl), so filtered and paginated listings go
with it.

What changes which addresses:

- publishing, unpublishing, deleting a page: the page (with its
  ``get_cached_paths``), its translations (their language switcher and
  ``hreflang`` links point at it), ``/sitemap.xml``, and whatever the apps say
  shows it (the ``praxis_pages_showing`` hook: listings, the home page,
  collections, search results);
- moving a page: all of that before and after the move, for it and its
  descendants (their addresses change);
- a change to what the page chrome shows: a page in the main menu (a child of
  a home page with "show in menus") that appears, disappears or changes title or
  address changes every page of its language; a title or address change
  changes its descendants' breadcrumbs;
- a snippet (themes, countries, people…): the pages that refer to it (Wagtail's
  reference index, and many-to-many fields), and what the hook adds (a theme is
  a filter choice on every listing);
- a site setting: every page and cached view of the site.

Apps answer through two Wagtail hooks, so this module imports none of them:
``praxis_pages_showing(obj)`` returns the pages (or addresses) that show a page
or snippet ``obj``; ``praxis_cached_views()`` returns the names of URL patterns
under a language prefix whose responses are cached and carry the page chrome
(the search page).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

# What the page chrome (main menu, breadcrumbs, switcher) shows of a page.
CHROME_FIELDS = ("title", "url_path", "show_in_menus", "live")

_local = threading.local()


def enabled() -> bool:
    """Whether any HTTP cache is configured to purge (nothing to compute otherwise)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


# --- addresses ----------------------------------------------------------------


class Addresses:
    """The absolute addresses to purge, gathered from pages, paths and views."""

    def __init__(self):
        self.batch = PurgeBatch()
        self._root_url = None

    @property
    def urls(self) -> set[str]:
        return self.batch.urls

    def root_url(self) -> str:
        if self._root_url is None:
            site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
            self._root_url = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
        return self._root_url

    def add_page(self, page: Page) -> None:
        if page.live:
            self.batch.add_page(page)

    def add_pages(self, pages: Iterable[Page]) -> None:
        for page in pages:
            self.add_page(page)

    def add_path(self, path: str) -> None:
        """A site-relative address such as ``/sitemap.xml`` or ``/fr/search/``."""
        self.batch.add_url(self.root_url() + path)

    def add(self, item) -> None:
        """A page, a site-relative address, or an absolute one (from the hook)."""
        if isinstance(item, Page):
            self.add_page(item)
        elif isinstance(item, str) and item.startswith("/"):
            self.add_path(item)
        elif isinstance(item, str):
            self.batch.add_url(item)
        else:
            self.add_pages(item)

    def purge(self) -> None:
        if self.urls:
            self.batch.purge()


def in_every_language(page: Page) -> list[Page]:
    """The live versions of ``page`` in every language (itself included, live or not)."""
    if not getattr(page, "translation_key", None):
        return [page]
    others = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).live()
    return [page, *others.specific(defer=True)]


def showing(obj) -> list:
    """What the apps say shows ``obj`` (the ``praxis_pages_showing`` hook)."""
    found = []
    for hook in hooks.get_hooks("praxis_pages_showing"):
        result = hook(obj)
        if result:
            found.extend(result)
    return found


def cached_view_paths(language: str) -> list[str]:
    """The cached views under the ``language`` prefix that show the page chrome."""
    paths = []
    for hook in hooks.get_hooks("praxis_cached_views"):
        for name in hook():
            with translation.override(language):
                try:
                    paths.append(reverse(name))
                except NoReverseMatch:
                    continue
    return paths


def subpaths(page: Page, *paths: str) -> list[str]:
    """Absolute addresses of routes below ``page`` (``"pdf/"``, ``"feed/rss/"``…)."""
    url = page.get_full_url()
    return [url + path for path in paths] if url else []


def page_addresses(page: Page, addresses: Addresses) -> None:
    """Everything that shows ``page`` where it is now (not the chrome of other pages).

    Each language version, the pages linking to it (their links carry its title
    and address: related entries, featured guides, links in rich text), and
    what the apps say lists it.
    """
    page = page.specific_deferred if type(page) is Page else page
    for version in in_every_language(page):
        addresses.add_page(version)
        addresses.add_pages(referring_pages(version))
        for item in showing(version):
            addresses.add(item)
    addresses.add_path("/sitemap.xml")


def whole_language(language_code: str, addresses: Addresses) -> None:
    """Every live page and cached view of one language (its page chrome changed)."""
    addresses.add_pages(
        Page.objects.live()
        .filter(locale__language_code=language_code, depth__gte=2)
        .specific(defer=True)
    )
    for path in cached_view_paths(language_code):
        addresses.add_path(path)


def whole_site(addresses: Addresses) -> None:
    for code, _name in settings.LANGUAGES:
        whole_language(code, addresses)


def chrome_addresses(page: Page, before: dict | None, addresses: Addresses) -> None:
    """Pages whose menu or breadcrumbs show ``page`` and changed with it."""
    now = {field: getattr(page, field) for field in CHROME_FIELDS}
    if before is None:  # first save: nothing showed it yet unless it is live now
        before = {**now, "live": False}
    changed = {field for field in CHROME_FIELDS if before[field] != now[field]}
    if not changed:
        return
    in_menu = page.depth == 3 and (before["show_in_menus"] or now["show_in_menus"])
    if in_menu and (before["live"] or now["live"]):
        whole_language(page.locale.language_code, addresses)
    if changed & {"title", "url_path"} and page.numchild:
        addresses.add_pages(page.get_descendants().live().specific(defer=True))


# --- what changed -------------------------------------------------------------

VERSION_KEY = "praxis:content-version"


def content_version() -> int:
    """A number that changes whenever anything the public pages show changes.

    What the site keeps in its own cache about pages (the page chrome: menu,
    language links, breadcrumbs) is stored under keys holding this number, so
    a change makes every such entry stale at once, in every process.
    """
    version = cache.get(VERSION_KEY)
    if version is None:
        # A new number (the time), never one used before the cache was emptied:
        # processes keep things under the version in their own memory (cms.chrome).
        cache.add(VERSION_KEY, int(time.time() * 1000), timeout=None)
        version = cache.get(VERSION_KEY, 0)
    return version


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new number will do
        cache.set(VERSION_KEY, int(time.time() * 1000), timeout=None)


def content_changed() -> None:
    """Move the content version on now, and again once the change is committed.

    Now, so that the transaction making the change sees its own change (an
    editor's next page, a test); again after the commit, because a request in
    another process may have kept the old content under the first new number
    while the change was not yet visible to it.
    """
    _bump()
    transaction.on_commit(_bump)


def _chrome_now(page: Page) -> dict:
    return {field: getattr(page, field) for field in CHROME_FIELDS}


def _remember_chrome(sender, instance, raw=False, **kwargs):
    """Before a page is saved: what its chrome showed (compared after a publish)."""
    if raw or not isinstance(instance, Page) or instance.pk is None or not enabled():
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and not set(update_fields) & set(CHROME_FIELDS):
        return  # a draft saved, a page locked: nothing the chrome shows
    # On the instance: Wagtail sends page_published and page_unpublished with the
    # very instance it saved (already of its specific class).
    instance._praxis_chrome_before = (
        Page.objects.filter(pk=instance.pk).values(*CHROME_FIELDS).first()
    )


def purge_on_commit(addresses: Addresses) -> None:
    """Purge after the change is committed (never before: a visitor could store the old copy)."""
    if addresses.urls:
        transaction.on_commit(addresses.purge)


def _published(sender, instance, **kwargs):
    content_changed()
    if not enabled():
        return
    addresses = Addresses()
    page_addresses(instance, addresses)
    chrome_addresses(instance, getattr(instance, "_praxis_chrome_before", None), addresses)
    instance._praxis_chrome_before = None
    purge_on_commit(addresses)


def _unpublished(sender, instance, **kwargs):
    content_changed()
    if not enabled():
        return
    addresses = Addresses()
    addresses.batch.add_page(instance)  # no longer live, but a copy may still be stored
    page_addresses(instance, addresses)
    before = getattr(instance, "_praxis_chrome_before", None) or {
        **_chrome_now(instance),
        "live": True,
    }
    chrome_addresses(instance, before, addresses)
    instance._praxis_chrome_before = None
    purge_on_commit(addresses)


def _subtree_and_menu(page: Page, addresses: Addresses) -> None:
    """``page`` and its live descendants where they are now, and the menu if it lists it."""
    for each in [page, *page.get_descendants().live().specific(defer=True)]:
        page_addresses(each, addresses)
    if page.depth == 3 and page.show_in_menus:
        whole_language(page.locale.language_code, addresses)


def _moving(sender, instance, **kwargs):
    if not enabled() or not instance.live:
        return
    addresses = Addresses()
    _subtree_and_menu(instance.specific_deferred, addresses)
    _local.moving = addresses


def _moved(sender, instance, **kwargs):
    content_changed()
    addresses = getattr(_local, "moving", None)
    _local.moving = None
    if addresses is None:
        return
    _subtree_and_menu(Page.objects.get(pk=instance.pk).specific_deferred, addresses)
    purge_on_commit(addresses)


def _page_deleting(sender, instance, **kwargs):
    """Each page deleted (descendants too): what showed it, while it can still be found."""
    content_changed()
    if not enabled() or not instance.live:
        return
    addresses = Addresses()
    page = instance.specific_deferred
    page_addresses(page, addresses)
    if page.depth == 3 and page.show_in_menus:
        whole_language(page.locale.language_code, addresses)
    purge_on_commit(addresses)


def _privacy_changed(sender, instance, raw=False, **kwargs):
    """A view restriction added, changed or removed: the public copies of its pages go."""
    if raw:
        return
    content_changed()
    if not enabled():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None and page.live:
        addresses = Addresses()
        _subtree_and_menu(page.specific_deferred, addresses)
        purge_on_commit(addresses)


def referring_pages(obj: models.Model) -> list[Page]:
    """The live pages that refer to ``obj``: the reference index, and many-to-many fields."""
    pages = []
    references = ReferenceIndex.get_references_to(obj)
    for source, _references in references.group_by_source_object():
        if isinstance(source, Page) and source.live and source.pk != obj.pk:
            pages.append(source.specific_deferred)
    for model in apps.get_models():
        if not issubclass(model, Page):
            continue
        for field in model._meta.get_fields(include_parents=False):
            if field.many_to_many and field.concrete and field.related_model is type(obj):
                pages.extend(model.objects.live().filter(**{field.name: obj}))
    return pages


def _content_changed(sender, instance, raw=False, **kwargs):
    """A snippet or a setting saved (or about to be deleted)."""
    if raw or type(instance) not in cached_models():
        return
    content_changed()
    if not enabled():
        return
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    addresses = Addresses()
    if isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        whole_site(addresses)
    else:
        for page in referring_pages(instance):
            page_addresses(page.specific_deferred, addresses)
        for item in showing(instance):
            addresses.add(item)
    purge_on_commit(addresses)


_cached_models: frozenset | None = None


def cached_models() -> frozenset[type[models.Model]]:
    """Snippets and settings: content shown on public pages that is not a page itself."""
    global _cached_models
    if _cached_models is None:
        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
        from wagtail.snippets.models import get_snippet_models

        shown = set(get_snippet_models())
        shown |= {
            model
            for model in apps.get_models()
            if issubclass(model, (BaseSiteSetting, BaseGenericSetting))
        }
        _cached_models = frozenset(shown)
    return _cached_models


def connect_signals() -> None:
    """Connect the purges (``CmsConfig.ready``)."""
    from wagtail.models import PageViewRestriction

    pre_save.connect(_remember_chrome, dispatch_uid="praxis-cache-chrome")
    page_published.connect(_published, dispatch_uid="praxis-cache-published")
    page_unpublished.connect(_unpublished, dispatch_uid="praxis-cache-unpublished")
    pre_page_move.connect(_moving, dispatch_uid="praxis-cache-moving")
    post_page_move.connect(_moved, dispatch_uid="praxis-cache-moved")
    pre_delete.connect(_page_deleting, sender=Page, dispatch_uid="praxis-cache-page-deleting")
    for signal in (post_save, pre_delete):
        # Snippets are registered by the apps' wagtail_hooks modules, which are
        # read later than this: every save is looked at, and the models known
        # as snippets or settings at that time are purged for.
        signal.connect(_content_changed, dispatch_uid=f"praxis-cache-content-{id(signal)}")
        signal.connect(
            _privacy_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"praxis-cache-privacy-{id(signal)}",
        )
    m2m_changed.connect(
        _privacy_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="praxis-cache-privacy-groups",
    )


def _privacy_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _privacy_changed(sender, instance)
