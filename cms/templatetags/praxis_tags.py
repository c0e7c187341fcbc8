"""Template tags used on every page: navigation, breadcrumbs, terms, card images."""

from django import template
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page, Site

from cms.models import CARD_IMAGE_SPEC

register = template.Library()


def _home(request, page=None):
    if page is not None and page.depth >= 2:
        return Page.objects.ancestor_of(page, inclusive=True).filter(depth=2).first()
    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else None
    if root is None:
        return None
    from django.utils.translation import get_language
    from wagtail.models import Locale

    try:
        locale = Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return root
    return root.get_translation_or_none(locale) or root


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    home = _home(request, page)
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu().specific(defer=True))
    current_path = page.path if page else ""
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gte=2))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    home = _home(request, page)
    return home.get_url(request) if home else "/"


@register.simple_tag(takes_context=True)
def term(context, obj):
    """A taxonomy term's name in the page's language (one query per taxonomy per request)."""
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
        names = {}
        try:
            locale = Locale.objects.get_for_language(language)
        except Locale.DoesNotExist:
            locale = None
        if locale is not None:
            for row in model.objects.filter(locale=locale):
                names[getattr(row, "code", None) or row.slug] = row.name
        cache[key] = names
    ident = getattr(obj, "code", None) or obj.slug
    return cache[key].get(ident, obj.name)


@register.simple_tag
def card_image(image):
    """A listing card's picture, decorative, in the one size every card uses."""
    if not image:
        return ""
    rendition = get_rendition_or_not_found(image, CARD_IMAGE_SPEC)
    return rendition.img_tag({"loading": "lazy", "alt": "", "class": "card-image"})


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    from cms.i18n import translations_of

    request = context.get("request")
    return {"links": translations_of(_current_page(context), request), "request": request}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    from cms.i18n import alternates_of

    return {"alternates": alternates_of(_current_page(context), context.get("request"))}


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
