"""Factories for the events index, events and registrations."""

import datetime

import factory
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration
from tests.factories import PublishedPageFactory


def days_from_now(days, hour=9):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = "conference"
    summary = "Three days on strategic renewal."
    start = factory.LazyFunction(lambda: days_from_now(30))
    end = factory.LazyAttribute(lambda e: e.start + datetime.timedelta(hours=8))
    time_zone = "Europe/Brussels"
    venue_name = "Palais des Congrès"
    city = "Lyon"
    capacity = 100
    waiting_list = True


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    status = Registration.Status.CONFIRMED
    first_name = "Ada"
    last_name = factory.Sequence(lambda n: f"Delegate{n}")
    email = factory.Sequence(lambda n: f"delegate{n}@example.org")
    organisation = "Ville de Lyon"
    country = "France"
    consent_version = "1"
    consent_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
