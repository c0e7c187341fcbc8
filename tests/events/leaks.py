"""The events' channels for the leak test (tests/members/test_leaks.py).

Each agency gets a members-only event that an editor has further restricted to
the agency's own group (Wagtail's privacy dialog), titled ``SECRET-<letter>-EVENT``.
The events are created the first time a channel is fetched, so the shared
``world`` fixture needs no change.
"""

from wagtail.models import PageViewRestriction

from events.models import EventIndexPage

from .factories import EventIndexPageFactory, EventPageFactory


def agency_events(world) -> dict:
    events = world.__dict__.get("_agency_events")
    if events is None:
        index = EventIndexPage.objects.child_of(world.home).first() or EventIndexPageFactory(
            parent=world.home
        )
        events = {}
        for letter, space in world.spaces.items():
            event = EventPageFactory(
                parent=index,
                title=f"Study visit SECRET-{letter}-EVENT",
                slug=f"study-visit-{letter.lower()}",
                summary=f"Programme SECRET-{letter}-EVENT",
                audience="members",
                online_url=f"https://meet.example/SECRET-{letter}-EVENT",
            )
            restriction = PageViewRestriction.objects.create(
                page=event, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set([space.agency.group])
            events[letter] = event
        world.__dict__["_agency_events"] = events
    return events


def event_channels(Channel, each_space, text_of):  # noqa: N803 - the leak test's class
    def per_event(url_of):
        def fetch(client, world, space):
            return text_of(client.get(url_of(agency_events(world)[space.letter])))

        return each_space(fetch)

    def whole(url):
        def fetch(client, world):
            agency_events(world)
            return text_of(client.get(url))

        return fetch

    return [
        Channel("event page restricted to an agency", per_event(lambda e: e.url), ("EVENT",)),
        Channel("event calendar file (.ics)", per_event(lambda e: e.url + "ics/"), ("EVENT",)),
        Channel("events listing and filter counts", whole("/en/events/"), ("EVENT",)),
        Channel("home page (upcoming events)", whole("/en/"), ("EVENT",)),
        Channel("events archive", whole("/en/events/?when=past")),
        Channel("events calendar feed (public, whoever asks)", whole("/en/events/calendar/")),
    ]
