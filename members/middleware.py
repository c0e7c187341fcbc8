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

One path, each step asked once: the password; then the code, or, for staff
without an authenticator, its set-up, where the password typed a moment ago
counts as confirmed (allauth would ask for it again) and the code typed to
activate the app counts as the second factor (``members.signals``); then the
recovery codes, with a link on to where the person was going (kept in the
session under ``AFTER_TWO_FACTOR``).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from .models import STAFF_GROUP

# Where a staff member was going when sent to set up two-factor authentication.
AFTER_TWO_FACTOR = "praxis_after_two_factor"

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


def password_counts_as_confirmed(request, user) -> None:
    """Let a password typed within allauth's reauthentication timeout confirm the set-up.

    allauth asks for the password again before an authenticator is added unless
    the session holds a *reauthentication*; a staff member sent to the set-up
    straight from signing in has just typed it. Only the sign-in of this
    session, and only while it is as recent as a reauthentication would be.
    """
    import time

    from allauth.account import app_settings as account_settings
    from allauth.account.internal.flows.login import (
        AUTHENTICATION_METHODS_SESSION_KEY,
        get_authentication_records,
    )

    records = [dict(r) for r in get_authentication_records(request, user)]
    recent = time.time() - account_settings.REAUTHENTICATION_TIMEOUT
    if records and records[-1].get("method") == "password" and records[-1]["at"] > recent:
        records[-1] = {**records[-1], "reauthenticated": True}
        request.session[AUTHENTICATION_METHODS_SESSION_KEY] = records


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
        if not user.is_authenticated:
            return None
        name = _url_name(path)
        if passed_second_factor(request, user):
            if not (name or "").startswith("mfa_"):
                request.session.pop(AFTER_TWO_FACTOR, None)  # on the way: the link is done
            return None
        if name in ON_THE_WAY_TO_TWO_FACTOR or (name or "").startswith("mfa_"):
            return None
        if not has_staff_rights(user):
            return None
        if not has_totp(user):
            request.session[AFTER_TWO_FACTOR] = request.get_full_path()
            password_counts_as_confirmed(request, user)
            messages.warning(
                request,
                _(
                    "Your account has staff rights, which need two-factor authentication. "
                    "Set up an authenticator app now; then go on where you were going."
                ),
            )
            return redirect("mfa_activate_totp")
        return redirect(_with_next("mfa_reauthenticate", request.get_full_path()))
