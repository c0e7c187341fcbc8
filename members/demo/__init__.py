"""The demo site's members' area: participating agencies, their spaces, documents and people.

The content is in the files beside this module (read with ``cms.demo``):
``members-area.md`` (the members' area page) and ``agencies.yaml`` (each
agency, its space's text and photo, its members and its private documents).
Every demo member signs in with the demo password (``cms.demo.DEMO_PASSWORD``);
their email addresses are verified. Members need no second factor (only
staff do). Idempotent: a second run adds nothing and edits nothing.
"""

from __future__ import annotations

from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.demo import (
    DEMO_PASSWORD,
    body_blocks,
    catalogues,
    illustration,
    plain_text,
    read_page,
    read_yaml,
)
from members.models import (
    Agency,
    AgencySpacePage,
    MembersAreaPage,
    Membership,
    staff_group,
)

DATA = Path(__file__).parent


def agencies() -> list[dict]:
    return read_yaml(DATA / "agencies.yaml")


def verified_account(email, first, last, log, **fields):
    """A demo account with a password and a verified primary email address."""
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email, DEMO_PASSWORD, first_name=first, last_name=last, **fields
        )
        log("member")
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _text_file(title, text) -> ContentFile:
    return ContentFile(text.encode(), name=f"{title.lower()[:40].replace(' ', '-')}.txt")


def space_body(row, agency) -> list[dict]:
    """The space's text and a workshop photo kept in the agency's private collection."""
    from wagtail.rich_text import RichText

    photo = illustration(row["photo"]["title"], hue=row["photo"]["hue"])
    if photo.collection_id != agency.collection_id:
        photo.collection = agency.collection  # its files move to private storage
        photo.save()
    raw = [
        {"type": name, "value": value.source if isinstance(value, RichText) else value}
        for name, value in body_blocks(row["body"])
    ]
    raw.append(
        {
            "type": "image",
            "value": {
                "image": {
                    "image": photo.pk,
                    "alt_text": row["photo"]["alt_text"],
                    "decorative": False,
                },
                "caption": row["photo"]["caption"],
            },
        }
    )
    return raw


def load_members_area(home, log) -> MembersAreaPage:
    area = MembersAreaPage.objects.child_of(home).first()
    if area is None:
        entry = read_page(DATA / "members-area.md")
        area = MembersAreaPage(title=entry["title"], slug=entry.slug, intro=plain_text(entry.body))
        home.add_child(instance=area)
        area.save_revision().publish()
        log("members' area")
    return area


def load(home, terms, log) -> MembersAreaPage:
    area = load_members_area(home, log)
    Document = get_document_model()
    for row in agencies():
        agency = Agency.objects.filter(name=row["name"]).first()
        if agency is None:
            agency = Agency.objects.create(
                name=row["name"],
                country=terms["country"][row["country"]],
                sector=terms["sector"].get(row["sector"]),
                government_level=terms["level"].get(row["level"]),
                website=row["website"],
                email_domains=row["email_domains"],
            )
            log("agency")
        for member in row["members"]:
            user = verified_account(member["email"], member["first_name"], member["last_name"], log)
            _, created = Membership.objects.get_or_create(
                user=user, agency=agency, defaults={"role": member["role"]}
            )
            if created:
                log("membership")
        for item in row["documents"]:
            title = item["title"]
            if Document.objects.filter(title=title, collection=agency.collection).exists():
                continue
            document = Document(title=title, collection=agency.collection)
            document.file = _text_file(title, item["text"])
            document.save()
            log("private document")
        if not AgencySpacePage.objects.filter(agency=agency).exists():
            space = AgencySpacePage(
                title=agency.name,
                slug=row["slug"],
                agency=agency,
                intro=plain_text(row["intro"]),
                body=space_body(row, agency),
            )
            area.add_child(instance=space)
            space.save_revision().publish()
            log("agency space")
    return area


def verify_staff_emails(log):
    """Demo staff accounts sign in through allauth too: their addresses are verified."""
    User = get_user_model()
    for user in User.objects.filter(email__endswith="@praxis.example"):
        _, created = EmailAddress.objects.get_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        user.groups.add(staff_group())
        if created:
            log("verified email")


def load_translations(area, log) -> None:
    """Translate the members' area (context ``members-area`` in ``translations/<language>.po``)."""
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects({"members-area": area}, log)
