"""A site with one page of every type and every route, for the tests that go through them all.

``build_site(home)`` returns a ``Site`` naming each address by what it is:
``public`` (anyone may open it), ``members`` (an agency member may), the
delegate's private link, and the people who visit them. The header, cache and
fuzz tests walk these lists, so a new page type or route added here is covered
by all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.test import Client
from wagtail.models import Collection

from events.models import Registration
from tests.events.conftest import form_data
from tests.events.factories import EventIndexPageFactory, EventPageFactory, days_from_now
from tests.factories import (
    CaseStudyPageFactory,
    CollectionPageFactory,
    PracticeGuidePageFactory,
    SourcebookIndexPageFactory,
    StandardPageFactory,
    ThemeFactory,
)
from tests.members.factories import (
    AgencyFactory,
    AgencySpacePageFactory,
    MembersAreaPageFactory,
    MembershipFactory,
    document,
    image,
    verified_user,
)
from tests.publications.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)

QUESTIONS = [
    ("text", {"label": "Your interest", "help_text": "A few words", "required": False,
              "long": False}),
    ("choice", {"label": "Excursion", "help_text": "", "required": False,
                "choices": ["Old town", "City hall"]}),
    ("multiple_choice", {"label": "Workshops", "help_text": "", "required": False,
                         "choices": ["Coaching", "Action learning", "Self-assessment"]}),
    ("yes_no", {"label": "Dinner?", "help_text": "", "required": False}),
]  # fmt: skip


@dataclass
class Site:
    # Pages anyone may open, by page type, and the routes beside them.
    pages: dict[str, str] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)
    # Pages only the agency's members may open.
    members_pages: dict[str, str] = field(default_factory=dict)
    # The signed-in member's own pages.
    account_pages: dict[str, str] = field(default_factory=dict)
    # The delegate's private link.
    registration_link: str = ""
    event: object = None
    member: object = None

    def html_pages(self):
        return {**self.pages, **self.members_pages}


def build_site(home) -> Site:
    site = Site()
    theme = ThemeFactory(name="Leadership", slug="leadership")
    author = PersonFactory(given_name="Hannah", family_name="Hesselgreaves", slug="hannah")
    sourcebook = SourcebookIndexPageFactory(parent=home)
    guide = PracticeGuidePageFactory(parent=sourcebook, title="Open space", slug="open-space")
    guide.themes.add(theme)
    guide.save()
    case = CaseStudyPageFactory(parent=sourcebook, title="Lyon", slug="lyon")
    collection = CollectionPageFactory(parent=home, title="All entries", slug="all")
    standard = StandardPageFactory(parent=home, title="About", slug="about")
    publications = PublicationIndexPageFactory(parent=home)
    paper = PublicationPageFactory(parent=publications, slug="paper", people=[author])
    news = NewsIndexPageFactory(parent=home)
    news_item = NewsPageFactory(parent=news, slug="news-item")
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, slug="conference", questions=QUESTIONS)
    past = EventPageFactory(
        parent=events, slug="past", start=days_from_now(-30), end=days_from_now(-29)
    )
    members_area = MembersAreaPageFactory(parent=home)
    agency = AgencyFactory(name="Agency A")
    space = AgencySpacePageFactory(parent=members_area, agency=agency, slug="agency-a")
    member = verified_user("member@example.org")
    MembershipFactory(user=member, agency=agency)
    public_doc = document("Public report", Collection.get_first_root_node())
    photo = image("Town hall", Collection.get_first_root_node(), filename="town-hall.png")

    site.pages = {
        "home": home.url,
        "standard": standard.url,
        "sourcebook": sourcebook.url,
        "guide": guide.url,
        "case study": case.url,
        "collection": collection.url,
        "publications": publications.url,
        "publication": paper.url,
        "person": publications.url + "people/hannah/",
        "news index": news.url,
        "news item": news_item.url,
        "events": events.url,
        "event": event.url,
        "past event": past.url,
        "search": "/en/search/",
        "sign in": "/en/accounts/login/",
        "sign up": "/en/accounts/signup/",
        "password reset": "/en/accounts/password/reset/",
        "not found": "/en/no-such-page/",
    }
    site.routes = {
        "guide pdf": guide.url + "pdf/",
        "news feed": news.url + "feed/rss/",
        "publications feed": publications.url + "feed/atom/",
        "publications export": publications.url + "export/bib/",
        "citation": paper.url + "cite/ris/",
        "events calendar": events.url + "calendar/",
        "event calendar file": event.url + "ics/",
        "suggestions": "/en/search/suggest/?q=open",
        "oai": "/oai/?verb=Identify",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "document": public_doc.url,
        "image": photo.get_rendition("fill-32x32").url,
    }
    site.members_pages = {"members' area": members_area.url, "agency space": space.url}
    site.account_pages = {
        "my account": "/en/accounts/me/",
        "my data": "/en/accounts/me/export/",
        "email addresses": "/en/accounts/email/",
        "password change": "/en/accounts/password/change/",
        "sessions": "/en/accounts/sessions/",
        "two-factor": "/en/accounts/2fa/",
    }
    client = Client()
    client.post(event.url, form_data(event, email="delegate@example.org"))
    registration = Registration.objects.get(email="delegate@example.org")
    site.registration_link = event.url + f"registration/{registration.token}/"
    site.event = event
    site.member = member
    return site
