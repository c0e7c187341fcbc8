"""Admin for events: the organisers' registrations pages, in the menu and beside each event."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton

from . import admin_views
from .models import EventPage


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [
        path("events/registrations/", admin_views.EventListView.as_view(), name="events_admin"),
        path(
            "events/registrations/<int:event_id>/",
            admin_views.EventRegistrationsView.as_view(),
            name="events_admin_event",
        ),
        path(
            "events/registrations/<int:event_id>/badges.pdf",
            admin_views.BadgesView.as_view(),
            name="events_admin_badges",
        ),
        path(
            "events/registrations/<int:event_id>/check-in/",
            admin_views.CheckInView.as_view(),
            name="events_admin_check_in",
        ),
        path(
            "events/registrations/<int:event_id>/message/",
            admin_views.MessageView.as_view(),
            name="events_admin_message",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"), reverse("events_admin"), icon_name="date", order=296
    )


@hooks.register("register_page_listing_buttons")
def registrations_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and admin_views.can_view(user):
        yield ListingButton(
            _("Registrations"),
            reverse("events_admin_event", args=[page.pk]),
            priority=60,
        )


# --- what shows events, for purging the HTTP cache (cms.frontend_cache) ---


@hooks.register("praxis_pages_showing")
def events_pages_showing(obj):
    """The events listing and calendar feed in every language, an event's calendar file."""
    from cms.frontend_cache import in_every_language, subpaths

    from .models import EventIndexPage

    shown = []
    if isinstance(obj, EventPage):
        for index in in_every_language(obj.get_parent().specific_deferred):
            shown += [index, *subpaths(index, "calendar/")]
        shown += subpaths(obj, "ics/")
    elif isinstance(obj, EventIndexPage):
        shown += subpaths(obj, "calendar/")
    return shown
