"""Factories for agencies, memberships, members' pages and private media."""

import io

import factory
from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from members.models import Agency, AgencySpacePage, Invitation, MembersAreaPage, Membership
from tests.factories import CountryFactory, PublishedPageFactory, UserFactory

PASSWORD = "a-long-test-passphrase"


def verified_user(email, password=PASSWORD, **fields):
    """A user who can sign in: password set and email address verified."""
    user = UserFactory(email=email, password=password, **fields)
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Agency {n}")
    country = factory.SubFactory(CountryFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = Membership.Role.MEMBER


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    agency = factory.SubFactory(AgencyFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.org")


class MembersAreaPageFactory(PublishedPageFactory):
    class Meta:
        model = MembersAreaPage

    title = "Members' area"
    slug = "members"


class AgencySpacePageFactory(PublishedPageFactory):
    class Meta:
        model = AgencySpacePage

    title = factory.LazyAttribute(lambda page: page.agency.name)
    agency = factory.SubFactory(AgencyFactory)


def document(title, collection, content=b"Minutes of the meeting.", filename="minutes.txt"):
    doc = get_document_model()(title=title, collection=collection)
    doc.file.save(filename, ContentFile(content), save=False)
    doc.save()
    return doc


def image(title, collection, colour="navy", filename="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), colour).save(buffer, "PNG")
    img = get_image_model()(title=title, collection=collection)
    img.file = ImageFile(buffer, name=filename)
    img.save()
    return img
