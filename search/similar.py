"""Similar practices: guides and case studies like the one being read.

On a guide or case study page, beside the entries an editor linked by hand,
the visitor sees a few more that resemble it. The sourcebook asks through its
``similar_sourcebook_entries`` hook, which ``search.wagtail_hooks`` answers
with ``similar_ids``: the search knows the sourcebook's pages only as the
kinds ``search.kinds`` names. On an Elasticsearch/OpenSearch cluster that is
the engine's own "more like this" query over the page's words; on the
database backend, or when the cluster cannot answer, it is the entries
sharing the most of the taxonomy values the kinds' facets read (themes,
intervention types, country, sector). Either way only pages the visitor may
open, in the page's language (or the default language where untranslated),
are shown: the candidates are the search's own ``allowed_pages``.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, F, IntegerField, Q, Value
from wagtail.models import Page

from .backends import engine_for
from .kinds import SOURCEBOOK, by_key, content_types, kind_of, relation_path

LIMIT = 4


def similar_ids(page, request, exclude=(), limit=LIMIT, search_backend=None) -> list[int]:
    """Ids of up to ``limit`` guides or case studies like ``page`` that ``request`` may open."""
    from .service import allowed_pages

    types = content_types()
    skip = {page.translation_key, *(p.translation_key for p in exclude)}
    candidates = (
        allowed_pages(request, page.locale)
        .filter(content_type_id__in=[types[key] for key in SOURCEBOOK])
        .exclude(translation_key__in=skip)
    )
    ids = engine_for(search_backend).more_like_this(page, candidates, limit)
    if ids:
        return ids
    return _sharing_taxonomies(page, candidates, limit)


def similar_pages(page, request, exclude=(), limit=LIMIT, search_backend=None) -> list[Page]:
    """The pages of ``similar_ids``, in order."""
    ids = similar_ids(page, request, exclude, limit, search_backend)
    by_id = Page.objects.filter(pk__in=ids).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def _own_values(page, relation: str) -> list[int]:
    """The ids ``page`` links to through ``relation`` (a path from ``Page``), as it is in memory.

    A page's parental relations may be held in memory (a preview): read from the
    page, not from the database.
    """
    name = relation.split("__")[-1]
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:  # a page of another kind than the relation's
        return []
    if field.many_to_many:
        return [item.pk for item in getattr(page, name).all()]
    value = getattr(page, field.attname)
    return [] if value is None else [value]


def _sharing_taxonomies(page, candidates, limit) -> list[int]:
    """The candidates sharing most taxonomy values with ``page``, newest first among equals."""
    kind = kind_of(page.content_type_id) or by_key(SOURCEBOOK[0])
    scores = []
    annotations = {}
    for n, lookup in enumerate(kind.facets.values()):
        relation = relation_path(lookup)
        ids = _own_values(page, relation)
        name = f"_shared_{n}"
        if ids:
            # Counted per relation: an empty ``IN`` would empty the whole result.
            annotations[name] = Count(relation, filter=Q(**{f"{relation}__in": ids}), distinct=True)
        else:
            annotations[name] = Value(0, output_field=IntegerField())
        scores.append(F(name))
    if not scores:
        return []
    score = scores[0]
    for other in scores[1:]:
        score = score + other
    shared = (
        Page.objects.filter(pk__in=candidates.values("pk"))
        .annotate(**annotations)
        .annotate(_score=score)
        .filter(_score__gt=0)
        .order_by("-_score", "-first_published_at", "-pk")
    )
    return list(shared.values_list("pk", flat=True)[:limit])
