"""An index that answers "which pages may this search show" without reading the page rows.

Every search narrows the index entries to the pages the request may open: live
pages of the searchable types in one language, outside restricted subtrees
(``cms.privacy.visible_pages``). That subquery read all of Wagtail's page rows
(wide ones: titles, paths, URLs, JSON); this partial index holds just the live
pages' language, type, id, tree path and last publication (which the facet
counts read), so PostgreSQL answers both with an index-only scan. Measured with
``bench/search.py`` at 20,000 pages: the ranking query went from 48 to 41 ms,
the facet counts from 29 to 24 ms. SQLite has no ``INCLUDE``: there these are
more columns of the index.
"""

from django.db import migrations

NAME = "search_visible_pages"


def create_index(apps, schema_editor):
    table = schema_editor.quote_name(apps.get_model("wagtailcore", "Page")._meta.db_table)
    if schema_editor.connection.vendor == "postgresql":
        columns = '("locale_id", "content_type_id", "id") INCLUDE ("path", "last_published_at")'
    else:
        columns = '("locale_id", "content_type_id", "id", "path", "last_published_at")'
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON {table} {columns} WHERE live")


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_page_facets"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
