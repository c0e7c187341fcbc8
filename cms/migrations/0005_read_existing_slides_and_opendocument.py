"""Read the words of slides and OpenDocument files uploaded before they were read for search."""

from django.db import migrations
from django.db.models import Q


def read_existing_files(apps, schema_editor):
    # The project's own reader, which this migration exists to apply.
    from cms.document_text import extract_text

    Document = apps.get_model("cms", "PraxisDocument")
    suffixes = Q()
    for suffix in (".pptx", ".odt", ".ods", ".odp"):
        suffixes |= Q(file__iendswith=suffix)
    for document in Document.objects.filter(suffixes, text=""):
        document.text = extract_text(document.file)
        if document.text:
            document.save(update_fields=["text"])


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_read_existing_spreadsheets")]

    operations = [migrations.RunPython(read_existing_files, migrations.RunPython.noop)]
