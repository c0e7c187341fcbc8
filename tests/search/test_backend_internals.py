"""What ``search.backends.internals`` relies on in modelsearch, checked against the installed one.

An upgrade of Wagtail's search library that moves any of these fails here,
naming what moved, before a search on the site quietly returns nothing.
"""

import inspect
from importlib.metadata import version

import pytest
from django.db import connection
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchBaseMapping,
    ElasticsearchBaseSearchBackend,
    ElasticsearchBaseSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField
from wagtail.models import Page

from search.backends import internals

pytestmark = pytest.mark.django_db


def test_the_installed_modelsearch_is_the_version_the_internals_were_read_against():
    installed = ".".join(version("modelsearch").split(".")[:2])
    assert installed == internals.CHECKED_WITH["modelsearch"], (
        f"modelsearch {installed} is installed; search/backends/internals was read against "
        f"{internals.CHECKED_WITH['modelsearch']}: read it again, then update CHECKED_WITH"
    )


def test_the_index_entry_table_has_the_columns_the_ranking_reads():
    model = internals.index_entry_model()
    names = {field.name for field in model._meta.get_fields()}
    expected = {"content_type", "object_id", "title", "body", "autocomplete", "title_norm"}
    if connection.vendor == "postgresql":
        expected |= {"title_text", "body_text"}  # written by the PostgreSQL index's INSERT
    assert expected <= names, f"IndexEntry lost {sorted(expected - names)}"
    unique = {tuple(fields) for fields in model._meta.unique_together}
    assert ("content_type", "object_id") in unique, "the index's ON CONFLICT needs this key"


def test_the_sqlite_full_text_table_has_its_columns_in_the_order_bm25_weighs():
    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 table exists on SQLite only")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {internals.sqlite_fts_table()} LIMIT 0")
        columns = [column[0] for column in cursor.description]
    assert columns == ["autocomplete", "body", "title"]
    assert internals.sqlite_fts_available()


def test_the_postgres_weights_are_an_sql_array_of_four():
    if connection.vendor != "postgresql":
        pytest.skip("the weights are set when the app starts on PostgreSQL")
    weights = internals.postgres_weights()
    assert weights.startswith("{") and weights.endswith("}")
    assert len(weights.strip("{}").split(",")) == 4


def _indexer_module():
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres import postgres as module

        from search.backends.internals import postgres as ours

        return module, ours.PostgresIndexer, ours.PostgresIndex
    from modelsearch.backends.database.sqlite import sqlite as module

    from search.backends.internals import sqlite as ours

    return module, ours.SQLiteIndexer, ours.SQLiteIndex


def test_the_object_indexer_still_reads_fields_the_way_the_language_indexer_extends():
    module, indexer_class, index_class = _indexer_module()
    base = module.ObjectIndexer
    assert list(inspect.signature(base.__init__).parameters) == ["self", "obj", "backend"]
    assert list(inspect.signature(base.prepare_field).parameters) == ["self", "obj", "field"]
    for name in ("id", "title", "body", "autocomplete"):
        assert hasattr(base, name), f"ObjectIndexer.{name} is gone"
    assert list(
        inspect.signature(
            module.SQLiteIndex.add_items
            if "sqlite" in module.__name__
            else module.PostgresIndex.add_items
        ).parameters
    ) == [
        "self",
        "model",
        "objs",
    ]
    for name in ("_refresh_title_norms", "delete_item", "reset"):
        assert hasattr(index_class, name), f"the index class lost {name}"


def test_the_language_indexer_writes_stems_and_folded_suggestions(corpus):
    from wagtail.search.backends import get_search_backend

    _module, indexer_class, _index_class = _indexer_module()
    # The database's indexer, whichever backend the site uses (a cluster in CI's search stage).
    database = get_search_backend("search.backends.database")
    indexer = indexer_class(corpus.workshop_guide.specific, database)
    prepared = list(indexer.prepare_field(corpus.workshop_guide, SearchField("title")))
    assert prepared[0][-1].startswith("strategi workshop citizen")
    prepared = list(indexer.prepare_field(corpus.workshop_guide, AutocompleteField("title")))
    assert prepared[0][-1] == "strategy workshop with citizens"
    themes = RelatedFields("themes", [SearchField("name")])
    prepared = list(indexer.prepare_field(corpus.workshop_guide, themes))
    assert prepared[0][-1] == "citizen particip participation"  # read once, not twice


def test_the_cluster_mapping_still_names_fields_and_types_the_same_way():
    mapping = ElasticsearchBaseMapping(Page)
    assert mapping.get_content_type() == "wagtailcore.Page"
    assert mapping.get_field_column_name(FilterField("locale")) == "locale_id_filter"
    properties = mapping.get_mapping()["properties"]
    assert properties["pk"] == {"type": "keyword", "store": True}
    assert properties["_django_content_type"] == {"type": "keyword"}
    document = inspect.signature(ElasticsearchBaseMapping.get_document)
    assert list(document.parameters) == ["self", "obj"]


def test_the_cluster_backend_still_has_what_the_site_backend_overrides():
    for name in ("settings", "mapping_class", "get_index_for_model", "add", "add_bulk", "delete"):
        assert hasattr(ElasticsearchBaseSearchBackend, name), f"backend lost {name}"
    assert "settings" in ElasticsearchBaseSearchBackend.settings
    init = inspect.getsource(ElasticsearchBaseSearchBackend.__init__)
    assert 'params.pop("INDEX_PREFIX"' in init, "the index name prefix setting moved"
    assert "deepcopy" in init and "self.settings" in init, "index settings no longer per instance"
    for name in ("get_inner_query", "_remap_fields"):
        assert hasattr(ElasticsearchBaseSearchQueryCompiler, name)
