"""Read the cells of spreadsheets uploaded before ``.xlsx`` files were read for search."""

from django.db import migrations


def read_existing_spreadsheets(apps, schema_editor):
    # The project's own reader, which this migration exists to apply.
    from cms.document_text import extract_text

    Document = apps.get_model("cms", "PraxisDocument")
    for document in Document.objects.filter(file__iendswith=".xlsx", text=""):
        document.text = extract_text(document.file)
        if document.text:
            document.save(update_fields=["text"])


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_document_text_and_language")]

    operations = [migrations.RunPython(read_existing_spreadsheets, migrations.RunPython.noop)]
