"""The demo site's members' area: three participating agencies, their spaces, documents and people.

Every demo member signs in with the password "praxis-demo"; their email
addresses are verified. Members need no second factor (only staff do).
Idempotent: a second run adds nothing and edits nothing.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.demo import body_blocks, illustration

from .models import (
    Agency,
    AgencySpacePage,
    MembersAreaPage,
    Membership,
    staff_group,
)

DEMO_PASSWORD = "praxis-demo"

AGENCIES = [
    {
        "name": "Ville de Lyon – Direction de la transformation",
        "slug": "lyon",
        "hue": 210,
        "country": "FR",
        "sector": "local-government",
        "level": "local",
        "website": "https://www.lyon.fr/",
        "domains": "lyon.example",
        "members": [
            ("claire.martin@lyon.example", "Claire", "Martin", "coordinator"),
            ("yves.bernard@lyon.example", "Yves", "Bernard", "member"),
        ],
        "documents": [
            ("Self-assessment baseline, spring", "Baseline self-assessment: strategic capability"),
            ("Action learning set: notes from session 3", "Notes from the third set meeting"),
        ],
        "intro": "Our learning partnership on renewing frontline services in the city.",
    },
    {
        "name": "Landesamt für Soziales Sachsen",
        "slug": "sachsen",
        "hue": 120,
        "country": "DE",
        "sector": "social-care",
        "level": "regional",
        "website": "https://www.sachsen.de/",
        "domains": "sachsen.example",
        "members": [
            ("jana.schulz@sachsen.example", "Jana", "Schulz", "coordinator"),
            ("tobias.wolf@sachsen.example", "Tobias", "Wolf", "member"),
        ],
        "documents": [
            ("Coaching programme plan", "Coaching programme for senior leaders"),
            ("Restructuring: staff survey summary", "Summary of the staff survey"),
        ],
        "intro": "Coaching senior leaders through the merger of two regional offices.",
    },
    {
        "name": "Norwegian Directorate of Health",
        "slug": "helsedirektoratet",
        "hue": 20,
        "country": "NO",
        "sector": "health",
        "level": "national",
        "website": "https://www.helsedirektoratet.no/",
        "domains": "helsedir.example",
        "members": [
            ("ingrid.hansen@helsedir.example", "Ingrid", "Hansen", "coordinator"),
            ("ola.berg@helsedir.example", "Ola", "Berg", "member"),
            ("kari.lund@helsedir.example", "Kari", "Lund", "member"),
        ],
        "documents": [
            ("Peer review visit report", "Report of the peer review visit"),
            ("Theory of change, draft 2", "Draft theory of change for the reform programme"),
        ],
        "intro": "Using peer review to strengthen strategy work across hospital trusts.",
    },
]

MEMBERS_AREA_INTRO = (
    "The members' area of Praxis: each participating agency's private space, its "
    "documents, and what the learning partnerships are working on."
)


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


def _text_file(title, heading, agency_name) -> ContentFile:
    body = (
        f"{heading}\n{'=' * len(heading)}\n\n{agency_name}\n\n"
        "Demo document of the Praxis members' area: visible only to the agency's "
        "members and the consortium's staff.\n"
    )
    return ContentFile(body.encode(), name=f"{title.lower()[:40].replace(' ', '-')}.txt")


def space_body(row, agency) -> list[dict]:
    """The space's opening text and a workshop photo kept in the agency's private collection."""
    from wagtail.rich_text import RichText

    photo = illustration(f"Learning set workshop, {agency.name}", hue=row["hue"])
    if photo.collection_id != agency.collection_id:
        photo.collection = agency.collection  # its files move to private storage
        photo.save()
    text = body_blocks(
        "## What we are working on\n\n"
        f"{row['intro']}\n\n"
        "Documents shared in this space are listed below; only members of "
        "the agency and the consortium's staff can open them."
    )
    raw = [
        {"type": name, "value": value.source if isinstance(value, RichText) else value}
        for name, value in text
    ]
    raw.append(
        {
            "type": "image",
            "value": {
                "image": {
                    "image": photo.pk,
                    "alt_text": "Participants around a table at a learning set workshop",
                    "decorative": False,
                },
                "caption": "Learning set workshop (only members see this photo)",
            },
        }
    )
    return raw


def load_members_area(home, log) -> MembersAreaPage:
    area = MembersAreaPage.objects.child_of(home).first()
    if area is None:
        area = MembersAreaPage(title="Members' area", slug="members", intro=MEMBERS_AREA_INTRO)
        home.add_child(instance=area)
        area.save_revision().publish()
        log("members' area")
    return area


def load(home, terms, log) -> MembersAreaPage:
    area = load_members_area(home, log)
    Document = get_document_model()
    for row in AGENCIES:
        agency = Agency.objects.filter(name=row["name"]).first()
        if agency is None:
            agency = Agency.objects.create(
                name=row["name"],
                country=terms["country"][row["country"]],
                sector=terms["sector"].get(row["sector"]),
                government_level=terms["level"].get(row["level"]),
                website=row["website"],
                email_domains=row["domains"],
            )
            log("agency")
        for email, first, last, role in row["members"]:
            user = verified_account(email, first, last, log)
            _, created = Membership.objects.get_or_create(
                user=user, agency=agency, defaults={"role": role}
            )
            if created:
                log("membership")
        for title, heading in row["documents"]:
            if Document.objects.filter(title=title, collection=agency.collection).exists():
                continue
            document = Document(title=title, collection=agency.collection)
            document.file = _text_file(title, heading, agency.name)
            document.save()
            log("private document")
        if not AgencySpacePage.objects.filter(agency=agency).exists():
            space = AgencySpacePage(
                title=agency.name,
                slug=row["slug"],
                agency=agency,
                intro=row["intro"],
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
