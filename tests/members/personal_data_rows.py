"""Rows about a person in the members app's models (and the site's media), for the export test."""

from members.models import Invitation, Membership

from .factories import document, image


def _membership(person):
    assert Membership.objects.filter(user=person.user).exists()  # the world made one


def _invitations(person):
    Invitation.objects.create(agency=person.other_agency, email=person.second_email)
    Invitation.objects.create(
        agency=person.agency, email="colleague@example.org", invited_by=person.user
    )


def _image(person):
    img = image("Workshop photo", person.agency.collection)
    type(img).objects.filter(pk=img.pk).update(uploaded_by_user=person.user)


def _document(person):
    doc = document("Meeting notes", person.agency.collection)
    type(doc).objects.filter(pk=doc.pk).update(uploaded_by_user=person.user)


ROWS = {
    "members.User": lambda person: None,  # the person's own account
    "members.Membership": _membership,
    "members.Invitation": _invitations,
    "cms.PraxisImage": _image,
    "cms.PraxisDocument": _document,
}
