"""Languages of the site: locales for every enabled language, translations of a page.

Every public page links its translations (the language switcher and
``hreflang`` alternates) using ``translations_of``; a language the page does
not exist in leads to that language's home page.

The rule "in this language, or else in the default language" lives here once:
``in_language`` for pages (listings, search, the home page's events),
``labels_in_language`` for the names of taxonomy terms beside filter choices;
the locale a request is served in is Wagtail's ``Locale.get_active()``, which
already falls back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

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
    ``else_any``, what exists in neither language is taken in the languages
    it exists in. One query at the most (the default locale), then one queryset.
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
        known = objects.filter(locale__in=[locale.pk, default.pk]).values("translation_key")
        shown |= Q(pk__in=objects.exclude(translation_key__in=known).values("pk"))
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
