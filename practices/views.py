"""The sourcebook book's address, ``<sourcebook>/sourcebook.pdf``.

Wagtail only routes paths ending in a slash, so this view finds the page the
way the site's ``serve`` does (``cms.i18n.route``), applies the same hooks
(``cms.views.serve_through_hooks``: ``before_serve_page``, and the
``on_serve_page`` chain, where Wagtail checks view restrictions and marks a
restricted page's response never to be cached), and hands over to the page's
PDF route.
"""

from django.http import Http404

from cms.i18n import route
from cms.views import serve_through_hooks

from .models import SourcebookIndexPage


def sourcebook_pdf(request, path):
    result = route(request, path)
    if result is None:
        raise Http404
    page, args, kwargs = result
    if not isinstance(page, SourcebookIndexPage):
        raise Http404

    def serve_book(page, request, args, kwargs):
        return page.pdf(request)

    return serve_through_hooks(serve_book, page, request, args, kwargs)
