"""Similar practices: guides and case studies like the one being read.

On a guide or case study page, beside the entries an editor linked by hand,
the visitor sees a few more that resemble it. On an Elasticsearch/OpenSearch
cluster that is the engine's own "more like this" query (through
``elasticsearch.dsl``, or opensearch-py's copy of it) over the page's words;
on the database backend, or when the cluster cannot answer, it is the entries
sharing the most themes, intervention types, country and sector. Either way
only pages the visitor may open, in the page's language (or the default
language where untranslated), are shown: the candidates are the search's own
``allowed_pages``.
"""

from __future__ import annotations

import logging

from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from wagtail.models import Page

from . import engine
from .kinds import content_types

logger = logging.getLogger(__name__)

LIMIT = 4


def similar_pages(page, request, exclude=(), limit=LIMIT, search_backend=None) -> list[Page]:
    """Up to ``limit`` guides or case studies like ``page`` that ``request`` may open."""
    from practices.models import SourcebookItemPage

    from .service import allowed_pages

    types = content_types()
    sourcebook_types = [types[key] for key in ("guide", "case") if key in types]
    skip = {page.translation_key, *(p.translation_key for p in exclude)}
    candidates = (
        allowed_pages(request, page.locale)
        .filter(content_type_id__in=sourcebook_types)
        .exclude(translation_key__in=skip)
    )
    search_backend = search_backend or engine.backend()
    if not engine.is_database_backend(search_backend):
        ids = _more_like_this(page, candidates, limit, search_backend)
        if ids:
            # Not ``specific()``: the list needs only what every entry has.
            by_id = SourcebookItemPage.objects.filter(pk__in=ids).in_bulk()
            return [by_id[pk] for pk in ids if pk in by_id]
    return _sharing_taxonomies(page, candidates, limit)


def _sharing_taxonomies(page, candidates, limit) -> list[Page]:
    """The candidates sharing most themes, intervention types, country and sector with ``page``."""
    from practices.models import SourcebookItemPage

    # ``all()``, not ``values_list``: a page's parental relations may be held in memory.
    themes = [theme.pk for theme in page.themes.all()]
    interventions = [item.pk for item in page.intervention_types.all()]
    shared = (
        SourcebookItemPage.objects.filter(pk__in=candidates.values("pk"))
        .annotate(
            shared_themes=_shared("themes", themes),
            shared_interventions=_shared("intervention_types", interventions),
            same_country=_same("country_id", page.country_id),
            same_sector=_same("sector_id", page.sector_id),
        )
        .annotate(
            score=F("shared_themes")
            + F("shared_interventions")
            + F("same_country")
            + F("same_sector")
        )
        .filter(score__gt=0)
        .order_by("-score", "-first_published_at", "-pk")
    )
    return list(shared[:limit])


def _shared(relation, ids):
    """How many of ``ids`` a candidate has in ``relation`` (0 without a query when there are none:
    an empty ``IN`` would empty the whole result)."""
    if not ids:
        return Value(0, output_field=IntegerField())
    return Count(relation, filter=Q(**{f"{relation}__in": ids}), distinct=True)


def _same(field, value):
    if value is None:
        return Value(0, output_field=IntegerField())
    return Case(When(**{field: value}, then=1), default=0, output_field=IntegerField())


def _more_like_this(page, candidates, limit, search_backend) -> list[int]:
    """The cluster's "more like this" over the page's own words, narrowed to the candidates."""
    from .highlight import page_text

    try:
        # The query DSL of the cluster's own client (opensearch-py's is a fork of
        # elasticsearch-dsl, with the same classes).
        if type(search_backend).__module__.rsplit(".", 1)[-1].startswith("opensearch"):
            from opensearchpy.helpers.query import MoreLikeThis
            from opensearchpy.helpers.search import Search
        else:
            from elasticsearch.dsl import Search
            from elasticsearch.dsl.query import MoreLikeThis
        index = search_backend.get_index_for_model(type(page))
        text = " ".join([page.title, *page_text(page)])[:20_000]
        search = (
            Search(using=search_backend.es, index=index.name)
            .query(
                MoreLikeThis(
                    like=text,
                    fields=["_all_text", "title"],
                    min_term_freq=1,
                    min_doc_freq=1,
                    max_query_terms=40,
                )
            )
            .source(False)
            .extra(size=limit * 10, **{"stored_fields": "pk"})
        )
        hits = search.execute().hits
        ids = [int(hit.meta.fields["pk"][0]) for hit in hits if "pk" in hit.meta.fields]
    except Exception:  # noqa: BLE001 - the database answers when the cluster cannot
        logger.warning("More like this failed on the search cluster", exc_info=True)
        return []
    visible = set(candidates.filter(engine.pk_in(ids)).order_by().values_list("pk", flat=True))
    return [pk for pk in ids if pk in visible and pk != page.pk][:limit]
