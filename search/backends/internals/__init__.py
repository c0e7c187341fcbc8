"""Every use of the search backends' private parts, in one place.

Wagtail 8's search backends come from ``modelsearch``. The site ranks with
its own SQL and cluster queries and indexes each page in its own language,
which needs a few things that library does not promise to keep: its index
tables and their columns, the classes that write them (whose ``add_items``
is repeated here with a language-aware indexer), the PostgreSQL weights, the
cluster mapping's field names and content-type strings. They are all here,
and nowhere else: ``tests/search/test_backend_internals.py`` checks each one
against the installed library and fails, naming what changed, after an
upgrade that moves any of them. ``CHECKED_WITH`` is the version they were
last read against; the test fails when another version is installed, so an
upgrade is a moment to read them again.

The modules of one database (``internals.sqlite``, ``internals.postgres``)
are imported only with that database: each of modelsearch's own needs its
database's index models.
"""

from __future__ import annotations

from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite import utils as sqlite_utils
from modelsearch.conf import get_app_config
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField

from ... import languages

CHECKED_WITH = {"modelsearch": "1.3"}


# The index tables --------------------------------------------------------


def index_entry_model():
    """Wagtail's index entry model: one row per object (``title``, ``body``, ``autocomplete``)."""
    return get_app_config().get_model("IndexEntry")


def sqlite_fts_table() -> str:
    """The FTS5 table of the index entries (rowid = entry id; autocomplete, body, title)."""
    return get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table


def sqlite_fts_available() -> bool:
    """Whether SQLite's full-text index is there (asked once per process and content version)."""
    from cms.chrome import remembered

    return remembered(
        None,
        "sqlite-fts-available",
        lambda: sqlite_utils.fts5_available() and sqlite_utils.fts_table_exists(),
    )


def postgres_weights() -> str:
    """The ``ts_rank`` weights of the A-D labels Wagtail gives fields by their boost, as SQL."""
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    return get_sql_weights()


# Indexing in each object's own language ----------------------------------


class ReadsLanguage:
    """An indexer mixin that hands the backend words read in the object's own language.

    Searchable text becomes its stems and exact words (``languages.index_text``);
    autocomplete text is only folded (suggestions match what is typed, letter by
    letter, whatever the accents). A ``RelatedFields``' own fields come back
    through ``prepare_field`` and are read there, once.
    """

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = languages.language_of(obj)

    def read(self, field, value: str) -> str:
        if isinstance(field, SearchField):
            return languages.index_text(value, self.language)
        if isinstance(field, AutocompleteField):
            return " ".join(languages.words(value))
        return value

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            yield from super().prepare_field(obj, field)
            return
        for prepared in super().prepare_field(obj, field):
            *rest, value = prepared
            yield (*rest, self.read(prepared[0], value))


# The cluster's documents ----------------------------------------------------

# Fields the site adds to each document on an Elasticsearch/OpenSearch index,
# read by ``languages`` (the words as the database backends index them), with
# the engine's ``whitespace`` analyser (a core one: no plugin or module needed).
TITLE, LEAD, BODY, SUGGEST = "praxis_title", "praxis_lead", "praxis_body", "praxis_suggest"
LANGUAGE = "praxis_language"


def searchable_text(obj) -> tuple[str, str, str]:
    """An object's searchable text: its title, its boosted fields, and the rest."""
    title, lead, body = [], [], []

    def walk(target, fields, boosted=False):
        for field in fields:
            if isinstance(field, RelatedFields):
                value = field.get_value(target)
                if value is None:
                    continue
                related = value.all() if hasattr(value, "all") else [value]
                for item in related:
                    walk(item, field.fields, boosted)
            elif isinstance(field, SearchField):
                value = field.get_value(target)
                if value is None:
                    continue
                text = value if isinstance(value, str) else _flatten(value)
                if field.field_name == "title" and target is obj:
                    title.append(text)
                elif (field.boost or 1) > 1 or boosted:
                    lead.append(text)
                else:
                    body.append(text)

    walk(obj, obj.get_search_fields())
    return " ".join(title), " ".join(lead), " ".join(body)


def _flatten(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return force_str(value)


def suggestion_text(obj) -> str:
    """What the title suggestions match: the autocomplete fields, folded."""
    texts = []
    for field in obj.get_search_fields():
        if isinstance(field, AutocompleteField):
            value = field.get_value(obj)
            if value:
                texts.append(_flatten(value))
    return " ".join(languages.words(" ".join(texts)))


class LanguageMapping:
    """A mapping mixin: the site's own fields beside Wagtail's, in each object's language."""

    def get_mapping(self):
        mapping = super().get_mapping()
        words = {"type": "text", "analyzer": "whitespace"}
        mapping["properties"].update(
            {
                TITLE: dict(words),
                LEAD: dict(words),
                BODY: dict(words),
                SUGGEST: dict(words),
                LANGUAGE: {"type": "keyword"},
            }
        )
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        language = languages.language_of(obj)
        title, lead, body = searchable_text(obj)
        document[TITLE] = languages.index_text(title, language)
        document[LEAD] = languages.index_text(lead, language)
        document[BODY] = languages.index_text(body, language)
        document[SUGGEST] = suggestion_text(obj)
        document[LANGUAGE] = language
        return document


def cluster_content_type(backend, model) -> str:
    """The string a cluster document names its model by (``practices.PracticeGuidePage``)."""
    return backend.mapping_class(model).get_content_type()


def cluster_filter_column(backend, model, field_name: str) -> str:
    """The document field of a model's ``FilterField`` (``locale`` → ``locale_id_filter``)."""
    mapping = backend.mapping_class(model)
    for field in model.get_search_fields():
        if isinstance(field, FilterField) and field.field_name == field_name:
            return mapping.get_field_column_name(field)
    raise LookupError(f"{model.__name__} has no FilterField {field_name!r}")


def cluster_index_name(backend, model) -> str:
    return backend.get_index_for_model(model).name


def cluster_search(backend, index, body: dict, **params) -> dict:
    """One search request through the backend's own client (the 7.15+ API takes the body's keys)."""
    if getattr(backend, "use_new_elasticsearch_api", False):
        return backend.es.search(index=index, **body, **params)
    return backend.es.search(index=index, body=body, **params)


class SwapAliasInOneStep:
    """Wagtail's atomic index rebuild, with the alias moved in one request.

    Wagtail's rebuilder points the alias at the new index, then deletes the old
    one: in between, the alias names both indexes and every search counts each
    page twice (Elasticsearch 8 showed it in
    ``test_rebuilding_the_index_while_the_site_answers``). The cluster's
    ``_aliases`` API removes the old index and adds the new one in one atomic
    step; the old index is deleted after. Mixed into modelsearch's
    ``ElasticsearchAtomicIndexRebuilder`` (its ``alias`` and ``index``).
    """

    def finish(self):
        if not self.alias.is_alias():
            return super().finish()  # first rebuild: no alias to move yet
        self.index.refresh()
        name = self.alias.name
        old = [index for index in self.alias.aliased_indices() if index.name != self.index.name]
        actions = [{"remove": {"index": index.name, "alias": name}} for index in old]
        actions.append({"add": {"index": self.index.name, "alias": name}})
        if self.index.backend.use_new_elasticsearch_api:
            self.index.es.indices.update_aliases(actions=actions)
        else:
            self.index.es.indices.update_aliases(body={"actions": actions})
        for index in old:
            index.delete()
