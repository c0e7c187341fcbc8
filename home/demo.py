"""The demo site's home page, standard pages and demo accounts."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from cms.demo import body_blocks
from practices import demo_content as content

from .models import HomeFeaturedGuide, HomePage, StandardPage

DEMO_PASSWORD = "praxis-demo"
DEMO_USERS = [
    # email, first name, last name, groups, superuser
    ("admin@praxis.example", "Ada", "Admin", [], True),
    ("communications@praxis.example", "Camille", "Comms", ["Communications"], False),
    ("researcher@praxis.example", "Rasmus", "Researcher", ["Researchers"], False),
    ("reviewer@praxis.example", "Rita", "Reviewer", ["Reviewers"], False),
]


def home_page() -> HomePage:
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        raise RuntimeError("No home page: run `python manage.py migrate` first.")
    # Full URLs (canonical, hreflang, feeds, sitemap) use the site's address:
    # make the untouched default site the address the demo is served at.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.filter(is_default_site=True, hostname="localhost", port=80).update(
        hostname=address.hostname or "localhost",
        port=address.port or (443 if address.scheme == "https" else 80),
    )
    return home


def load_home(home, log):
    if not home.intro:
        home.intro = content.HOME["intro"]
        home.save_revision().publish()
        log("home page")


def load_standard_pages(home, log):
    for slug, row in content.STANDARD_PAGES.items():
        if StandardPage.objects.child_of(home).filter(slug=slug).exists():
            continue
        page = StandardPage(
            title=row["title"],
            slug=slug,
            intro=row["intro"],
            body=body_blocks(row["body"]),
            show_in_menus=slug in ("about", "contact"),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        log("standard page")


def feature_guides(home, guide_pages):
    if home.featured_guides.exists():
        return
    home.featured_guides = [HomeFeaturedGuide(page=page) for page in guide_pages[:3]]
    home.save_revision().publish()


def load_users(log):
    User = get_user_model()
    for email, first, last, groups, superuser in DEMO_USERS:
        if User.objects.filter(email=email).exists():
            continue
        if superuser:
            user = User.objects.create_superuser(
                email, DEMO_PASSWORD, first_name=first, last_name=last
            )
        else:
            user = User.objects.create_user(email, DEMO_PASSWORD, first_name=first, last_name=last)
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        log("user")
