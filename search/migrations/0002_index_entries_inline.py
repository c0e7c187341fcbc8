"""PostgreSQL: keep the search index's text vectors inside the table row.

A page's body vector is often just over the size at which PostgreSQL moves a
value out of line ("TOAST"), and tsvectors barely compress, so most bodies
ended up in the TOAST table: every search then read each matching row's body
through the TOAST index, several buffer reads a row. ``STORAGE MAIN`` keeps a
value in the row unless the row could not fit a page at all. Measured with
``bench/search.py`` at 20,000 pages: the ranking query of a two-word search
went from 186 ms to 52 ms. Existing rows are rewritten once so they move back
in line. Other databases have no such setting: nothing to do.
"""

from django.db import migrations

COLUMNS = ("title", "body", "autocomplete")


def _set_storage(apps, schema_editor, storage):
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    for column in COLUMNS:
        schema_editor.execute(
            f"ALTER TABLE {table} ALTER COLUMN {schema_editor.quote_name(column)} SET STORAGE {storage}"
        )
    return table


def keep_vectors_in_line(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = _set_storage(apps, schema_editor, "MAIN")
    # A new value (``|| ''``) is stored by the new rule; an unchanged one would keep its place.
    schema_editor.execute(
        f"UPDATE {table} SET body = body || ''::tsvector WHERE pg_column_size(body) > 1000"
    )


def back_to_extended(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        _set_storage(apps, schema_editor, "EXTENDED")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_vectors_in_line, back_to_extended)]
