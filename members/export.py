"""A member's own data, as one JSON document (the right of access, GDPR art. 15 and 20).

The account's own data comes from here: the account, its addresses,
memberships, invitations, two-factor devices, sessions and what the person
published. Everything other apps store about the person comes from their
providers (``members.personal_data``), each under its own name. Rows are found
as account closure finds them: linked to the account, or under one of its
verified addresses.
"""

from __future__ import annotations

from django.db.models import Q

from . import personal_data


def _iso(value):
    return value.isoformat() if value else None


def account_export(user) -> dict:
    """Everything stored about ``user``, from every app, in a stable order."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from .models import Invitation

    verified_emails = user.verified_emails()
    own = {
        "account": user.personal_data(),
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "memberships": [
            m.personal_data()
            for m in user.memberships.select_related("agency__country").order_by("agency__name")
        ],
        "invitations_received": [
            i.personal_data()
            for i in Invitation.objects.filter(Q(email__in=verified_emails) | Q(accepted_by=user))
            .select_related("agency")
            .order_by("created_at", "pk")
        ],
        "invitations_sent": [
            i.personal_data()
            for i in Invitation.objects.filter(invited_by=user)
            .select_related("agency")
            .order_by("created_at", "pk")
        ],
        "two_factor_authentication": [
            {"type": a.type, "created": _iso(a.created_at), "last_used": _iso(a.last_used_at)}
            for a in Authenticator.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "sessions": [
            {
                "ip": s.ip,
                "user_agent": s.user_agent,
                "created": _iso(s.created_at),
                "last_seen": _iso(s.last_seen_at),
            }
            for s in UserSession.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "pages_owned": [
            {"title": p.title, "url_path": p.url_path}
            for p in Page.objects.filter(owner=user).order_by("path")
        ],
        "documents_uploaded": [
            d.personal_data()
            for d in get_document_model().objects.filter(uploaded_by_user=user).order_by("pk")
        ],
        "images_uploaded": [
            i.personal_data()
            for i in get_image_model().objects.filter(uploaded_by_user=user).order_by("pk")
        ],
    }
    return {**own, **personal_data.collect(user, verified_emails)}
