"""Staff rights are used only by a session that passed the second factor, anywhere on the site.

Staff rights reach far beyond ``/admin/``: consortium staff open every agency's
private pages and files, editors' collection permissions unlock private
documents and images, a permission opens an export or an invitation form. So
the rule is not about a path but about the session: a signed-in person with
any staff right (see ``has_staff_rights``) whose session has not passed the
second factor is sent to do so before any page is served, public or private.
Only the steps that lead there stay open (setting up or entering a code,
confirming the password, signing out). Members of an agency, whose rights are
their agency's pages, need no second factor.

Wagtail's own sign-in and password-reset pages ask for a password only, so they
are sent to allauth's, which asks for the TOTP code too.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from .models import STAFF_GROUP

# What a staff session may open before it has passed the second factor.
ON_THE_WAY_TO_TWO_FACTOR = {
    "account_login",
    "account_logout",
    "account_reauthenticate",
    "account_confirm_email",
    "account_email_verification_sent",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key",
    "account_reset_password_from_key_done",
    "account_inactive",
    "choose_language",
    "healthz",
}


def _with_next(url_name: str, next_url: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


def passed_second_factor(request, user) -> bool:
    from allauth.account.internal.flows.login import get_authentication_records

    return any(r.get("method") == "mfa" for r in get_authentication_records(request, user))


def has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def has_staff_rights(user) -> bool:
    """Whether ``user`` holds any right beyond their agencies' pages.

    Superusers and staff, consortium staff (every agency's pages and files),
    and anyone with a permission: a Django one (the admin, exports,
    invitations…) or a Wagtail page or collection permission (editing pages,
    choosing private images and documents).
    """
    from django.contrib.auth.models import Group
    from django.db.models import Q

    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.is_staff:
        return True
    if user.user_permissions.exists():
        return True
    return (
        Group.objects.filter(user=user)
        .filter(
            Q(name=STAFF_GROUP)
            | Q(permissions__isnull=False)
            | Q(page_permissions__isnull=False)
            | Q(collection_permissions__isnull=False)
        )
        .exists()
    )


def _url_name(path: str) -> str | None:
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


class StaffRequiresTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.check(request) or self.get_response(request)

    def check(self, request):
        path = request.path_info
        admin_home = reverse("wagtailadmin_home")
        if path.startswith(reverse("wagtailadmin_login")):
            return redirect(_with_next("account_login", request.GET.get("next") or admin_home))
        if path.startswith(reverse("wagtailadmin_password_reset")):
            return redirect("account_reset_password")
        if not settings.PRAXIS_ADMIN_REQUIRES_2FA:
            return None
        user = request.user
        if not user.is_authenticated or passed_second_factor(request, user):
            return None
        name = _url_name(path)
        if name in ON_THE_WAY_TO_TWO_FACTOR or (name or "").startswith("mfa_"):
            return None
        if not has_staff_rights(user):
            return None
        if not has_totp(user):
            messages.warning(
                request,
                _(
                    "Your account has staff rights, which need two-factor authentication. "
                    "Set up an authenticator app now; then go on where you were going."
                ),
            )
            return redirect("mfa_activate_totp")
        return redirect(_with_next("mfa_reauthenticate", request.get_full_path()))
