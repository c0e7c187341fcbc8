"""Factories for people, publications and news (wagtail-factories / factory_boy)."""

import datetime

import factory
from wagtail.models import Locale

from publications.models import (
    NewsIndexPage,
    NewsPage,
    Person,
    PublicationAuthor,
    PublicationIndexPage,
    PublicationPage,
)
from tests.factories import PublishedPageFactory


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    locale = factory.LazyFunction(Locale.get_default)
    given_name = factory.Sequence(lambda n: f"Given{n}")
    family_name = factory.Sequence(lambda n: f"Family{n}")
    slug = factory.Sequence(lambda n: f"person-{n}")


class PublicationIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = PublicationIndexPage

    title = "Publications"
    slug = "publications"


class NewsIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class PublicationPageFactory(PublishedPageFactory):
    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Publication {n}")
    publication_type = "journal_article"
    abstract = "What we found, and why it matters."
    container_title = "Public Money & Management"
    volume = "41"
    issue = "8"
    first_page = "672"
    last_page = "675"
    publication_date = datetime.date(2021, 11, 17)
    publisher = "Routledge"

    @factory.post_generation
    def people(page, create, extracted, **kwargs):
        """``people=[...]`` sets the authors in order and publishes the page again."""
        if extracted is None:
            return
        page.authors = [
            PublicationAuthor(person=person, sort_order=i) for i, person in enumerate(extracted)
        ]
        if create:
            page.save_revision().publish()


class NewsPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    lead = "Something happened."
    date = datetime.date(2024, 5, 1)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Details.</p>")])


def publish_with(page, **changes):
    """Set fields or relations on a page and publish it, as an editor would."""
    for name, value in changes.items():
        if name == "keywords":
            page.keywords.add(*value)
        else:
            setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
