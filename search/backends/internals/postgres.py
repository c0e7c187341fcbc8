"""modelsearch's PostgreSQL index writing each object in its own language (see ``internals``)."""

from __future__ import annotations

from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from modelsearch.utils import get_content_type_pk

from . import ReadsLanguage, index_entry_model


class PostgresIndexer(ReadsLanguage, modelsearch_postgres.ObjectIndexer):
    pass


class PostgresIndex(modelsearch_postgres.PostgresIndex):
    """modelsearch's ``PostgresIndex.add_items``, with the language-aware indexer."""

    def add_items(self, model, objs):
        from django.db.models.sql.subqueries import InsertQuery

        if not model.get_search_fields():
            return
        indexers = [PostgresIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        IndexEntry = index_entry_model()
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params += [content_type_pk, indexer.id]
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(name), getattr(indexer, name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params += value_params
            params += [indexer.title_text, indexer.body_text]
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title,"
                " autocomplete, body, title_norm, title_text, body_text)"
                f" (VALUES {', '.join(rows)})"
                " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
                " title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,"
                " title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )
        self._refresh_title_norms()
