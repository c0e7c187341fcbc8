"""Languages of the site: locales for every enabled language, translations of a page.

Every public page links its translations (the language switcher and
``hreflang`` alternates) using ``translations_of``; a language the page does
not exist in leads to that language's home page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from .privacy import visible_pages


def ensure_locales(**kwargs):
    """Create a Wagtail locale for every enabled language (run after migrate)."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool


def translations_of(page: Page | None, request) -> list[LanguageLink]:
    """One link per enabled language: the page's translation, else that language's home."""
    current = translation.get_language()
    translated: dict[str, Page] = {}
    if page is not None and getattr(page, "translation_key", None):
        siblings = visible_pages(
            Page.objects.filter(translation_key=page.translation_key).select_related("locale"),
            request,
        )
        translated = {p.locale.language_code: p for p in siblings}
    homes = {}
    missing = [code for code, _ in settings.LANGUAGES if code not in translated]
    if missing:
        homes = {
            p.locale.language_code: p
            for p in Page.objects.filter(depth=2, locale__language_code__in=missing)
            .live()
            .select_related("locale")
        }
    view_path = _view_path(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        if view_path is not None:
            # A view of the site's own (search, accounts): the same view, query kept.
            with translation.override(current):
                url = translate_url(view_path, code)
            links.append(LanguageLink(code, name, url, code == current, True))
            continue
        target = translated.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request)
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
