"""What a request may see: the one rule every channel applies.

Wagtail decides page privacy with ``PageViewRestriction`` (password, signed-in
users, groups). Serving a single page already honours it; this module applies
the same rule to querysets, so listings, the sourcebook book, collections,
search, feeds and exports all show exactly the pages the visitor could open.
Documents and images follow their collection's view restrictions the same way
(``visible_media``, ``can_view_collection``).
"""

from __future__ import annotations

import hashlib

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction


def restrictions_blocking(request) -> list[PageViewRestriction]:
    """The view restrictions this request does not pass (cached on the request)."""
    cached = getattr(request, "_praxis_blocking_restrictions", None) if request else None
    if cached is not None:
        return cached
    restrictions = all_restrictions(request)
    if request is None:
        blocking = restrictions
    else:
        blocking = [r for r in restrictions if not r.accept_request(request)]
        request._praxis_blocking_restrictions = blocking
    return blocking


def all_restrictions(request=None) -> list[PageViewRestriction]:
    """Every page view restriction, read once per process and content version.

    A restriction saved or deleted, or moved with its page, moves the version on
    (``cms.frontend_cache``).
    """
    from .chrome import remembered

    return remembered(
        request,
        "page-view-restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page").prefetch_related("groups")),
    )


def visible_pages(queryset, request=None):
    """Narrow a page queryset to the live pages ``request`` may open.

    With no request, only pages anyone may open (the anonymous view): use it
    for content that leaves the site for everyone, such as the sourcebook PDF.
    """
    queryset = queryset.live()
    blocking = restrictions_blocking(request)
    if not blocking:
        return queryset
    hidden = Q()
    for restriction in blocking:
        hidden |= Q(path__startswith=restriction.page.path)
    return queryset.exclude(hidden)


def can_view(page: Page, request=None) -> bool:
    """Whether ``request`` may open ``page`` (live, and every restriction above it passed)."""
    if not page.live:
        return False
    return not any(page.path.startswith(r.page.path) for r in restrictions_blocking(request))


def privacy_fingerprint() -> str:
    """Changes whenever any view restriction is added, removed or changed."""
    rows = PageViewRestriction.objects.order_by("pk").values_list(
        "pk", "page_id", "restriction_type", "password"
    )
    return hashlib.sha256(repr(list(rows)).encode()).hexdigest()[:16]


# Documents and images: Wagtail keeps their privacy on collections
# (``CollectionViewRestriction``); a restriction covers the collection's subtree.


def collection_restrictions_blocking(request) -> list[CollectionViewRestriction]:
    """The collection view restrictions this request does not pass (cached on the request)."""
    cached = getattr(request, "_praxis_blocking_collection_restrictions", None) if request else None
    if cached is not None:
        return cached
    from .chrome import remembered

    # Read once per process and content version (a collection restriction saved
    # or deleted moves it on: cms.chrome).
    restrictions = remembered(
        request,
        "collection-view-restrictions",
        lambda: list(
            CollectionViewRestriction.objects.select_related("collection").prefetch_related(
                "groups"
            )
        ),
    )
    if request is None:
        return restrictions
    blocking = [r for r in restrictions if not r.accept_request(request)]
    request._praxis_blocking_collection_restrictions = blocking
    return blocking


def visible_media(queryset, request=None):
    """Narrow a document or image queryset to what ``request`` may open."""
    blocking = collection_restrictions_blocking(request)
    if not blocking:
        return queryset
    hidden = Q()
    for restriction in blocking:
        hidden |= Q(collection__path__startswith=restriction.collection.path)
    return queryset.exclude(hidden)


def can_view_collection(collection: Collection, request=None) -> bool:
    """Whether ``request`` may open the documents and images of ``collection``."""
    return not any(
        collection.path.startswith(r.collection.path)
        for r in collection_restrictions_blocking(request)
    )


def is_private_collection(collection: Collection) -> bool:
    """Whether any view restriction applies to ``collection`` (its own or an ancestor's)."""
    return collection.get_view_restrictions().exists()
