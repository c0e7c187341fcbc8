"""The site's own strings: every catalogue complete, and no template text outside gettext."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
REQUIRED = ["fr", "de", "es", "it", "pl", "nl"]


@pytest.mark.parametrize("language", REQUIRED)
def test_catalogue_is_complete(language):
    path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"no catalogue for {language}"
    catalogue = polib.pofile(str(path))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, (
        f"{language}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    )
    assert not fuzzy, f"{language}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    assert len(catalogue.translated_entries()) > 100


def test_catalogues_cover_the_templates():
    """Every {% translate %} string of the shared templates is in the French catalogue."""
    catalogue = {e.msgid for e in polib.pofile(str(ROOT / "locale/fr/LC_MESSAGES/django.po"))}
    pattern = re.compile(r'{%\s*translate\s+"([^"]+)"')
    missing = []
    for template in (ROOT / "templates").rglob("*.html"):
        for msgid in pattern.findall(template.read_text()):
            if msgid not in catalogue:
                missing.append((template.name, msgid))
    assert not missing, f"run `make makemessages` and translate: {missing[:10]}"


TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
BLOCKS = re.compile(
    r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}"
    r"|{%\s*block body_class\s*%}.*?{%\s*endblock[^%]*%}|<script.*?</script>|<style.*?</style>",
    re.S,
)
MARKUP = re.compile(r"<[^>]*>", re.S)


def visible_text(source: str) -> list[str]:
    """Words a visitor would read that are not produced by a template tag."""
    source = BLOCKS.sub(" ", source)
    source = TAG.sub(" ", source)
    source = MARKUP.sub(" ", source)
    words = re.findall(r"[^\W\d_]{2,}", source)
    return words


@pytest.mark.parametrize(
    "template", sorted(p.relative_to(ROOT) for p in (ROOT / "templates").rglob("*.html"))
)
def test_shared_template_has_no_text_outside_gettext(template):
    text = (ROOT / template).read_text()
    words = visible_text(text)
    # "Praxis" is the consortium's name, the same in every language.
    words = [w for w in words if w not in {"Praxis"}]
    assert not words, f"{template}: text outside gettext: {' '.join(words[:20])}"
