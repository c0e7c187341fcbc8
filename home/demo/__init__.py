"""The demo site's home page, its standard pages (about, privacy, accessibility, contact) and staff.

The content is in the files beside this module (read with ``cms.demo``):
``home.md`` (the home page's introduction), ``pages/NN-<slug>.md`` (standard
pages: front matter title, intro, show_in_menus; the body is the page's
Markdown), ``footer.yaml`` (every page's footer: the EU funding
acknowledgement and the pages it links), ``accounts.yaml`` (the staff accounts
and their groups) and ``translations/<language>.po`` (translations of the home
page, context ``home``, of the standard pages, ``pages/<slug>``, and of the
footer, ``footer``).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from cms.demo import (
    DEMO_PASSWORD,
    body_blocks,
    catalogues,
    plain_text,
    read_page,
    read_pages,
    read_yaml,
)
from cms.models import SiteFooter
from home.models import HomeFeaturedGuide, HomePage, StandardPage

DATA = Path(__file__).parent


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
        home.intro = plain_text(read_page(DATA / "home.md").body)
        home.save_revision().publish()
        log("home page")


def load_standard_pages(home, log) -> dict[str, StandardPage]:
    """The standard pages under ``home``, by slug (existing ones are left alone)."""
    pages = {}
    for entry in read_pages(DATA / "pages"):
        page = StandardPage.objects.child_of(home).filter(slug=entry.slug).first()
        if page is None:
            page = StandardPage(
                title=entry["title"],
                slug=entry.slug,
                intro=plain_text(entry["intro"]),
                body=body_blocks(entry.body),
                show_in_menus=entry.get("show_in_menus", False),
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            log("standard page")
        pages[entry.slug] = page
    return pages


def feature_guides(home, guide_pages):
    if home.featured_guides.exists():
        return
    home.featured_guides = [HomeFeaturedGuide(page=page) for page in guide_pages[:3]]
    home.save_revision().publish()


def load_users(log):
    User = get_user_model()
    for row in read_yaml(DATA / "accounts.yaml"):
        email = row["email"]
        if User.objects.filter(email=email).exists():
            continue
        names = {"first_name": row["first_name"], "last_name": row["last_name"]}
        if row.get("superuser"):
            user = User.objects.create_superuser(email, DEMO_PASSWORD, **names)
        else:
            user = User.objects.create_user(email, DEMO_PASSWORD, **names)
        for name in row.get("groups", []):
            user.groups.add(Group.objects.get(name=name))
        log("user")


def load_footer(pages, log) -> SiteFooter:
    """The footer in the default language (``pages``: the standard pages by slug)."""
    footer = SiteFooter.objects.first()
    if footer is None:
        data = read_yaml(DATA / "footer.yaml")
        footer = SiteFooter.objects.create(
            funding_text=" ".join(data["funding_text"].split()),
            grant_number=data["grant_number"],
            privacy_notice=pages.get(data["privacy_notice"]),
            accessibility_statement=pages.get(data["accessibility_statement"]),
            contact_page=pages.get(data["contact_page"]),
        )
        log("footer")
    return footer


def load_translations(home, pages, footer, log) -> None:
    """Translate the home page, the standard pages and the footer into every language
    that has a catalogue in ``translations/`` (each object its catalogue has)."""
    objects = {"home": HomePage.objects.get(pk=home.pk), "footer": footer}
    objects.update({f"pages/{slug}": page for slug, page in pages.items()})
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects(objects, log)
