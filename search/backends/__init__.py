"""The site's search backends: one module per kind of index, one interface (``base.SearchEngine``).

- ``database``: what settings name by default; picks ``sqlite`` or ``postgres``
  by the database (each a Wagtail backend indexing in each object's language,
  and an engine ranking with its own SQL);
- ``elasticsearch8``, ``opensearch2``: Wagtail's cluster backends with the
  site's fields, and ``cluster``, their engine;
- ``internals``: every use of the backends' private parts, and nothing else;
- ``facet_counts``: the facet counts, which the database answers whatever the index.

``engine_for`` picks the engine for a Wagtail backend by its class.
"""

from wagtail.search.backends import get_search_backend

from .base import (
    BackendEngine,
    Hit,
    SearchEngine,
    SearchUnavailable,
    SiteBackend,
    Source,
    id_set,
    pk_in,
    visible,
)

__all__ = [
    "Hit",
    "SearchEngine",
    "SearchUnavailable",
    "Source",
    "engine_for",
    "id_set",
    "pk_in",
    "visible",
]


def engine_for(search_backend=None) -> SearchEngine:
    """The engine that answers for ``search_backend`` (the configured one by default).

    The site's own backends (``SiteBackend``) name theirs; any other Wagtail
    backend is asked through Wagtail's public API (``BackendEngine``).
    """
    search_backend = search_backend or get_search_backend()
    if isinstance(search_backend, SiteBackend):
        return search_backend.engine()
    return BackendEngine(search_backend)
