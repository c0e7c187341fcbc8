"""The demo site's content is data; this is the small loader every app's demo module shares.

Each app keeps its demo content in its own ``demo/`` package, next to the code
that loads it (``practices/demo/__init__.py`` loads ``practices/demo/guides/``):

- **Pages** are Markdown files with YAML front matter (``read_page``,
  ``read_pages``). The front matter holds the short fields (title, summary,
  taxonomy slugs...); the Markdown body holds the prose. A folder of pages is
  read in file-name order, and a page's slug is its file name without the
  ``.md`` and without a leading ordering number (``03-peer-review.md`` is
  ``peer-review``) unless the front matter names one.
- **Records** (taxonomies, people, events, agencies, accounts) are YAML files
  (``read_yaml``). Both kinds are read as YAML 1.2 reads them: only ``true``
  and ``false`` are booleans and only plain numbers are numbers, so ``NO``
  stays Norway, ``09:30`` a time and ``2021-11-17`` a date written as text.
- **Translations** are gettext catalogues, ``demo/translations/<language>.po``
  (``Catalogue``, ``catalogues``). Each message's context names the object
  it belongs to (``guides/peer-review``, ``themes/leadership``), its msgid is
  the English text of one field or one paragraph and its msgstr the
  translation. ``Catalogue.translate_objects`` hands them to
  wagtail-localize as a translator would: it exports the object's PO file,
  fills in the translations and imports it with ``Translation.import_po``.
  A catalogue must match the English exactly: a source string without a
  translation, a translation of a string the source no longer has, or a
  context that names no object is an error that says which.

Turning text into field values:

- ``rich_text(markdown)``: HTML for a ``RichTextField`` or rich text block.
- ``body_blocks(markdown)``: ``BodyBlock`` stream data, one heading block per
  Markdown heading and one paragraph block per paragraph or list.
- ``plain_text(markdown)``: text for a plain ``TextField``: the lines of a
  paragraph joined, paragraphs kept apart by a blank line.
- ``DemoPage.sections()``: the body split at its level-2 headings, for pages
  whose fields are several pieces of prose (a guide's "Problem", "Steps"...).

Text is wrapped freely in the files: a line break inside a paragraph is a
space. Rich text takes Markdown; translations are plain text, paragraph by
paragraph.

Also here: ``illustration`` (a generated picture per title) and
``DEMO_PASSWORD``, the password of every demo account.

A new app's demo follows the same shape: ``<app>/demo/__init__.py`` with
``DATA = Path(__file__).parent`` and a ``load(home, terms, log, ...)`` that
reads its files, creates only what is missing (a second run adds nothing)
and calls ``log("<kind>")`` for each object it creates; objects from other
apps arrive as arguments (a content app imports no other content app, nor
``home``); ``home/management/commands/seed_demo.py`` calls it. Its
translations, if any: ``for catalogue in catalogues(DATA / "translations"):
catalogue.translate_objects({"<folder>/<slug>": obj, ...}, log)``.
"""

from __future__ import annotations

import colorsys
import io
import random
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import polib
import yaml
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

#: Every demo account (staff and agency members) signs in with this password.
DEMO_PASSWORD = "praxis-demo"


class DemoDataError(ValueError):
    """A demo data file is not what its loader expects; the message names the file."""


# -- YAML, as a writer expects it -------------------------------------------


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's plain types: true/false, integers, null."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag.rsplit(":", 1)[-1] not in ("bool", "int", "float", "timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)


def read_yaml(path: Path):
    """The YAML file at ``path`` (see the module docstring for its types)."""
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as error:
        raise DemoDataError(f"{path}: {error}") from error


# -- Markdown pages ---------------------------------------------------------


@dataclass
class DemoPage:
    """One Markdown file: its front matter (``meta``) and its Markdown ``body``."""

    path: Path
    slug: str
    meta: dict
    body: str

    def __getitem__(self, key):
        try:
            return self.meta[key]
        except KeyError:
            raise DemoDataError(f"{self.path}: the front matter has no {key!r}") from None

    def get(self, key, default=None):
        return self.meta.get(key, default)

    def sections(self, names: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, str]:
        """The body's level-2 sections by name ("## When to use" is ``when_to_use``).

        Every name in ``names`` must be there and nothing else may be, apart
        from ``optional`` ones; otherwise the error names the file.
        """
        found = dict(split_headings(self.body, level=2, path=self.path))
        by_name = {_field_name(heading): text for heading, text in found.items()}
        missing = [name for name in names if name not in by_name]
        unknown = [h for h in found if _field_name(h) not in (*names, *optional)]
        if missing or unknown:
            expected = ", ".join(_heading(n) for n in names)
            raise DemoDataError(
                f"{self.path}: sections {expected} expected"
                + (f"; missing {', '.join(map(_heading, missing))}" if missing else "")
                + (f"; unknown {', '.join(unknown)}" if unknown else "")
            )
        return by_name


def _field_name(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", heading.lower()).strip("_")


def _heading(name: str) -> str:
    return "'## " + name.replace("_", " ").capitalize() + "'"


def split_headings(text: str, level: int, path=None) -> list[tuple[str, str]]:
    """``text`` cut at its headings of ``level``: (heading, the Markdown under it) pairs."""
    marker = "#" * level + " "
    parts: list[tuple[str, list[str]]] = []
    for line in text.strip().splitlines():
        if line.startswith(marker):
            parts.append((line[len(marker) :].strip(), []))
        elif parts:
            parts[-1][1].append(line)
        elif line.strip():
            raise DemoDataError(f"{path or 'text'}: text before the first {marker.strip()} heading")
    return [(heading, "\n".join(lines).strip()) for heading, lines in parts]


def read_page(path: Path) -> DemoPage:
    """The Markdown file at ``path``, with its YAML front matter between ``---`` lines."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    meta: dict = {}
    if text.startswith("---\n"):
        front, separator, text = text[4:].partition("\n---\n")
        if not separator:
            raise DemoDataError(f"{path}: the front matter has no closing '---' line")
        try:
            meta = yaml.load(front, Loader=_Loader) or {}
        except yaml.YAMLError as error:
            raise DemoDataError(f"{path}: {error}") from error
    slug = meta.pop("slug", None) or re.sub(r"^\d+-", "", path.stem)
    return DemoPage(path=path, slug=slug, meta=meta, body=text.strip())


def read_pages(folder: Path) -> list[DemoPage]:
    """Every ``*.md`` file in ``folder``, in file-name order."""
    return [read_page(path) for path in sorted(Path(folder).glob("*.md"))]


# -- Text to field values ---------------------------------------------------

_BLOCK_TAGS = r"p|ul|ol|li|h[1-6]|blockquote"


def _html_blocks(text: str) -> list:
    """The top-level HTML elements of Markdown ``text``, soft line breaks made spaces."""
    import lxml.html

    html = markdown.markdown(textwrap.dedent(text).strip())
    if not html:
        return []
    return [el for el in lxml.html.fragments_fromstring(html) if not isinstance(el, str)]


def _serialise(element) -> str:
    import lxml.html

    html = lxml.html.tostring(element, encoding="unicode", with_tail=False)
    html = re.sub(r"\s*\n\s*", " ", html)
    return re.sub(rf"\s*(</?(?:{_BLOCK_TAGS})\b[^>]*>)\s*", r"\1", html)


def rich_text(text: str) -> str:
    """Markdown ``text`` as rich text HTML."""
    return "".join(_serialise(element) for element in _html_blocks(text))


def body_blocks(text: str) -> list[tuple[str, object]]:
    """Markdown ``text`` as ``BodyBlock`` stream data: headings, and a paragraph per block."""
    from wagtail.rich_text import RichText

    blocks = []
    for element in _html_blocks(text):
        if element.tag in ("h2", "h3"):
            heading = re.sub(r"\s+", " ", element.text_content()).strip()
            blocks.append(("heading", {"text": heading, "level": element.tag}))
        else:
            blocks.append(("paragraph", RichText(_serialise(element))))
    return blocks


def plain_text(text: str) -> str:
    """Text for a plain text field: each paragraph on one line, a blank line between them."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(text).strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def index_page(model, home, path: Path, log, name: str, intro=plain_text):
    """The section's index page of ``model`` under ``home``, made from ``path`` if missing.

    Its title, slug, ``show_in_menus`` and introduction (the body, through
    ``intro``) come from the Markdown file; a new page is published and logged as ``name``.
    """
    index = model.objects.child_of(home).first()
    if index is None:
        entry = read_page(path)
        index = model(
            title=entry["title"],
            slug=entry.slug,
            show_in_menus=entry.get("show_in_menus", False),
            intro=intro(entry.body),
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        log(name)
    return index


# -- Pictures ---------------------------------------------------------------


def illustration(title: str, hue: int, seed: int | None = None):
    """A generated abstract illustration (Pillow), stored once per title."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed if seed is not None else title)
    width, height = 1200, 675
    base = tuple(int(c * 255) for c in colorsys.hls_to_rgb(hue / 360, 0.35, 0.55))
    canvas = PILImage.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(canvas)
    for _ in range(14):
        h = (hue + rng.randint(-40, 40)) % 360
        colour = tuple(
            int(c * 255) for c in colorsys.hls_to_rgb(h / 360, rng.uniform(0.4, 0.8), 0.5)
        )
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        r = rng.randint(60, 320)
        if rng.random() < 0.5:
            draw.ellipse((x, y, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x, y, x + r * 1.6, y + r * 0.6), fill=colour)
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60]
    image = Image(title=title, file=ImageFile(buffer, name=f"{slug}.jpg"))
    image.save()
    return image


# -- Translations -----------------------------------------------------------


def _normalise(text: str) -> str:
    """A message as a reader sees it: no tags, entities resolved, spaces collapsed."""
    import html

    text = re.sub(r"<br\s*/?>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", text))).strip()


#: Fields a translation keeps from its source (the slug keeps URLs parallel).
UNTRANSLATED_FIELDS = frozenset({"slug"})


class MissingDemoTranslation(DemoDataError):
    """The demo translations lack a string the source object needs, or have one it lacks."""


def translate(
    instance,
    language_code: str,
    strings: dict[str, str],
    publish: bool = True,
    complete: bool = False,
):
    """Translate a page or snippet with wagtail-localize, as a translator would.

    The source is exported as a PO file, every message whose text is a key of
    ``strings`` (plain text, compared as a reader sees it) gets its
    translation, and the PO file is imported back with
    ``Translation.import_po``; then the translation is saved (and, for pages,
    published). Returns the translated instance. Already translated instances
    are returned untouched.

    Messages without a translation keep the source text, unless ``complete``
    is set: then every message except the slug needs one and every string
    must be used, or ``MissingDemoTranslation`` names what does not match and
    nothing is translated.
    """
    from wagtail.models import DraftStateMixin
    from wagtail_localize.models import Translation, TranslationSource
    from wagtail_localize.strings import StringValue

    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    lookup = {_normalise(k): v for k, v in strings.items() if k and v}
    po = translation.export_po()
    missing, used = [], set()
    for entry in po:
        key = _normalise(entry.msgid)
        target = lookup.get(key)
        if target:
            # Localize's messages are HTML fragments; the demo's translations are text.
            entry.msgstr = StringValue.from_plaintext(target).data
            used.add(key)
        elif complete and entry.msgctxt not in UNTRANSLATED_FIELDS:
            missing.append(f"{entry.msgctxt}: {entry.msgid[:80]!r}")
    unused = [k for k in lookup if k not in used] if complete else []
    if missing or unused:
        # Localize would silently fall back to the source text: a page half
        # in English. Name what the demo data lacks (or has too much of) instead.
        name = f"{type(instance).__name__} {instance!s}"
        problems = []
        if missing:
            problems.append(
                f"No {language_code} translation for {len(missing)} source string(s) of "
                f"{name}:\n  " + "\n  ".join(missing)
            )
        if unused:
            problems.append(
                f"{len(unused)} {language_code} translation(s) for text that {name} does "
                "not have (was the English changed?):\n  "
                + "\n  ".join(repr(k[:80]) for k in unused)
            )
        raise MissingDemoTranslation("\n".join(problems))
    translation.import_po(po)

    if isinstance(instance, DraftStateMixin):
        # Localize publishes only when the surrounding transaction commits;
        # publish here instead, so what follows sees the live translation.
        translation.save_target(publish=False)
        translated = instance.get_translation(locale)
        if publish:
            translated.get_latest_revision().publish()
            translated.refresh_from_db()
        return translated
    translation.save_target()
    return instance.get_translation(locale)


@dataclass
class Catalogue:
    """One language's demo translations: a ``<language>.po`` file, messages by context."""

    path: Path
    language: str
    messages: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        path = Path(path)
        try:
            po = polib.pofile(str(path))
        except (OSError, UnicodeDecodeError) as error:
            raise DemoDataError(f"{path}: not a readable PO file ({error})") from error
        catalogue = cls(path=path, language=path.stem)
        for entry in po:
            if entry.obsolete or not entry.msgid:
                continue
            if not entry.msgctxt:
                raise DemoDataError(f"{path}:{entry.linenum}: a message without a msgctxt")
            if not entry.msgstr or entry.fuzzy:
                raise DemoDataError(
                    f"{path}:{entry.linenum}: {entry.msgctxt} {entry.msgid[:60]!r} "
                    "is not translated (or fuzzy)"
                )
            catalogue.messages.setdefault(entry.msgctxt, {})[entry.msgid] = entry.msgstr
        return catalogue

    def strings(self, context: str) -> dict[str, str]:
        """English text to its translation, for the object ``context`` names."""
        return self.messages.get(context, {})

    def translate_objects(self, objects: dict[str, object], log) -> None:
        """Translate every object of ``objects`` (context -> page or snippet) the catalogue has.

        Objects the catalogue has no messages for stay untranslated; a context
        that names none of ``objects`` is an error. Already translated objects
        are left alone; the rest are translated completely or not at all.
        """
        from wagtail.models import Page

        unknown = sorted(set(self.messages) - set(objects))
        if unknown:
            raise DemoDataError(f"{self.path}: no demo object for context(s) {unknown}")
        locale = Locale.objects.get(language_code=self.language)
        for context, instance in objects.items():
            strings = self.messages.get(context)
            if not strings or instance.get_translation_or_none(locale) is not None:
                continue
            try:
                translate(instance, self.language, strings, complete=True)
            except MissingDemoTranslation as error:
                raise MissingDemoTranslation(f"{self.path}, {context}: {error}") from None
            kind = "page" if isinstance(instance, Page) else "term"
            log(f"translated {kind} ({self.language})")


def catalogues(folder: Path) -> list[Catalogue]:
    """The catalogues in ``folder`` for the languages the site has, in the site's order."""
    from django.conf import settings

    folder = Path(folder)
    found = []
    for code, _name in settings.LANGUAGES:
        path = folder / f"{code}.po"
        if path.exists() and Locale.objects.filter(language_code=code).exists():
            found.append(Catalogue.read(path))
    return found
