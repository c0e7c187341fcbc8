"""Indexes the search adds to tables it does not own (see search/migrations/0004)."""

from __future__ import annotations

VISIBLE_PAGES = "search_visible_pages"


def create_visible_pages_index(connection) -> None:
    """The live pages' language, type, id, path and last publication, for index-only scans."""
    from wagtail.models import Page

    table = connection.ops.quote_name(Page._meta.db_table)
    if connection.vendor == "postgresql":
        columns = '("locale_id", "content_type_id", "id") INCLUDE ("path", "last_published_at")'
    else:  # SQLite has no INCLUDE: more columns of the index
        columns = '("locale_id", "content_type_id", "id", "path", "last_published_at")'
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {VISIBLE_PAGES} ON {table} {columns} WHERE live"
        )


def drop_visible_pages_index(connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {VISIBLE_PAGES}")


def restore_after_migrate(sender, using="default", **kwargs) -> None:
    """``post_migrate``: create the index again if a migration rebuilt the page table."""
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    connection = connections[using]
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return
    applied = recorder.applied_migrations()
    if ("search", "0004_visible_pages_index") in applied:
        create_visible_pages_index(connection)
