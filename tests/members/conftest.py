"""A site with a members' area and two agencies, A and B, each with private content.

Everything agency A's members may see carries a marker ``SECRET-A-…``, agency
B's ``SECRET-B-…``; the leak test looks for these markers in what each channel
returns.
"""

from dataclasses import dataclass, field

import pytest
from wagtail.models import PageViewRestriction

from members.models import Membership, staff_group
from tests.factories import (
    CollectionPageFactory,
    CountryFactory,
    InterventionTypeFactory,
    PracticeGuidePageFactory,
    StandardPageFactory,
    ThemeFactory,
)
from tests.publications.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)

from .factories import (
    AgencyFactory,
    AgencySpacePageFactory,
    MembersAreaPageFactory,
    MembershipFactory,
    document,
    image,
    verified_user,
)


@dataclass
class Space:
    letter: str
    agency: object
    page: object
    child_page: object
    guide: object
    document: object
    image: object
    rendition_url: str
    publication: object = None
    news_item: object = None
    members: list = field(default_factory=list)

    def private_pages(self):
        """Every page of this agency's that only its members may open."""
        return [self.page, self.child_page, self.guide, self.publication, self.news_item]


@dataclass
class World:
    home: object
    sourcebook: object
    members_area: object
    collection_page: object
    public_guide: object
    spaces: dict
    member_a: object
    member_b: object
    staff: object
    publications: object = None
    news: object = None
    author: object = None


def restrict_to_agency(page, agency):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([agency.group])


def build_space(
    letter, country, members_area, sourcebook, publications=None, news=None, author=None
):
    agency = AgencyFactory(name=f"Agency {letter}", country=country)
    page = AgencySpacePageFactory(
        parent=members_area,
        agency=agency,
        title=f"Space SECRET-{letter}-SPACE",
        slug=f"space-{letter.lower()}",
        intro=f"SECRET-{letter}-INTRO",
    )
    child = StandardPageFactory(
        parent=page,
        title=f"Minutes SECRET-{letter}-PAGE",
        slug=f"minutes-{letter.lower()}",
        intro="Notes from the learning set.",
    )
    # A sourcebook guide only this agency may read: restricted to its group.
    guide = PracticeGuidePageFactory(
        parent=sourcebook,
        title=f"Draft guide SECRET-{letter}-GUIDE",
        slug=f"draft-guide-{letter.lower()}",
    )
    guide.themes.add(ThemeFactory(name=f"SECRET-{letter}-THEME", slug=f"theme-{letter.lower()}"))
    guide.intervention_types.add(shared_intervention())  # "similar" to the public guide
    guide.save()
    restrict_to_agency(guide, agency)
    doc = document(
        f"Report SECRET-{letter}-DOC",
        agency.collection,
        content=f"SECRET-{letter}-FILE contents".encode(),
        filename=f"report-{letter.lower()}.txt",
    )
    img = image(f"Photo SECRET-{letter}-IMAGE", agency.collection, filename=f"p-{letter}.png")
    rendition_url = img.get_rendition("fill-32x32").url
    space = Space(letter, agency, page, child, guide, doc, img, rendition_url)
    if publications is not None:
        # A paper and a news item only this agency may read (e.g. before release).
        space.publication = PublicationPageFactory(
            parent=publications,
            title=f"Paper SECRET-{letter}-PUB",
            slug=f"paper-{letter.lower()}",
            abstract=f"SECRET-{letter}-PUB abstract",
            featured=True,
            people=[author],
        )
        space.publication.themes.add(
            ThemeFactory(name=f"SECRET-{letter}-PTHEME", slug=f"ptheme-{letter.lower()}")
        )
        space.publication.save_revision().publish()
        restrict_to_agency(space.publication, agency)
        space.news_item = NewsPageFactory(
            parent=news,
            title=f"News SECRET-{letter}-NEWS",
            slug=f"news-{letter.lower()}",
            lead=f"SECRET-{letter}-NEWS lead",
        )
        restrict_to_agency(space.news_item, agency)
    return space


def shared_intervention():
    """An intervention type every guide of the world has, public and restricted alike."""
    return InterventionTypeFactory(name="Peer learning", slug="peer-learning")


@pytest.fixture
def world(home, sourcebook):
    members_area = MembersAreaPageFactory(parent=home)
    public_guide = PracticeGuidePageFactory(parent=sourcebook, title="Open guide PUBLIC-GUIDE")
    public_guide.intervention_types.add(shared_intervention())
    public_guide.save()
    collection_page = CollectionPageFactory(parent=home, title="All entries", slug="all")
    publications = PublicationIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    author = PersonFactory(given_name="Ada", family_name="Public", slug="ada-public")
    PublicationPageFactory(parent=publications, title="Open paper PUBLIC-PUB", people=[author])
    NewsPageFactory(parent=news, title="Open news PUBLIC-NEWS")
    spaces = {
        letter: build_space(
            letter,
            CountryFactory(code=code, name=name),
            members_area,
            sourcebook,
            publications,
            news,
            author,
        )
        for letter, code, name in (("A", "FR", "France"), ("B", "DE", "Germany"))
    }
    member_a = verified_user("member.a@example.org")
    MembershipFactory(user=member_a, agency=spaces["A"].agency)
    member_b = verified_user("member.b@example.org")
    MembershipFactory(user=member_b, agency=spaces["B"].agency, role=Membership.Role.COORDINATOR)
    staff = verified_user("staff@example.org", is_staff=True)
    staff.groups.add(staff_group())
    return World(
        home=home,
        sourcebook=sourcebook,
        members_area=members_area,
        collection_page=collection_page,
        public_guide=public_guide,
        spaces=spaces,
        member_a=member_a,
        member_b=member_b,
        staff=staff,
        publications=publications,
        news=news,
        author=author,
    )


@pytest.fixture
def admin_requires_2fa(settings):
    settings.PRAXIS_ADMIN_REQUIRES_2FA = True
