"""The demo loader reads what writers and translators write, and says where a file is wrong."""

import textwrap

import pytest
from wagtail.models import Locale

from cms.demo import (
    Catalogue,
    DemoDataError,
    MissingDemoTranslation,
    body_blocks,
    plain_text,
    read_page,
    read_pages,
    read_yaml,
    rich_text,
    split_headings,
)
from cms.i18n import ensure_locales
from tests.factories import ThemeFactory


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_yaml_reads_codes_times_and_dates_as_text(tmp_path):
    data = read_yaml(
        write(
            tmp_path / "data.yaml",
            """
            country: NO
            answer: yes
            start: 09:30
            end: 17:00
            date: 2021-11-17
            days: -150
            capacity: 12
            open: true
            volume: 041
            """,
        )
    )
    assert data == {
        "country": "NO",
        "answer": "yes",
        "start": "09:30",
        "end": "17:00",
        "date": "2021-11-17",
        "days": -150,
        "capacity": 12,
        "open": True,
        "volume": "041",
    }


def test_a_page_has_front_matter_a_slug_from_its_file_name_and_sections(tmp_path):
    write(
        tmp_path / "pages" / "02-second.md",
        """
        ---
        title: The second
        slug: chosen-slug
        ---
        Body.
        """,
    )
    write(
        tmp_path / "pages" / "01-peer-review.md",
        """
        ---
        title: Peer review
        themes: [leadership]
        ---

        ## Problem

        Agencies rarely hear
        from their peers.

        ## When to use

        Often.

        ## Steps

        ### Invite

        Ask a neighbour.

        ### Visit

        Go and see.
        """,
    )
    first, second = read_pages(tmp_path / "pages")
    assert (first.slug, first["title"], first["themes"]) == (
        "peer-review",
        "Peer review",
        ["leadership"],
    )
    assert (second.slug, second.body) == ("chosen-slug", "Body.")
    sections = first.sections(("problem", "when_to_use", "steps"))
    assert plain_text(sections["problem"]) == "Agencies rarely hear from their peers."
    assert split_headings(sections["steps"], level=3) == [
        ("Invite", "Ask a neighbour."),
        ("Visit", "Go and see."),
    ]
    with pytest.raises(DemoDataError, match=r"01-peer-review\.md: .*missing '## Pitfalls'"):
        first.sections(("problem", "when_to_use", "steps", "pitfalls"))
    with pytest.raises(DemoDataError, match=r"01-peer-review\.md: .*unknown Steps"):
        first.sections(("problem", "when_to_use"))
    with pytest.raises(DemoDataError, match=r"02-second\.md: the front matter has no 'summary'"):
        second["summary"]


def test_a_page_without_its_closing_front_matter_line_is_named(tmp_path):
    path = write(tmp_path / "broken.md", "---\ntitle: Broken\n\nBody\n")
    with pytest.raises(DemoDataError, match=r"broken\.md: the front matter has no closing"):
        read_page(path)


def test_markdown_becomes_rich_text_stream_blocks_and_plain_text():
    text = """
    A paragraph that is
    wrapped, with *emphasis* & an ampersand.

    - one
    - two

    ## A heading
    """
    assert rich_text(text) == (
        "<p>A paragraph that is wrapped, with <em>emphasis</em> &amp; an ampersand.</p>"
        "<ul><li>one</li><li>two</li></ul><h2>A heading</h2>"
    )
    blocks = body_blocks(text)
    assert [name for name, _value in blocks] == ["paragraph", "paragraph", "heading"]
    assert blocks[1][1].source == "<ul><li>one</li><li>two</li></ul>"
    assert blocks[2][1] == {"text": "A heading", "level": "h2"}
    assert plain_text("First line\n  second line.\n\nNext.") == "First line second line.\n\nNext."


def catalogue(tmp_path, body):
    header = (
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    )
    return Catalogue.read(write(tmp_path / "fr.po", header + textwrap.dedent(body)))


def test_an_untranslated_message_in_a_catalogue_is_named(tmp_path):
    with pytest.raises(DemoDataError, match=r"fr\.po:\d+: themes/leadership 'Leadership'"):
        catalogue(
            tmp_path,
            """
            msgctxt "themes/leadership"
            msgid "Leadership"
            msgstr ""
            """,
        )


@pytest.mark.django_db
def test_a_catalogue_translates_its_objects_through_wagtail_localize(tmp_path):
    ensure_locales()
    theme = ThemeFactory(name="Leadership", slug="leadership", description="Leading & renewing.")
    french = catalogue(
        tmp_path,
        """
        msgctxt "themes/leadership"
        msgid "Leadership"
        msgstr "Direction"

        msgctxt "themes/leadership"
        msgid "Leading & renewing."
        msgstr "Diriger & renouveler."
        """,
    )
    log = []
    french.translate_objects({"themes/leadership": theme}, log.append)
    translated = theme.get_translation(Locale.objects.get(language_code="fr"))
    assert (translated.name, translated.description) == ("Direction", "Diriger & renouveler.")
    assert translated.slug == "leadership"
    assert log == ["translated term (fr)"]
    # Translated already: left alone.
    french.translate_objects({"themes/leadership": theme}, log.append)
    assert log == ["translated term (fr)"]


@pytest.mark.django_db
def test_a_catalogue_that_does_not_match_the_english_translates_nothing(tmp_path):
    ensure_locales()
    theme = ThemeFactory(name="Leadership", slug="leadership", description="Leading.")
    fr = Locale.objects.get(language_code="fr")
    stale = catalogue(
        tmp_path,
        """
        msgctxt "themes/leadership"
        msgid "Leadership"
        msgstr "Direction"

        msgctxt "themes/leadership"
        msgid "Leading well."
        msgstr "Bien diriger."
        """,
    )
    with pytest.raises(MissingDemoTranslation) as error:
        stale.translate_objects({"themes/leadership": theme}, print)
    message = str(error.value)
    assert "fr.po, themes/leadership" in message
    assert "description: 'Leading.'" in message  # the English it lacks
    assert "'Leading well.'" in message and "was the English changed?" in message
    assert theme.get_translation_or_none(fr) is None

    with pytest.raises(
        DemoDataError, match=r"no demo object for context\(s\) \['themes/leadership'\]"
    ):
        stale.translate_objects({"themes/leading": theme}, print)
    assert theme.get_translation_or_none(fr) is None
