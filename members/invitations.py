"""Sending invitations: one pending invitation per address and agency, never a duplicate."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from .models import Invitation, Membership


def invite(agency, email, role, invited_by, request) -> tuple[Invitation | None, str]:
    """Invite ``email`` to ``agency`` and send the link.

    Returns the invitation and what happened: "member" (already a member:
    nothing sent), "resent" (a pending invitation was sent again) or "sent".
    """
    email = email.strip().lower()
    if Membership.objects.filter(agency=agency, user__email__iexact=email).exists():
        return None, "member"
    invitation = Invitation.objects.pending().filter(agency=agency, email=email).first()
    outcome = "resent"
    if invitation is None:
        invitation = Invitation.objects.create(
            agency=agency, email=email, role=role, invited_by=invited_by
        )
        outcome = "sent"
    send_invitation(invitation, request)
    return invitation, outcome


def invitation_url(invitation, request) -> str:
    path = reverse("invitation", args=[invitation.token])
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(invitation, request=None):
    context = {
        "invitation": invitation,
        "agency": invitation.agency,
        "inviter": invitation.invited_by,
        "url": invitation_url(invitation, request),
        "days": settings.INVITATION_MAX_AGE_DAYS,
    }
    subject = render_to_string("members/email/invitation_subject.txt", context).strip()
    body = render_to_string("members/email/invitation_message.txt", context)
    send_mail(subject, body, None, [invitation.email])
