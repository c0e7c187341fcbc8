"""Template tags used on every page: navigation, breadcrumbs, terms, card images, addresses in
the reader's language."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Locale, Page, Site

from cms.chrome import fragment, remembered
from cms.i18n import language_of, url_in_language
from cms.models import CARD_IMAGE_SPEC
from cms.privacy import visible_pages

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _reading_home(request):
    """The live home page in the active language, else the site's own."""
    from cms.i18n import _pick, reading_locale

    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else Page.objects.filter(depth=2).first()
    if root is None:
        return None
    homes = Page.objects.filter(translation_key=root.translation_key)
    return _pick(homes, reading_locale(), Locale.get_default())


def _sections(request):
    """The home page's sections the visitor may open, in the reader's language where
    translated, in the order of the site's own menu (sections only translated last)."""
    from cms.i18n import children_in_every_language, one_per_translation, reading_locale

    home = _reading_home(request)
    if home is None:
        return []
    sections = visible_pages(children_in_every_language(home), request)
    items = list(one_per_translation(sections, reading_locale()).select_related("locale"))
    site = Site.find_for_request(request) if request else None
    order = {}
    if site is not None:
        keys = Page.objects.child_of(site.root_page).values_list("translation_key", flat=True)
        order = {key: position for position, key in enumerate(keys)}
    items.sort(key=lambda item: (order.get(item.translation_key, len(order)), item.path))
    return items


def _cached(template_name, name, *, by_page=True):
    """A chrome tag rendered once per page and kept (``cms.chrome.fragment``)."""

    def decorator(build):
        def tag(context):
            request = context.get("request")
            page = _current_page(context)
            parts = (page.pk if page is not None else "-",) if by_page else ()
            return mark_safe(
                fragment(
                    request,
                    name,
                    parts,
                    lambda: render_to_string(template_name, build(context, request, page)),
                )
            )

        tag.__name__ = build.__name__
        tag.__doc__ = build.__doc__
        return register.simple_tag(takes_context=True, name=build.__name__)(tag)

    return decorator


@_cached("includes/main_nav.html", "nav")
def main_nav(context, request, page):
    """The home page's sections in the visitor's language, each at its address there.

    A section not translated into the active language is listed all the same,
    in the language it exists in (marked with ``lang``); a section the
    visitor may not open (the members' area for everyone else) is left out.
    Kept per page (which section is the current one).
    """
    items = [item for item in _sections(request) if item.show_in_menus]
    current_keys = set()
    if page is not None:
        current_keys = set(
            Page.objects.ancestor_of(page, inclusive=True).values_list("translation_key", flat=True)
        )
    return {
        "items": [
            (item, url_in_language(item, request), item.translation_key in current_keys)
            for item in items
        ],
        "request": request,
    }


@_cached("includes/breadcrumbs.html", "breadcrumbs")
def breadcrumbs(context, request, page):
    """The page's ancestors below the home page, each in the visitor's language where translated."""
    from cms.i18n import one_per_translation, reading_locale

    if page is None or page.depth <= 2:
        return {"page": None}
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gte=3))
    keys = [a.translation_key for a in ancestors]
    shown = {
        p.translation_key: p
        for p in one_per_translation(
            visible_pages(Page.objects.filter(translation_key__in=keys), request),
            reading_locale(),
        ).select_related("locale")
    }
    crumbs = [shown.get(a.translation_key, a) for a in ancestors]
    return {
        "ancestors": [(crumb, url_in_language(crumb, request)) for crumb in crumbs],
        "home_url": _home_path(),
        "page": page,
        "request": request,
    }


def _home_path():
    from django.urls import reverse

    return reverse("wagtail_serve", args=[""])


@register.simple_tag
def home_url():
    """The home page under the active language's prefix (every language has one)."""
    return _home_path()


@register.simple_tag(takes_context=True)
def localurl(context, page):
    """``page``'s address under the active language's prefix (``cms.i18n.url_in_language``)."""
    return url_in_language(page, context.get("request"))


@register.simple_tag
def page_language(page):
    """The code of the language ``page`` is written in."""
    return language_of(page)


@register.simple_tag(takes_context=True)
def localroutableurl(context, page, url_name, *args, **kwargs):
    """A sub-route of a routable page under the active language's prefix."""
    base = url_in_language(page, context.get("request"))
    if not base.endswith("/"):
        base += "/"
    return base + page.reverse_subpage(url_name, args=args, kwargs=kwargs)


@register.simple_tag
def lang_attr(page):
    """`` lang="xx"`` when ``page`` is written in another language than the active one."""
    from django.utils.html import format_html
    from django.utils.translation import get_language

    if page is None or not getattr(page, "locale_id", None):
        return ""
    code = language_of(page)
    if code == (get_language() or "").split("-")[0]:
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag(takes_context=True)
def term(context, obj):
    """A taxonomy term's name in the page's language (read once per content version)."""
    from django.utils.translation import get_language
    from wagtail.models import Locale

    if obj is None:
        return ""
    request = context.get("request")
    language = get_language()
    cache = getattr(request, "_praxis_terms", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._praxis_terms = cache
    model = type(obj)
    key = (model._meta.label, language)
    if key not in cache:

        def names():
            try:
                locale = Locale.objects.get_for_language(language)
            except Locale.DoesNotExist:
                return {}
            return {
                getattr(row, "code", None) or row.slug: row.name
                for row in model.objects.filter(locale=locale)
            }

        # Kept in the process until a term changes (``cms.chrome.remembered``).
        cache[key] = remembered(request, ("terms", *key), names)
    ident = getattr(obj, "code", None) or obj.slug
    return cache[key].get(ident, obj.name)


@register.simple_tag
def card_image(image):
    """A listing card's picture, decorative, in the one size every card uses."""
    if not image:
        return ""

    def tag():
        rendition = get_rendition_or_not_found(image, CARD_IMAGE_SPEC)
        return rendition.img_tag({"loading": "lazy", "alt": "", "class": "card-image"})

    # Kept in the process under the content version: finding a rendition reads and
    # unpickles it from the shared cache, a third of a news listing's time. A new
    # file or focal point makes a new key (and a new rendition).
    focus = (image.focal_point_x, image.focal_point_y, image.focal_point_width)
    key = ("card-image", image.pk, image.file_hash, focus, image.focal_point_height)
    return mark_safe(remembered(None, key, tag))


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """One link per language: the page's translation, else the page in that language.

    Kept per page; on the site's own views (search, accounts) the links keep the
    address's query and cost no query, so they are built each time.
    """
    from cms.i18n import translations_of

    request = context.get("request")
    page = _current_page(context)

    def build():
        links = translations_of(page, request)
        return render_to_string(
            "includes/language_switcher.html", {"links": links, "request": request}
        )

    if page is None:
        return mark_safe(build())
    return mark_safe(fragment(request, "switcher", (page.pk,), build))


@_cached("includes/hreflang.html", "hreflang")
def hreflang_links(context, request, page):
    """``<link rel="alternate" hreflang>`` for each live translation of the page."""
    from cms.i18n import alternates_of

    return {"alternates": alternates_of(page, request)}


# Languages whose names are written with a capital inside a sentence
# ("in English", "auf Englisch", "in het Engels"); elsewhere they are not
# ("en anglais", "po angielsku", "en inglés").
CAPITALISED_LANGUAGE_NAMES = {"en", "de", "nl", "lb", "ga", "mt"}


@register.filter
def language_in_sentence(code):
    """The name of language ``code`` in the active language, as written mid-sentence."""
    from django.utils.translation import get_language, get_language_info
    from django.utils.translation import gettext as _

    name = _(get_language_info(code)["name"])
    active = (get_language() or "en").split("-")[0]
    return name if active in CAPITALISED_LANGUAGE_NAMES else name.lower()


FEED_ROUTES = (("feed_rss", "RSS"), ("feed_atom", "Atom"), ("calendar", "iCalendar"))


@_cached("includes/footer.html", "footer", by_page=False)
def site_footer(context, request, page):
    """Every page's footer, in the reader's language: the site's notices and contact, the
    feeds of its sections, and the EU funding acknowledgement (``cms.models.SiteFooter``)."""
    from django.urls import NoReverseMatch
    from django.utils.translation import gettext as _

    from cms.i18n import reading_locale
    from cms.models import SiteFooter

    locale = reading_locale()
    footers = {f.locale_id: f for f in SiteFooter.objects.all()}
    footer = footers.get(locale.pk) or footers.get(Locale.get_default().pk)
    if footer is None and footers:
        footer = next(iter(footers.values()))
    links = []
    if footer is not None:
        for label, page_id in (
            (_("Privacy notice"), footer.privacy_notice_id),
            (_("Accessibility statement"), footer.accessibility_statement_id),
            (_("Contact"), footer.contact_page_id),
        ):
            page = _in_reading_language(page_id, request, locale)
            if page is not None:
                links.append((label, url_in_language(page, request)))
    feeds = []
    sections = _sections(request)
    specific = {p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in sections]).specific()}
    for section in (specific[p.pk] for p in sections if p.pk in specific):
        if not hasattr(section, "reverse_subpage"):
            continue
        for route, label in FEED_ROUTES:
            try:
                route_url = section.reverse_subpage(route)
            except NoReverseMatch:
                continue
            lang = language_of(section) if section.locale_id != locale.pk else ""
            url = url_in_language(section, request) + route_url
            feeds.append((section.title, label, url, lang))
    footer_lang = ""
    if footer is not None and footer.locale_id != locale.pk:
        footer_lang = language_of(footer)
    return {"footer": footer, "footer_lang": footer_lang, "links": links, "feeds": feeds}


def _in_reading_language(page_id, request, locale):
    """The page ``page_id`` in the reader's language if translated, else itself, if visible."""
    if not page_id:
        return None
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    versions = visible_pages(Page.objects.filter(translation_key=page.translation_key), request)
    from cms.i18n import one_per_translation

    return one_per_translation(versions, locale).first()
