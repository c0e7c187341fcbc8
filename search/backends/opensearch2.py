"""OpenSearch 2 (``SEARCH_ENGINE=opensearch2``): Wagtail's backend, the site's fields.

See ``search.backends.cluster``; needs the ``opensearch-py`` client
(``requirements/search-opensearch.lock``).
"""

from modelsearch.backends import opensearch2 as wagtail

from .cluster import ClusterBackend, LanguageQueryCompiler, PrefixQueryCompiler
from .internals import LanguageMapping


class Mapping(LanguageMapping, wagtail.OpenSearch2Mapping):
    pass


class QueryCompiler(LanguageQueryCompiler, wagtail.OpenSearch2SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(PrefixQueryCompiler, wagtail.OpenSearch2AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(ClusterBackend, wagtail.OpenSearch2SearchBackend):
    mapping_class = Mapping
    query_compiler_class = QueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
