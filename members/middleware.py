"""The Wagtail admin is for staff who signed in with a second factor.

Wagtail's own sign-in and password-reset pages ask for a password only, so they
are sent to allauth's, which asks for the TOTP code too. Anyone who may use the
admin and has no authenticator yet is sent to set one up; a session that was
opened without the second factor (e.g. before it was set up elsewhere) must
confirm a code first.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _


def _with_next(url_name: str, next_url: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


def passed_second_factor(request, user) -> bool:
    from allauth.account.internal.flows.login import get_authentication_records

    return any(r.get("method") == "mfa" for r in get_authentication_records(request, user))


def has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class AdminRequiresTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.check(request) or self.get_response(request)

    def check(self, request):
        admin_home = reverse("wagtailadmin_home")
        path = request.path_info
        if not path.startswith(admin_home):
            return None
        if path.startswith(reverse("wagtailadmin_login")):
            return redirect(_with_next("account_login", request.GET.get("next") or admin_home))
        if path.startswith(reverse("wagtailadmin_password_reset")):
            return redirect("account_reset_password")
        if not settings.PRAXIS_ADMIN_REQUIRES_2FA:
            return None
        user = request.user
        if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
            return None
        if not has_totp(user):
            messages.warning(
                request,
                _(
                    "The admin needs two-factor authentication. Set up an authenticator "
                    "app now; then go back to the admin."
                ),
            )
            return redirect("mfa_activate_totp")
        if not passed_second_factor(request, user):
            return redirect(_with_next("mfa_reauthenticate", request.get_full_path()))
        return None
