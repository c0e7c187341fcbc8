"""What every page shows around its content, kept instead of rebuilt from the database each time.

The page chrome (main menu, language switcher, ``hreflang`` links,
breadcrumbs, footer), the site a request is for, the view restrictions and the
locales are the same for thousands of requests; rebuilding them cost a third
of a listing's time and most of a detail page's queries. They are kept:

- in the site's cache (Redis in production, shared by every worker), for the
  chrome's rendered fragments (``fragment``): under keys holding the content
  version (``cms.frontend_cache.content_version``), which moves on with every
  publish, unpublish, move, delete, view restriction, snippet, setting and
  site change, so every kept fragment goes stale at once, in every process;
- in each process, for the small things every request needs (``remembered``:
  the site for a host name, the view restrictions), again under the content
  version, of which only the latest is kept;
- locales in each process for good (``cached_locale``): a locale is a language
  code and an id, created once by migrations (a saved or deleted locale
  forgets them).

Privacy: a fragment is kept per *visibility class*, the view restrictions the
request does not pass (``cms.privacy.restrictions_blocking``), so a restricted
page never appears in a menu, breadcrumb or language link kept for someone who
may not open it, and what a member may see is shared only with those who may
see the same. Nothing personal (the account link, a CSRF token) is in a
fragment: ``templates/base.html`` renders those for each request.

The version is read once per request (on the request) and cached fragments
are keyed by site, active language and page, as the fragments' addresses and
words depend on them.
"""

from __future__ import annotations

import contextvars
import hashlib
import threading

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation

from .frontend_cache import content_changed, content_version

# A fragment is kept for a day at the most (a missed change cannot live longer).
FRAGMENT_SECONDS = 60 * 60 * 24

_lock = threading.Lock()
_memo: dict = {"version": None, "values": {}}
_locales: dict[str, object] = {}


# The version the request being served read (``ChromeMiddleware``), for code
# that has no request at hand (a listing's filter, a template tag).
_request_version: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "praxis_content_version", default=None
)


def version_for(request=None) -> int:
    """The content version, read once per request (every fragment of a page agrees)."""
    if request is None:
        return _request_version.get() or content_version()
    version = getattr(request, "_praxis_content_version", None)
    if version is None:
        version = request._praxis_content_version = content_version()
    return version


def remembered(request, key, build):
    """``build()`` kept in this process until the content version moves on."""
    version = version_for(request)
    with _lock:
        if _memo["version"] != version:
            _memo["version"], _memo["values"] = version, {}
        values = _memo["values"]
        if key in values:
            return values[key]
    value = build()
    with _lock:
        if _memo["version"] == version and len(values) < MEMORY_ITEMS:
            values[key] = value
    return value


# How many things a process keeps per content version at the most (addresses
# routed, mostly: a visitor may make up any number of them).
MEMORY_ITEMS = 20_000


def recall(request, key):
    """What ``keep`` kept under ``key`` for this content version, else None."""
    version = version_for(request)
    with _lock:
        if _memo["version"] != version:
            return None
        return _memo["values"].get(key)


def keep(request, key, value) -> None:
    version = version_for(request)
    with _lock:
        if _memo["version"] != version:
            _memo["version"], _memo["values"] = version, {}
        if len(_memo["values"]) < MEMORY_ITEMS:
            _memo["values"][key] = value


def forget() -> None:
    """Drop what this process keeps (tests start each from an empty cache)."""
    with _lock:
        _memo["version"], _memo["values"] = None, {}
        _locales.clear()


def visibility_class(request) -> str:
    """Which restricted parts of the site the request may not see, as a short key."""
    from .privacy import restrictions_blocking

    ids = sorted(r.pk for r in restrictions_blocking(request))
    return hashlib.blake2s(repr(ids).encode(), digest_size=8).hexdigest() if ids else "all"


# The longest key ``fragment`` writes: within memcached's 250 characters, with the
# cache's own prefix and version in front.
KEY_LENGTH = 200


def fragment(request, name: str, parts: tuple, build, timeout: int = FRAGMENT_SECONDS):
    """A piece of page chrome (HTML, or any small value) from the site's cache, built by
    ``build()`` when missing.

    Kept per content version, site, active language, visibility class and ``parts``
    (the page's id, say).
    """
    if request is None or getattr(request, "is_preview", False):
        return build()  # a preview shows a draft: never kept for visitors
    from wagtail.models import Site

    site = Site.find_for_request(request)
    key = ":".join(
        str(part)
        for part in (
            "praxis:chrome",
            version_for(request),
            name,
            site.pk if site else "-",
            translation.get_language() or "-",
            visibility_class(request),
            *parts,
        )
    )
    if len(key) > KEY_LENGTH:
        # Long parts (a list of ids, say) go into a digest: caches limit a key's length
        # (memcached to 250 characters), and a key should not grow with a list.
        digest = hashlib.blake2s(key.encode(), digest_size=16).hexdigest()
        key = f"{key[: KEY_LENGTH - len(digest) - 1]}:{digest}"
    html = cache.get(key)
    if html is None:
        html = build()
        cache.set(key, html, timeout)
    return html


# --- the site a request is for ------------------------------------------------


def find_site(request):
    """``Site.find_for_request`` from this process's memory (one query per content version)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    site = remembered(request, ("site", hostname, port), lambda: Site._find_for_request(request))
    request._wagtail_site = site
    return site


class ChromeMiddleware:
    """Reads the content version once per request and finds the request's site from memory,
    before Wagtail's own lookups ask for it."""

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        # Public images are files: serving them needs neither the site nor the
        # shared cache, so they are served even while the cache is down.
        self.media_prefix = settings.MEDIA_URL if settings.MEDIA_URL.startswith("/") else None

    def __call__(self, request):
        if self.media_prefix and request.path_info.startswith(self.media_prefix):
            return self.get_response(request)
        token = _request_version.set(version_for(request))
        try:
            find_site(request)
            return self.get_response(request)
        finally:
            _request_version.reset(token)


# --- locales --------------------------------------------------------------------


def cached_locale(manager, language_code):
    """``Locale.objects.get_for_language`` from this process's memory once read."""
    from wagtail.coreutils import get_supported_content_language_variant

    code = get_supported_content_language_variant(language_code)
    locale = _locales.get(code)
    if locale is None:
        locale = manager.get(language_code=code)
        _locales[code] = locale
    return locale


def _locale_changed(sender, **kwargs):
    _locales.clear()


def _site_changed(sender, raw=False, **kwargs):
    """A site or a collection's view restriction changed: what is kept goes stale."""
    if not raw:
        content_changed()


def _page_saved(sender, instance, raw=False, **kwargs):
    """A live page saved other than by publishing (created live by code, a live page's
    draft saved): what is kept may show it, so it goes stale too."""
    from wagtail.models import Page

    if not raw and isinstance(instance, Page) and instance.live:
        content_changed()


def _collection_groups_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        content_changed()


# --- the view restrictions of a page being served ----------------------------------


def restrictions_of_served_page(page, request, serve_args, serve_kwargs):
    """Hands Wagtail's privacy check the page's restrictions from memory (and the page its locale).

    Wagtail checks a page's view restrictions before serving it (its own
    ``before_serve_page`` hook, which runs after this one) with two queries;
    here they come from ``cms.privacy.all_restrictions``, the restrictions on
    the page and its ancestors, unless an alias is on the way (aliases take
    their source's restrictions: Wagtail works those out itself).
    """
    from wagtail.models import Locale, Page

    from .privacy import all_restrictions

    aliases = remembered(
        request,
        "alias-paths",
        lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
    )
    locales = remembered(request, "locales", lambda: {lo.pk: lo for lo in Locale.objects.all()})
    if "locale" not in page._state.fields_cache and page.locale_id in locales:
        page._state.fields_cache["locale"] = locales[page.locale_id]
    if page.alias_of_id or any(page.path.startswith(path) for path in aliases):
        return None
    page._praxis_view_restrictions = [
        r for r in all_restrictions(request) if page.path.startswith(r.page.path)
    ]
    return None


def install() -> None:
    """Serve locales from memory and move the content version on when a site changes
    (``CmsConfig.ready``)."""
    from wagtail import hooks
    from wagtail.models import CollectionViewRestriction, Locale, Page, Site
    from wagtail.models.i18n import LocaleManager

    if not getattr(LocaleManager.get_for_language, "praxis_cached", False):
        original = LocaleManager.get_for_language

        def get_for_language(self, language_code):
            if self._db not in (None, "default"):
                return original(self, language_code)
            return cached_locale(self, language_code)

        get_for_language.praxis_cached = True
        LocaleManager.get_for_language = get_for_language
    if not getattr(Page.get_view_restrictions, "praxis_cached", False):
        own_restrictions = Page.get_view_restrictions

        def get_view_restrictions(self):
            known = self.__dict__.get("_praxis_view_restrictions")
            return known if known is not None else own_restrictions(self)

        get_view_restrictions.praxis_cached = True
        Page.get_view_restrictions = get_view_restrictions
        hooks.register("before_serve_page", restrictions_of_served_page, order=-100)
    post_save.connect(_page_saved, dispatch_uid="praxis-live-page-saved")
    for signal in (post_save, post_delete):
        signal.connect(
            _site_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"praxis-collection-privacy-{id(signal)}",
        )
    m2m_changed.connect(
        _collection_groups_changed,
        sender=CollectionViewRestriction.groups.through,
        dispatch_uid="praxis-collection-privacy-groups",
    )
    for signal in (post_save, post_delete):
        signal.connect(_locale_changed, sender=Locale, dispatch_uid=f"praxis-locales-{id(signal)}")
        signal.connect(_site_changed, sender=Site, dispatch_uid=f"praxis-sites-{id(signal)}")


def prime_terms(obj, *fields: str, request=None) -> None:
    """Fill ``obj``'s foreign keys to taxonomy terms (``cms.models``) from this process's memory.

    Terms are few and change seldom (a saved term moves the content version on):
    all of a taxonomy's rows are read once, instead of one query per field.
    """
    for name in fields:
        field = type(obj)._meta.get_field(name)
        pk = getattr(obj, field.attname)
        if pk is None or field.cache_name in obj._state.fields_cache:
            continue
        model = field.related_model
        rows = remembered(
            request, ("terms-by-id", model._meta.label), lambda m=model: m.objects.in_bulk()
        )
        if pk in rows:
            obj._state.fields_cache[field.cache_name] = rows[pk]
