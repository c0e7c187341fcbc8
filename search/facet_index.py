"""The facet values of pages, kept beside the search index (``PageFacets``).

The search counts its facets over thousands of matching pages at once; reading
each page's year and taxonomy values from a row of its own costs a third of
joining the relation tables every time. The rows are derived data, written:

- when a page of a searchable kind is saved (``FacetedPage``), after its
  relations, so a publish counts the themes it published;
- by ``python manage.py update_index`` (every page);
- for any page a search finds without a row, or with a row older than the
  page's last publication (``SearchFacets`` asks for it), so a page saved some
  other way (a bulk load, a queryset update of its dates) is never miscounted.

Values are ``"<facet>:<taxonomy row id>"``; one value per facet and slug, so a
page tagged with a theme in two languages counts once.
"""

from __future__ import annotations

from contextlib import contextmanager

from wagtail.models import Page

BATCH = 1000

_deferred: list[set[int]] = []


class FacetedPage:
    """A page mixin: saving the page rewrites its facet values (after its relations)."""

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if _deferred:
            _deferred[-1].add(self.pk)
        else:
            refresh([self.pk])
        return result


@contextmanager
def deferred():
    """Within this block, pages saved are refreshed together at its end (bulk loads)."""
    _deferred.append(set())
    try:
        yield
    finally:
        refresh(sorted(_deferred.pop()))


def values_of(page_ids) -> dict[int, tuple[int | None, list[str], object]]:
    """Page id -> (year, facet values, last published) for the searchable pages of ``page_ids``."""
    from .facets import TAXONOMIES, facet_lookups, lookup_pairs, year_expression
    from .kinds import content_types

    ids = list(page_ids)
    rows = (
        Page.objects.filter(pk__in=ids, content_type_id__in=content_types().values())
        .annotate(_year=year_expression())
        .values_list("pk", "_year", "last_published_at")
    )
    found = {pk: (int(year) if year is not None else None, [], when) for pk, year, when in rows}
    for name, lookups in facet_lookups().items():
        if not lookups:
            continue
        _label, model, key = TAXONOMIES[name]
        keys = dict(model.objects.values_list("pk", key))
        seen = set()
        for lookup in lookups:
            pairs = lookup_pairs(lookup).filter(_fv_pk__in=ids).values_list("_fv_pk", "_fv_value")
            for pk, value in pairs.order_by("_fv_pk", "_fv_value"):
                if pk in found and (pk, keys.get(value)) not in seen:
                    seen.add((pk, keys.get(value)))
                    found[pk][1].append(f"{name}:{value}")
    return found


def refresh(page_ids) -> int:
    """Rewrite the facet values of these pages (and drop rows of pages no longer searchable)."""
    from .models import PageFacets

    ids = list(page_ids)
    written = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        found = values_of(batch)
        PageFacets.objects.filter(page_id__in=batch).exclude(page_id__in=list(found)).delete()
        PageFacets.objects.bulk_create(
            [
                PageFacets(page_id=pk, year=year, values=values, published=when)
                for pk, (year, values, when) in found.items()
            ],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["year", "values", "published"],
        )
        written += len(found)
    return written


def rebuild(progress=None) -> int:
    """Rewrite the facet values of every page of a searchable kind."""
    from .kinds import content_types
    from .models import PageFacets

    ids = list(
        Page.objects.filter(content_type_id__in=content_types().values())
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    PageFacets.objects.exclude(page_id__in=Page.objects.filter(pk__in=ids).values("pk")).delete()
    written = 0
    for start in range(0, len(ids), BATCH):
        written += refresh(ids[start : start + BATCH])
        if progress:
            progress(written, len(ids))
    return written
