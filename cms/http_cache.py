"""Which responses a shared cache (Varnish in front of the site) may keep, and for how long.

An anonymous visitor's public page is the same for every anonymous visitor:
Varnish keeps it and answers the next thousand requests without Python.
``SharedCacheForPublicPages`` says so with ``Cache-Control: public, max-age=0,
s-maxage=…``: shared caches keep it for ``HTTP_CACHE_SECONDS`` (publishing
purges it sooner, ``cms.frontend_cache``), browsers ask again each time (a
visitor who signs in sees their account at once).

A response is public only when all of these hold:

- a GET or HEAD answered with 200;
- the view did not set ``Cache-Control`` itself (private links, downloads,
  feeds and search results decide for themselves);
- nothing in it is personal (``cms.middleware.is_personalised``): nobody signed
  in, no cookie set (a CSRF token in a form sets one), no session read that
  holds something (a flash message, a page password).

Everything else keeps what ``PersonalisedResponsesArePrivate`` and the view
say. A view may shorten the lifetime of its public copy with
``response.shared_max_age`` (an event page open for registration, whose
"places left" changes with every registration).

Pages with a form stay cacheable by leaving the CSRF token out of the
anonymous copy: ``static/js/account-state.js`` fetches one from
``/<lang>/accounts/state/`` (``account_state``, never stored) and puts it in
the form; without JavaScript the first post fails Django's CSRF check and
``csrf_failure`` shows the same page again with what was typed and a fresh
token, so the second press of the button goes through.
"""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache

from .middleware import is_personalised


def shared_max_age(response) -> int:
    return int(getattr(response, "shared_max_age", settings.HTTP_CACHE_SECONDS))


def may_be_shared(request, response) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and "Cache-Control" not in response
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not is_personalised(request, response)
    )


class SharedCacheForPublicPages:
    """``Cache-Control: public`` on anonymous public responses (the rules above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.HTTP_CACHE_SECONDS and may_be_shared(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=shared_max_age(response))
            # Nothing in it came from a cookie: one stored copy for everyone.
            if response.has_header("Vary"):
                kept = [
                    v.strip()
                    for v in response["Vary"].split(",")
                    if v.strip() and v.strip().lower() != "cookie"
                ]
                if kept:
                    response["Vary"] = ", ".join(kept)
                else:
                    del response["Vary"]
        return response


def leave_out_the_token(request) -> bool:
    """Whether a form on this page gets its CSRF token by script (an anonymous GET)."""
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "form_to_send_again", None)
        and not (user is not None and user.is_authenticated)
    )


@never_cache
def account_state(request):
    """The visitor's own state for a cached page: signed in or not, and a CSRF token."""
    response = JsonResponse(
        {"signed_in": request.user.is_authenticated, "csrf_token": get_token(request)}
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


def csrf_failure(request, reason=""):
    """A page's form posted without a valid token: the page again, with the form as typed.

    The anonymous copy of a page carries no token (a browser without
    JavaScript never gets one); rather than an error, the visitor sees the
    same page with what they typed, a fresh token and a word to send it again.
    Nothing is done with the data: the page is rendered as for a GET, the
    posted form only fills the fields. Other forms get Django's explanation.
    """
    match = getattr(request, "resolver_match", None)
    if request.method == "POST" and match is not None and match.url_name == "wagtail_serve":
        from .views import serve

        request.form_to_send_again = request.POST.copy()
        request.method = "GET"
        try:
            response = serve(request, *match.args, **match.kwargs)
        finally:
            request.method = "POST"
        if response.status_code == 200:
            get_token(request)
            response.status_code = 403
            patch_cache_control(response, private=True, no_store=True)
            return response
    return django_csrf_failure(request, reason, template_name="403_csrf.html")
