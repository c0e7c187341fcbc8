"""A member's own data, as one JSON document (the right of access, GDPR art. 15 and 20)."""

from __future__ import annotations


def _iso(value):
    return value.isoformat() if value else None


def personal_data(user) -> dict:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from .models import Invitation

    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "memberships": [
            {
                "agency": m.agency.name,
                "country": m.agency.country.name,
                "role": m.role,
                "since": _iso(m.since),
            }
            for m in user.memberships.select_related("agency__country")
        ],
        "invitations_sent": [
            {"email": i.email, "agency": i.agency.name, "sent": _iso(i.created_at)}
            for i in Invitation.objects.filter(invited_by=user).select_related("agency")
        ],
        "invitations_accepted": [
            {"agency": i.agency.name, "accepted": _iso(i.accepted_at)}
            for i in Invitation.objects.filter(accepted_by=user).select_related("agency")
        ],
        "two_factor_authentication": [
            {"type": a.type, "created": _iso(a.created_at), "last_used": _iso(a.last_used_at)}
            for a in Authenticator.objects.filter(user=user)
        ],
        "sessions": [
            {
                "ip": s.ip,
                "user_agent": s.user_agent,
                "created": _iso(s.created_at),
                "last_seen": _iso(s.last_seen_at),
            }
            for s in UserSession.objects.filter(user=user)
        ],
        "pages_owned": [
            {"title": p.title, "url_path": p.url_path}
            for p in Page.objects.filter(owner=user).order_by("path")
        ],
        "documents_uploaded": [
            d.title for d in get_document_model().objects.filter(uploaded_by_user=user)
        ],
        "images_uploaded": [
            i.title for i in get_image_model().objects.filter(uploaded_by_user=user)
        ],
        **event_registrations(user),
    }


def event_registrations(user) -> dict:
    """Registrations for events made with this account (when the events app has them)."""
    registrations = getattr(user, "event_registrations", None)
    if registrations is None:
        return {}
    return {
        "event_registrations": [
            {
                "event": r.event.title,
                "status": r.status,
                "first_name": r.first_name,
                "last_name": r.last_name,
                "email": r.email,
                "registered": _iso(r.created_at),
            }
            for r in registrations.select_related("event")
        ]
    }
