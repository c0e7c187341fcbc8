"""The events app's answers to what members announces about accounts.

Members knows nothing of events (it sits below them); it announces account
closure, asks for each app's share of a data export and shows the panels apps
give its dashboard. Here the events app answers for its own data: a person's
registrations are those made with their account or under one of their
*verified* addresses (an address merely added to an account may be anyone's).
Connected by ``EventsConfig.ready()``.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from cms.privacy import visible_pages
from members import dashboard, personal_data
from members.signals import account_closing

from .enums import Audience
from .models import EventPage, Registration


def registrations_of(user, verified_emails):
    """The registrations holding this person's data: by account or by verified address."""
    return (
        Registration.objects.with_personal_data()
        .filter(Q(user=user) | Q(email__in=verified_emails))
        .select_related("event")
        .order_by("created_at", "pk")
    )


@personal_data.register("events")
def export_registrations(user, verified_emails) -> dict:
    return {"registrations": [r.personal_data() for r in registrations_of(user, verified_emails)]}


def erase_registrations(sender, user, verified_emails, **kwargs):
    """Cancel and erase the closing account's registrations under its verified addresses.

    A place at an event still to come is cancelled first, so the next delegate
    on the waiting list gets it. A registration the account made for an address
    it has not proven is someone else's: it only loses its link to the account.
    """
    from . import registration as booking

    verified = set(verified_emails)
    for registration in registrations_of(user, verified_emails):
        if registration.email not in verified:
            Registration.objects.filter(pk=registration.pk).update(user=None)
            continue
        if not registration.is_cancelled and not registration.event.is_past:
            booking.cancel(registration, notify=False)
        registration.anonymise()


@dashboard.panel(order=20)
def members_events(request, memberships, limit=5):
    """The next members-only events the member may open, in the page's language."""
    from wagtail.models import Locale

    events = EventPage.objects.filter(
        audience=Audience.MEMBERS, end__gte=timezone.now(), locale=Locale.get_active()
    )
    upcoming = list(visible_pages(events, request).order_by("start", "pk")[:limit])
    return "events/dashboard_members_events.html", {"members_events": upcoming}


def connect():
    account_closing.connect(erase_registrations, dispatch_uid="events.erase_registrations")
