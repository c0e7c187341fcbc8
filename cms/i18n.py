"""Languages of the site: locales, translations of a page, and every section in every language.

Every public page links its translations (the language switcher and
``hreflang`` alternates) using ``translations_of`` and ``alternates_of``.

Wagtail serves ``/fr/…`` from the French page tree only, so a section nobody
has translated yet answers 404 there and is missing from the French menu.
Praxis routes an address under a language prefix through the pages of every
language instead (``route``): at each step it takes the live page in the
visitor's language, else the default language's, else any other. So
``/fr/news/`` serves the English news index, with the site's own words in
French and the page's text marked as English, until a French translation is
published; drafts never count, so a translation waiting for its translator is
never shown. Listings choose their entries by the same rule
(``one_per_translation``) and link an entry that is not in the visitor's
language at its address under the visitor's language prefix
(``url_in_language``), so a French reader stays on the French site.

The rule "in this language, or else in the default language" lives here once:
``in_language`` for pages (listings, search, the home page's events, sections),
``labels_in_language`` for the names of taxonomy terms beside filter choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models import Min, Q
from django.http import Http404
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.url_routing import RouteResult

from .privacy import visible_pages


def ensure_locales(**kwargs):
    """Create a Wagtail locale for every enabled language (run after migrate)."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def in_language(objects, locale: Locale, *, stand_ins: Q | None = None, else_any=False):
    """``objects`` (of every language) as a reader of ``locale`` sees them, each once.

    What exists in ``locale``'s language is taken from it; what does not is
    taken in the default language, so no reader misses it (``stand_ins``, a
    condition, limits which default-language objects may stand in). With
    ``else_any``, what exists in neither language is taken in the first
    language it was written in. One query at the most (the default locale), then one queryset.
    """
    default = Locale.get_default()
    shown = Q(locale=locale)
    if default.pk != locale.pk:
        missing = objects.filter(locale=default).exclude(
            translation_key__in=objects.filter(locale=locale).values("translation_key")
        )
        if stand_ins is not None:
            missing = missing.filter(stand_ins)
        shown |= Q(pk__in=missing.values("pk"))
    if else_any:
        # The first created of each translation group in neither language.
        known = objects.filter(locale__in=[locale.pk, default.pk]).values("translation_key")
        others = (
            objects.exclude(translation_key__in=known)
            .order_by()
            .values("translation_key")
            .annotate(first=Min("pk"))
            .values("first")
        )
        shown |= Q(pk__in=others)
    return objects.filter(shown)


def labels_in_language(rows, locale: Locale, default: Locale) -> dict[str, str]:
    """Value -> label in ``locale``'s language, else the default language's, A to Z.

    ``rows`` are ``(value, label, locale id)`` of a translatable list (themes,
    countries…) in any languages; values (slugs, codes) are the same in every
    language, so a value untranslated into ``locale`` keeps its default label.
    """
    labels = {}
    for value, label, locale_id in sorted(rows, key=lambda row: (row[2] == locale.pk, row[1])):
        if locale_id in (locale.pk, default.pk):
            labels[value] = label
    return dict(sorted(labels.items(), key=lambda item: item[1].casefold()))


# -- which page a reader gets -----------------------------------------------------


def reading_locale(fallback=None) -> Locale:
    """The locale of the active language (the address's prefix), else ``fallback`` or default."""
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return fallback or Locale.get_default()


def language_of(page) -> str:
    """The language code of a page's locale (one query per process for all locales)."""
    code = _LOCALE_CODES.get(page.locale_id)
    if code is None:
        _LOCALE_CODES.update(Locale.objects.values_list("pk", "language_code"))
        code = _LOCALE_CODES.get(page.locale_id, settings.LANGUAGE_CODE)
    return code


_LOCALE_CODES: dict[int, str] = {}


def one_per_translation(pages, locale: Locale):
    """``pages`` (of any language) with one page per translation group (``in_language``).

    Narrow ``pages`` to what the visitor may open first
    (``cms.privacy.visible_pages``), so a draft translation never hides the live
    page it translates.
    """
    return in_language(pages, locale, else_any=True)


def children_in_every_language(parent: Page, model=Page):
    """The children of every language version of ``parent`` (drafts included), as ``model``."""
    from .chrome import remembered

    # Where each language version of ``parent`` is, kept per process and content
    # version (a page moved or translated moves it on).
    versions = remembered(
        None,
        ("page-versions", parent.translation_key),
        lambda: list(
            Page.objects.filter(translation_key=parent.translation_key).values_list("path", "depth")
        ),
    )
    condition = Q(pk__in=[])
    for path, depth in versions:
        condition |= Q(path__startswith=path, depth=depth + 1)
    return model.objects.filter(condition)


def section_in_language(home: Page, model, request, locale: Locale | None = None):
    """The live section of type ``model`` under the home page, in the reader's language if any.

    ``None`` when the site has no such section the visitor may open.
    """
    import copy

    from .chrome import remembered, visibility_class

    locale = locale or reading_locale(home.locale)

    def find():
        sections = visible_pages(children_in_every_language(home, model), request)
        return one_per_translation(sections, locale).select_related("locale").first()

    # Kept in the process per content version (a copy each time: callers may
    # bind the page to a language).
    key = ("section", home.pk, model._meta.label, locale.pk, visibility_class(request))
    return copy.copy(remembered(request, key, find))


def _pick(pages, locale: Locale, default: Locale):
    """The live page of ``pages`` in ``locale``, else in the default locale, else the first."""
    rows = list(pages.live().order_by("pk"))
    for wanted in (locale.pk, default.pk):
        for page in rows:
            if page.locale_id == wanted:
                return page
    return rows[0] if rows else None


def route(request, path: str):
    """Wagtail's route for ``path`` under the active language, falling back across languages.

    Returns a ``RouteResult`` (cached on the request the way Wagtail caches
    its own, so ``Page.find_for_request`` agrees) or ``None``. A page served
    under a language it is not written in has its address bound to that
    language (``bind_to_language``), so links to it and to its sub-routes
    keep the reader under the same prefix.
    """
    from .chrome import keep, recall

    site = Site.find_for_request(request)
    key = ("route", site.pk if site else None, translation.get_language(), path)
    components = [c for c in path.split("/") if c]
    known = recall(request, key)
    if known is not None:
        # Which page answered this address before (this content version): read
        # it straight away rather than walking down the tree again.
        model, pk, remaining = known
        page = model.objects.filter(pk=pk).first()
        try:
            result = page.route(request, remaining) if page is not None else None
        except Http404:
            result = None
        request._wagtail_route_for_request = result
    else:
        result = Page.route_for_request(request, path)
        language = translation.get_language()
        if result is None or language_of(result[0]) != language:
            # Wagtail walks down from the home page in the reader's language
            # only once that home page is live: a translation published before
            # its home page and section (themselves drafts until their
            # translator publishes them) is found level by level instead.
            try:
                fallback = _fallback_route(request, components)
            except Http404:
                fallback = None
            if result is None or (fallback is not None and language_of(fallback[0]) == language):
                result = fallback
            request._wagtail_route_for_request = result
        if result is not None:
            page = result[0]
            keep(request, key, (type(page), page.pk, components[page.depth - 2 :]))
    if result is not None:
        language = translation.get_language()
        if language and language_of(result[0]) != language:
            bind_to_language(result[0], language)
    return result


def _fallback_route(request, components: list[str]):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    locale, default = reading_locale(), Locale.get_default()
    node = _pick(
        Page.objects.filter(translation_key=site.root_page.translation_key), locale, default
    )
    for position, slug in enumerate(components):
        if node is None:
            raise Http404
        specific = node.specific
        if hasattr(specific, "resolve_subpage"):
            # A sub-route of a routable page (feeds, a person, a calendar file…).
            try:
                match = specific.resolve_subpage("/" + "/".join(components[position:]) + "/")
            except Http404:
                pass
            else:
                request.routable_resolver_match = match
                view, args, kwargs = match
                return RouteResult(specific, args=(view, args, kwargs))
        node = _pick(children_in_every_language(node).filter(slug=slug), locale, default)
    if node is None:
        raise Http404
    return node.specific.route(request, [])


def bind_to_language(page: Page, language: str) -> None:
    """Make ``page``'s own address (and its sub-routes') the one under ``language``'s prefix.

    Only this instance changes: the page being served, so that its template's
    links to itself (a filter form, a feed, the registration form) stay under
    the prefix the visitor came through. ``page.source_url`` keeps the address
    in its own language, for the canonical link.
    """
    own = type(page).get_url_parts
    page.source_url = page.get_full_url()

    def get_url_parts(request=None):
        parts = own(page, request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        return site_id, root_url, _with_prefix(page_path, language_of(page), language)

    page.get_url_parts = get_url_parts
    page.served_in_language = language


def _with_prefix(url: str, current: str, language: str) -> str:
    parts = urlsplit(url)
    prefix = f"/{current}/"
    if not parts.path.startswith(prefix):
        return url
    return urlunsplit(parts._replace(path=f"/{language}/" + parts.path[len(prefix) :]))


def url_in_language(page: Page, request=None, language: str | None = None) -> str:
    """The address of ``page`` under ``language``'s prefix (the active one by default).

    A page in that language has its own address; any other is served there by
    ``route`` in the language it is written in.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    url = page.get_url(request)
    if url is None:
        return ""
    prefix = getattr(page, "served_in_language", None) or language_of(page)
    return url if prefix == language else _with_prefix(url, prefix, language)


# -- the language switcher and hreflang -----------------------------------------------


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool


def translations_of(page: Page | None, request) -> list[LanguageLink]:
    """One link per enabled language: the page's translation, else the same page in that language.

    Every page is served under every language's prefix (``route``); where it
    is not translated, the link leads there and is marked as untranslated.
    """
    current = translation.get_language()
    translated: dict[str, Page] = {}
    if page is not None and getattr(page, "translation_key", None):
        siblings = visible_pages(
            Page.objects.filter(translation_key=page.translation_key).select_related("locale"),
            request,
        )
        translated = {p.locale.language_code: p for p in siblings}
    view_path = _view_path(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        if view_path is not None:
            # A view of the site's own (search, accounts): the same view, query kept.
            with translation.override(current):
                url = translate_url(view_path, code)
            links.append(LanguageLink(code, name, url, code == current, True))
            continue
        target = translated.get(code)
        if target is not None:
            url = target.get_url(request)
        elif page is not None:
            url = url_in_language(page, request, code)
        else:
            url = f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current, code in translated))
    return links


def _view_path(page, request) -> str | None:
    """The full path of a language-prefixed Django view (not a Wagtail page), or None."""
    if page is not None or request is None:
        return None
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name in (None, "wagtail_serve"):
        return None
    return request.get_full_path()


def alternates_of(page: Page | None, request) -> list[tuple[str, str]]:
    """``(hreflang, absolute URL)`` for each live translation, plus ``x-default``."""
    if page is None or not getattr(page, "translation_key", None):
        return []
    siblings = visible_pages(
        Page.objects.filter(translation_key=page.translation_key).select_related("locale"),
        request,
    )
    by_code = {p.locale.language_code: p for p in siblings}
    alternates = [
        (code, by_code[code].get_full_url(request))
        for code, _ in settings.LANGUAGES
        if code in by_code
    ]
    default = by_code.get(settings.LANGUAGE_CODE) or (siblings[0] if alternates else None)
    if default is not None:
        alternates.append(("x-default", default.get_full_url(request)))
    return alternates
