"""A page carries the taxonomy terms of its own language (cms.taxonomy_terms).

Translations made before this copied their source's terms (English themes on
French pages): move them to the rows of the page's locale where translated.
"""

from django.db import migrations

MODELS = ["practices.SourcebookItemPage", "practices.CollectionPage"]


def localise(apps, schema_editor):
    from cms.taxonomy_terms import localise_existing_terms

    for label in MODELS:
        localise_existing_terms(apps, label)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_translation_rights"),
        ("cms", "0005_read_existing_slides_and_opendocument"),
    ]

    operations = [migrations.RunPython(localise, migrations.RunPython.noop)]
