"""Small site-wide views: page serving across languages, the language root redirect,
health check, error pages."""

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation

from .next_url import same_site_path


def serve(request, path):
    """Wagtail's ``serve``, routed through every language (``cms.i18n.route``).

    The same hooks run as in Wagtail's own view (``before_serve_page`` checks
    the page's view restrictions), so a page served under another language's
    prefix is exactly as private as at its own address.
    """
    from wagtail.views import serve_chain

    from .i18n import route

    result = route(request, path)
    if result is None:
        raise Http404
    page, args, kwargs = result
    return serve_through_hooks(serve_chain, page, request, args, kwargs)


def serve_through_hooks(view, page, request, args, kwargs):
    """Answer with ``view(page, request, args, kwargs)`` after Wagtail's page-serving hooks.

    ``before_serve_page`` hooks may answer first (Wagtail checks view
    restrictions there); ``on_serve_page`` hooks wrap the view, as in
    Wagtail's own ``serve``. Every way a page is served goes through here.
    """
    from wagtail import hooks

    chain = view
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        response = fn(page, request, args, kwargs)
        if isinstance(response, HttpResponse):
            return response
    return chain(page, request, args, kwargs)


def language_root(request):
    """Send ``/`` to the best language the visitor's browser asks for, or English.

    Django's ``get_language_from_request`` honours an explicit earlier choice
    (the language cookie) before ``Accept-Language``.
    """
    language = translation.get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def choose_language(request, code):
    """Remember an explicit language choice, then go to the page in that language."""
    if code not in dict(settings.LANGUAGES):
        code = settings.LANGUAGE_CODE
    target = same_site_path(request, request.GET.get("next"), f"/{code}/")
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response
