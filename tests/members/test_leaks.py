"""Nothing leaks: every channel, walked as anonymous, as a member of A and of B.

Each channel fetches what it would hand out for *both* agencies' content and
returns it as text; content a viewer may not see carries a marker that must not
appear. A new channel (feeds, sitemap, OAI-PMH, search…) is one more entry in
``CHANNELS``: a name, a function returning the text, and the kinds of a
member's own content the channel is expected to show them.
"""

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from tests.development.leaks import development_channels
from tests.events.leaks import event_channels

pytestmark = pytest.mark.django_db

LETTERS = ("A", "B")


def text_of(response) -> str:
    """What a response hands out, as text (PDFs are read; redirects say so)."""
    if response.status_code in (301, 302):
        return f"[redirect {response.status_code}]"
    if response.status_code != 200:
        return f"[{response.status_code}] " + response.content.decode(errors="replace")
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    if response.get("Content-Type", "").startswith("application/pdf"):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    return body.decode(errors="replace")


def each_space(fetch):
    """A channel that fetches one thing per agency space."""

    def channel(client, world):
        return "\n".join(fetch(client, world, world.spaces[letter]) for letter in LETTERS)

    return channel


def served_marker(url_of, kind):
    """For binary files: the marker stands for "the file was handed out"."""

    def fetch(client, world, space):
        response = client.get(url_of(space))
        ok = response.status_code == 200
        return f"SECRET-{space.letter}-{kind}" if ok else f"[{response.status_code}]"

    return each_space(fetch)


def result_count(client, world, space):
    """The number of results for the agency's theme (the theme's name itself is public)."""
    html = text_of(client.get(f"/en/sourcebook/?theme=theme-{space.letter.lower()}"))
    count = int(re.search(r'class="results-count"[^>]*>\s*(\d+)', html).group(1))
    return f"SECRET-{space.letter}-GUIDE" if count else "0"


def get(url_of):
    return each_space(lambda client, world, space: text_of(client.get(url_of(space))))


def unmarked(channel):
    """A search channel's text as read: highlights (``<mark>``) removed from the words."""
    return lambda client, world: re.sub(r"</?mark>", "", channel(client, world))


def get_all(urls_of):
    """Several addresses per agency space, all fetched."""
    return each_space(
        lambda client, world, space: "\n".join(text_of(client.get(u)) for u in urls_of(space))
    )


def publication_count(client, world, space):
    html = text_of(client.get(f"{world.publications.url}?theme=ptheme-{space.letter.lower()}"))
    count = int(re.search(r'class="results-count"[^>]*>\s*(\d+)', html).group(1))
    return f"SECRET-{space.letter}-PUB" if count else "0"


def urls_in_sitemap(client, world, space):
    """The sitemap lists addresses, not titles: a private page's address is the leak."""
    xml = text_of(client.get("/sitemap.xml"))
    listed = [p for p in space.private_pages() if p.get_full_url() in xml]
    return f"SECRET-{space.letter}-URL {listed}" if listed else "0"


def oai_record(client, world, space):
    from publications.oai import oai_identifier

    identifier = oai_identifier(space.publication)
    return text_of(
        client.get(f"/oai/?verb=GetRecord&metadataPrefix=oai_dc&identifier={identifier}")
    )


@dataclass
class Channel:
    name: str
    fetch: Callable
    shows: tuple[str, ...] = ()  # kinds of a member's own content it shows them


CHANNELS = [
    Channel("agency space page", get(lambda s: s.page.url), ("SPACE", "INTRO", "DOC")),
    Channel("page inside a space", get(lambda s: s.child_page.url), ("PAGE",)),
    Channel(
        "members' dashboard",
        lambda client, world: text_of(client.get(world.members_area.url)),
        ("SPACE", "DOC"),
    ),
    Channel(
        "sourcebook listing and filter counts",
        lambda client, world: text_of(client.get("/en/sourcebook/")),
        ("GUIDE", "THEME"),
    ),
    Channel(
        "sourcebook filtered by each agency's theme: the result count",
        each_space(result_count),
        ("GUIDE",),
    ),
    Channel(
        "collection page",
        lambda client, world: text_of(client.get(world.collection_page.url)),
        ("GUIDE",),
    ),
    Channel("restricted guide page", get(lambda s: s.guide.url), ("GUIDE",)),
    Channel(
        "similar practices on the public guide (every guide shares an intervention type)",
        lambda client, world: text_of(client.get(world.public_guide.url)),
        ("GUIDE",),
    ),
    Channel("guide PDF", get(lambda s: s.guide.url + "pdf/"), ("GUIDE",)),
    Channel(
        "sourcebook PDF (the public book: never private entries)",
        lambda client, world: text_of(client.get("/en/sourcebook/sourcebook.pdf")),
    ),
    Channel("document download", get(lambda s: s.document.url), ("FILE",)),
    Channel("document file by storage URL", get(lambda s: s.document.file.url), ("FILE",)),
    Channel("image rendition", served_marker(lambda s: s.rendition_url, "IMAGE"), ("IMAGE",)),
    Channel("original image file", served_marker(lambda s: s.image.file.url, "IMAGE"), ("IMAGE",)),
    Channel(
        "raw files under /media/",
        get(lambda s: "/media/" + s.document.file.name),
    ),
    # Publications and news (publications app): listings, filters, exports, feeds.
    Channel("home page (featured papers, latest news)", get(lambda s: "/en/"), ("PUB", "NEWS")),
    Channel(
        "publication listing and filter counts",
        lambda client, world: text_of(client.get(world.publications.url)),
        ("PUB", "PTHEME"),
    ),
    Channel(
        "publications filtered by each agency's theme: the result count",
        each_space(publication_count),
        ("PUB",),
    ),
    Channel("restricted publication page", get(lambda s: s.publication.url), ("PUB",)),
    Channel(
        "a publication's citation (BibTeX, RIS)",
        get_all(lambda s: [s.publication.url + "cite/bib/", s.publication.url + "cite/ris/"]),
        ("PUB",),
    ),
    Channel(
        "publication listing exported (BibTeX, RIS, CSL-JSON)",
        get_all(lambda s: [f"/en/publications/export/{f}/" for f in ("bib", "ris", "json")]),
        ("PUB",),
    ),
    Channel(
        "an author's page",
        lambda client, world: text_of(client.get(world.publications.url + "people/ada-public/")),
        ("PUB",),
    ),
    Channel(
        "publication and news feeds (RSS, Atom: public, whoever asks)",
        get_all(
            lambda s: [
                f"/en/{index}/feed/{kind}/"
                for index in ("publications", "news")
                for kind in ("rss", "atom")
            ]
        ),
    ),
    Channel(
        "news listing",
        lambda client, world: text_of(client.get(world.news.url)),
        ("NEWS",),
    ),
    Channel("restricted news item", get(lambda s: s.news_item.url), ("NEWS",)),
    Channel("sitemap (public, whoever asks)", each_space(urls_in_sitemap)),
    Channel(
        "OAI-PMH records and identifiers (public, whoever asks)",
        get_all(
            lambda s: [
                "/oai/?verb=ListRecords&metadataPrefix=oai_dc",
                "/oai/?verb=ListIdentifiers&metadataPrefix=oai_dc",
                "/oai/?verb=ListSets",
            ]
        ),
    ),
    Channel("OAI-PMH GetRecord of a restricted paper", each_space(oai_record)),
    # Site search (search app): results, extracts, facet counts, autocomplete, documents.
    Channel(
        "site search results, extracts and facet counts",
        unmarked(
            get_all(lambda s: ["/en/search/?q=secret", f"/en/search/?q=secret+{s.letter}+intro"])
        ),
        ("GUIDE", "PAGE", "THEME", "DOC", "FILE"),
    ),
    Channel(
        "site search of documents by the words inside them",
        unmarked(get(lambda s: f"/en/search/?q=secret+{s.letter}+file+contents&kind=document")),
        ("DOC", "FILE"),
    ),
    Channel("site search with no words (facets over everything)", get(lambda s: "/en/search/")),
    Channel(
        "site search filtered by each agency's theme: the result count",
        each_space(
            lambda client, world, space: (
                f"SECRET-{space.letter}-GUIDE"
                if "0 results"
                not in text_of(client.get(f"/en/search/?theme=theme-{space.letter.lower()}"))
                else "0"
            )
        ),
        ("GUIDE",),
    ),
    Channel(
        "site search suggestions (autocomplete: page and document titles)",
        get_all(
            lambda s: [
                "/en/search/suggest/?q=secret",
                "/en/search/suggest/?q=draft+guide",
                "/en/search/suggest/?q=report",
            ]
        ),
        ("GUIDE", "PAGE", "DOC"),
    ),
]
# Events (events app): event pages, their .ics files, the listing and the calendar feed.
CHANNELS += event_channels(Channel, each_space, text_of)
# The development work (development app) comes first: its data is then in place for
# every other channel (search, suggestions, sitemap, feeds, OAI-PMH, PDFs, the dashboard).
CHANNELS[:0] = development_channels(Channel, each_space, text_of)

VIEWERS = {"anonymous": None, "member of A": "A", "member of B": "B"}


@pytest.mark.parametrize("viewer", VIEWERS)
def test_no_channel_shows_a_space_the_viewer_may_not_see(world, client, viewer):
    own = VIEWERS[viewer]
    if own is not None:
        client.force_login(world.member_a if own == "A" else world.member_b)
    problems = []
    for channel in CHANNELS:
        output = channel.fetch(client, world)
        for letter in LETTERS:
            if letter != own and f"SECRET-{letter}-" in output:
                problems.append(f"{channel.name}: shows agency {letter}'s content to {viewer}")
        if own is not None:
            for kind in channel.shows:
                if f"SECRET-{own}-{kind}" not in output:
                    problems.append(f"{channel.name}: hides {kind} from its own member ({viewer})")
    assert not problems, "\n".join(problems)


def test_removing_a_membership_closes_every_channel_at_once(world, client):
    from members.models import Membership

    client.force_login(world.member_a)
    space = world.spaces["A"]
    assert client.get(space.page.url).status_code == 200
    Membership.objects.filter(user=world.member_a).delete()
    # Same session, next request: no access anywhere.
    for channel in CHANNELS:
        output = channel.fetch(client, world)
        assert "SECRET-A-" not in output, channel.name
    assert client.get(space.page.url).status_code == 403
