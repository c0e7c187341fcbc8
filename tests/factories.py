"""Factories for every page type and taxonomy (wagtail-factories / factory_boy)."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme
from home.models import HomePage, StandardPage
from practices.models import (
    CaseStudyPage,
    CollectionPage,
    PracticeGuidePage,
    SourcebookIndexPage,
)


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)


class ThemeFactory(LocaleMixin):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")


class SectorFactory(LocaleMixin):
    class Meta:
        model = Sector
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")


class GovernmentLevelFactory(LocaleMixin):
    class Meta:
        model = GovernmentLevel
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Level {n}")
    slug = factory.Sequence(lambda n: f"level-{n}")


class InterventionTypeFactory(LocaleMixin):
    class Meta:
        model = InterventionType
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Intervention {n}")
    slug = factory.Sequence(lambda n: f"intervention-{n}")


class CountryFactory(LocaleMixin):
    class Meta:
        model = Country
        django_get_or_create = ("code", "locale")

    code = "FR"
    name = "France"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"User {n}")
    password = factory.django.Password("password")


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A live page, with the publication dates publishing would give it."""

    class Meta:
        abstract = True

    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyAttribute(lambda page: page.first_published_at)


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Praxis"
    intro = "Strategic renewal in public services."


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "About this site."


class SourcebookIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = SourcebookIndexPage

    title = "Practice Sourcebook"
    slug = "sourcebook"
    intro = "<p>Guides and cases.</p>"


class PracticeGuidePageFactory(PublishedPageFactory):
    class Meta:
        model = PracticeGuidePage

    title = factory.Sequence(lambda n: f"Practice guide {n}")
    summary = "How to run it, step by step."
    problem = "<p>Strategies written by a few rarely change what many do.</p>"
    when_to_use = "<p>When a strategy needs the people who will carry it out.</p>"
    steps = factory.LazyFunction(
        lambda: [
            ("step", {"title": "Invite the right people", "body": "<p>Map who matters.</p>"}),
            ("step", {"title": "Hold the workshop", "body": "<p>Work in small groups.</p>"}),
        ]
    )
    people = "A facilitator and 20 to 40 participants"
    time_needed = "Two half-days"
    pitfalls = "<p>Inviting only managers.</p>"
    worked_example = "<p>A municipality in Jutland rewrote its strategy with 300 staff.</p>"


class CaseStudyPageFactory(PublishedPageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Case study {n}")
    summary = "What one agency did."
    organisation = "Ville de Test"
    country = factory.SubFactory(CountryFactory)
    challenge = "<p>Rising demand and a shrinking budget.</p>"
    what_was_done = "<p>Action learning sets for frontline managers.</p>"
    outcomes = "<p>Waiting times fell by a third.</p>"


class CollectionPageFactory(PublishedPageFactory):
    class Meta:
        model = CollectionPage

    title = factory.Sequence(lambda n: f"Collection {n}")
