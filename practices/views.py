"""The sourcebook book's address, ``<sourcebook>/sourcebook.pdf``.

Wagtail only routes paths ending in a slash, so this view finds the page the
way Wagtail's ``serve`` does, applies the same ``before_serve_page`` hooks
(view restrictions included), and hands over to the page's PDF route.
"""

from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Site

from .models import SourcebookIndexPage


def sourcebook_pdf(request, path):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [c for c in path.split("/") if c]
    page, args, kwargs = site.root_page.localized.specific.route(request, components)
    if not isinstance(page, SourcebookIndexPage):
        raise Http404
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return page.pdf(request)
