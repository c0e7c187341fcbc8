"""Elasticsearch 8 (``SEARCH_ENGINE=elasticsearch8``): Wagtail's backend, the site's fields.

See ``search.backends.cluster``; needs the ``elasticsearch`` 8 client
(``requirements/search-cluster.lock``).
"""

from modelsearch.backends import elasticsearch8 as wagtail

from .cluster import ClusterBackend, LanguageQueryCompiler, PrefixQueryCompiler
from .internals import LanguageMapping


class Mapping(LanguageMapping, wagtail.Elasticsearch8Mapping):
    pass


class QueryCompiler(LanguageQueryCompiler, wagtail.Elasticsearch8SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(
    PrefixQueryCompiler, wagtail.Elasticsearch8AutocompleteQueryCompiler
):
    mapping_class = Mapping


class SearchBackend(ClusterBackend, wagtail.Elasticsearch8SearchBackend):
    mapping_class = Mapping
    query_compiler_class = QueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
