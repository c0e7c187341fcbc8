"""modelsearch's SQLite index writing each object in its own language (see ``internals``)."""

from __future__ import annotations

from modelsearch.backends.database.sqlite import sqlite as modelsearch_sqlite
from modelsearch.utils import get_content_type_pk

from . import ReadsLanguage, index_entry_model


class SQLiteIndexer(ReadsLanguage, modelsearch_sqlite.ObjectIndexer):
    pass


class SQLiteIndex(modelsearch_sqlite.SQLiteIndex):
    """modelsearch's ``SQLiteIndex.add_items``, with the language-aware indexer."""

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        indexers = [SQLiteIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {i.id: (i.title, i.autocomplete, i.body) for i in indexers}
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = frozenset(
            entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
        )
        for object_id in indexed:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        IndexEntry = index_entry_model()
        self.entries.bulk_create(
            [
                IndexEntry(
                    content_type_id=content_type_pk,
                    object_id=object_id,
                    title=title,
                    autocomplete=autocomplete,
                    body=body,
                )
                for object_id, (title, autocomplete, body) in data.items()
                if object_id not in indexed
            ]
        )
        self._refresh_title_norms()
