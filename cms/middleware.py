"""Response headers the whole site needs: who may cache a response, what a page may run.

``PersonalisedResponsesArePrivate`` marks every personalised response
``Cache-Control: private``, so that a shared cache (Varnish in front of the
site, a CDN, a company proxy) never hands one visitor's page to another. A
response is personalised when

- the visitor is signed in: every page then shows their account menu and
  carries their CSRF token, and many show more (an event page their private
  registration link, the members' area their agency's pages);
- it sets a cookie: a session, a CSRF token in a form (the registration form,
  the sign-in page), a flash message consumed, a language choice;
- it read a session that holds something (an anonymous visitor's messages,
  a passed page password, a stashed invitation address).

Views that know better say so themselves (``no-store`` on private links and
downloads, ``public`` on feeds and calendars): their stricter directives are
kept, and ``public`` is replaced by ``private`` only when one of the rules
above holds. It sits first in ``MIDDLEWARE`` so that it sees the response
after every other middleware (sessions, CSRF, messages) has added its cookies.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse
from django.utils.cache import patch_cache_control


def is_personalised(request, response) -> bool:
    if response.cookies:
        return True
    user = getattr(request, "user", None)
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        if user is not None and user.is_authenticated:
            return True
        session = getattr(request, "session", None)
        if session is not None and session.accessed and not session.is_empty():
            return True
    elif user is not None and getattr(user, "is_authenticated", False):
        # Signed in without a session cookie (a test client's force_login, an API token).
        return True
    return False


class PersonalisedResponsesArePrivate:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personalised(request, response):
            patch_cache_control(response, private=True)
        return response


class SecurityHeadersMiddleware(CSPMiddleware):
    """Content-Security-Policy and Permissions-Policy on every response.

    The public site gets ``CONTENT_SECURITY_POLICY``: scripts, styles, images,
    fonts and connections from the site itself only, no inline script or style,
    no plugins, no framing. The Wagtail admin gets the looser
    ``PRAXIS_ADMIN_CONTENT_SECURITY_POLICY``: its editors need inline styles,
    ``blob:`` and ``data:`` images (upload previews, the authenticator QR code)
    and frames of the site's own pages (the live preview). A view may still set
    its own policy (``cms.private_media`` and ``cms.public_media`` forbid
    everything in the files they send); it is left as it is.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin(request):
            parts.config = default_config(settings.PRAXIS_ADMIN_CONTENT_SECURITY_POLICY)
        return parts

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail's preview renders the page through the middleware with a
            # stand-in request for the page's public address; the real request
            # (an admin address, shown in the preview panel's frame) decides.
            return response
        response = super().process_response(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response


def is_admin(request) -> bool:
    return request.path_info.startswith(reverse("wagtailadmin_home"))
