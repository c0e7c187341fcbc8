"""The demo site's taxonomy terms (``taxonomies.yaml``) and their translations (``translations/``).

Terms are created in the default language; ``load_translations`` translates
those the catalogues name (contexts ``themes/<slug>``, ``sectors/<slug>``,
``levels/<slug>``, ``intervention_types/<slug>``, ``countries/<code>``).
"""

from __future__ import annotations

from pathlib import Path

from wagtail.models import Locale

from cms.models import Country, GovernmentLevel, InterventionType, Sector, Theme

from . import DemoDataError, catalogues, read_yaml

DATA = Path(__file__).parent

#: The file's lists, the model each holds and the key ``terms`` uses for it.
KINDS = (
    ("themes", Theme, "theme"),
    ("sectors", Sector, "sector"),
    ("levels", GovernmentLevel, "level"),
    ("intervention_types", InterventionType, "intervention"),
)


def load_taxonomies() -> dict[str, dict]:
    """Create the taxonomy terms in the default locale; existing ones are left alone.

    Returns the terms by kind and slug (countries by code), as the other
    apps' demo loaders take them: ``terms["theme"]["leadership"]``.
    """
    data = read_yaml(DATA / "taxonomies.yaml")
    locale = Locale.get_default()
    terms: dict[str, dict] = {key: {} for _list, _model, key in KINDS}
    for name, model, key in KINDS:
        for row in data[name]:
            obj, _ = model.objects.get_or_create(
                slug=row["slug"],
                locale=locale,
                defaults={"name": row["name"], "description": row.get("description", "")},
            )
            terms[key][row["slug"]] = obj
    terms["country"] = {}
    for code, name in data["countries"].items():
        if not isinstance(code, str):
            raise DemoDataError(f"{DATA / 'taxonomies.yaml'}: country code {code!r} is not text")
        obj, _ = Country.objects.get_or_create(code=code, locale=locale, defaults={"name": name})
        terms["country"][code] = obj
    return terms


def load_translations(terms: dict[str, dict], log) -> None:
    """Translate the terms into every language that has a catalogue in ``translations/``."""
    objects = {
        f"{name}/{slug}": term for name, _model, key in KINDS for slug, term in terms[key].items()
    }
    objects.update({f"countries/{code}": c for code, c in terms["country"].items()})
    for catalogue in catalogues(DATA / "translations"):
        catalogue.translate_objects(objects, log)
