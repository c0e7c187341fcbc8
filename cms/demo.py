"""Demo helpers shared by the apps' demo loaders: taxonomies, rich text, images."""

from __future__ import annotations

import colorsys
import io
import random
import re

from django.core.files.images import ImageFile
from django.utils.html import escape
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from .models import Country, GovernmentLevel, InterventionType, Sector, Theme


def paragraphs(text: str) -> str:
    """Plain text with blank-line paragraphs (and "## " subheadings) as rich text HTML."""
    html = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            html.append(f"<h3>{escape(block[3:])}</h3>")
        elif block:
            html.append(f"<p>{escape(block)}</p>")
    return "".join(html)


def body_blocks(text: str) -> list[tuple[str, object]]:
    """Plain text as BodyBlock stream data: headings and paragraphs."""
    from wagtail.rich_text import RichText

    blocks = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            blocks.append(("heading", {"text": block[3:], "level": "h2"}))
        elif block:
            blocks.append(("paragraph", RichText(f"<p>{escape(block)}</p>")))
    return blocks


def load_taxonomies(content) -> dict[str, dict]:
    """Create the taxonomy terms in the default locale; existing ones are left alone."""
    locale = Locale.get_default()
    out = {"theme": {}, "sector": {}, "level": {}, "intervention": {}, "country": {}}
    for model, key, rows in (
        (Theme, "theme", content.THEMES),
        (Sector, "sector", content.SECTORS),
        (GovernmentLevel, "level", content.LEVELS),
        (InterventionType, "intervention", content.INTERVENTION_TYPES),
    ):
        for row in rows:
            obj, _ = model.objects.get_or_create(
                slug=row["slug"],
                locale=locale,
                defaults={"name": row["name"], "description": row.get("description", "")},
            )
            out[key][row["slug"]] = obj
    for code, name in content.COUNTRIES:
        obj, _ = Country.objects.get_or_create(code=code, locale=locale, defaults={"name": name})
        out["country"][code] = obj
    return out


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


def _normalise(text: str) -> str:
    import html

    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", text))).strip()


#: Fields a translation keeps from its source (the slug keeps URLs parallel).
UNTRANSLATED_FIELDS = frozenset({"slug"})


class MissingDemoTranslation(ValueError):
    """The demo translation data lacks a string the source object needs."""


def translate(
    instance,
    language_code: str,
    strings: dict[str, str],
    publish: bool = True,
    complete: bool = False,
):
    """Translate a page or snippet with wagtail-localize, as a translator would.

    The source is exported as a PO file, every message whose text is a key of
    ``strings`` gets its translation, and the PO file is imported back; then the
    translation is saved (and, for pages, published). Returns the translated
    instance. Already translated instances are returned untouched.

    Messages without a translation keep the source text, unless ``complete``
    is set: then every message except the slug needs one, or
    ``MissingDemoTranslation`` names those missing and nothing is translated.
    """
    from wagtail_localize.models import Translation, TranslationSource

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
    missing = []
    for entry in po:
        target = lookup.get(_normalise(entry.msgid))
        if target:
            # Rich text messages carry HTML entities; plain fields do not.
            is_html = re.search(r"&[#a-z0-9]+;", entry.msgid) is not None
            entry.msgstr = str(escape(target)) if is_html else target
        elif complete and entry.msgctxt not in UNTRANSLATED_FIELDS:
            missing.append(f"{entry.msgctxt}: {entry.msgid[:80]!r}")
    if missing:
        # Localize would silently fall back to the source text: a page half
        # in English. Name what the demo data lacks instead.
        raise MissingDemoTranslation(
            f"No {language_code} translation for {len(missing)} source "
            f"string(s) of {type(instance).__name__} {instance!s}:\n  " + "\n  ".join(missing)
        )
    translation.import_po(po)
    from wagtail.models import DraftStateMixin

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
