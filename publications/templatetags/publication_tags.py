"""Template tags of the publications' pages."""

from django import template

from publications.metadata import coins as context_object

register = template.Library()


@register.simple_tag(takes_context=True)
def coins(context, publication):
    """The publication's OpenURL ContextObject for a listing's ``span.Z3988``.

    The page's address is found with the request, whose site root paths Wagtail
    reads once per request; ``page.full_url`` reads them from the cache for every
    card (a sixth of the publications listing's time).
    """
    request = context.get("request")
    return context_object(publication, url=publication.get_full_url(request))
