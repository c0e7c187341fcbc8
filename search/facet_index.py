"""The facet values of pages, kept beside the search index (``PageFacets``).

The search counts its facets over thousands of matching pages at once; reading
each page's year and taxonomy values from a row of its own took 21 ms where
joining the relation tables took 35 (10,000 pages, PostgreSQL). The rows are
derived data, written:

- when a page of a searchable kind is saved (``post_save``) and when its
  many-to-many taxonomy links change (``m2m_changed``, sent after a page's
  parental relations are written), so a publish counts the themes it
  published; the handlers are connected by ``SearchConfig.ready`` for the
  models ``search.kinds`` names, as Wagtail connects its own index updates:
  the page models know nothing of the search;
- by ``python manage.py update_index`` (every page);
- for any page a search finds without a row, or with a row older than the
  page's last publication (``SearchFacets`` asks for it), so a page saved some
  other way (a bulk load, a queryset update of its dates) is never miscounted;
- for the pages linked to a taxonomy row (theme, country…) saved or deleted.

Values are ``"<facet>:<taxonomy row id>"``; one value per facet and slug, so a
page tagged with a theme in two languages counts once.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from django.conf import settings
from django.utils import timezone
from wagtail.models import COMMENTS_RELATION_NAME, Page

BATCH = 1000

_local = threading.local()


def _pending() -> list[set[int]]:
    if not hasattr(_local, "pending"):
        _local.pending = []
    return _local.pending


# Fields a save may touch without changing anything a facet counts: Wagtail's
# bookkeeping when a draft is saved or a page locked.
BOOKKEEPING = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _changed(page_ids):
    """Read these pages again now, or at the end of the ``deferred()`` block this thread is in."""
    pending = _pending()
    if pending:
        pending[-1].update(page_ids)
    else:
        saved(sorted(page_ids))


def saved(page_ids):
    """What the search derives from saved pages: their facet values, and their words."""
    from . import spelling

    refresh(page_ids)
    spelling.add_pages(page_ids)


def _page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= BOOKKEEPING):
        return
    if sender is Page and instance.content_type_id not in _searched_types():
        return  # a plain Page row of some other kind
    _changed([instance.pk])


def _links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A page's themes (or another many-to-many taxonomy) changed, from either side."""
    if action == "pre_clear" and reverse:
        instance._praxis_linked_pages = _linked_pages(sender, instance)
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        _changed([instance.pk])
    elif action == "post_clear":
        _changed(getattr(instance, "_praxis_linked_pages", []))
    else:
        _changed(pk_set or [])


def _linked_pages(through, taxonomy_row) -> list[int]:
    for relation in many_to_many():
        if relation.remote_field.through is through:
            source = relation.m2m_field_name()
            target = relation.m2m_reverse_field_name()
            rows = through._base_manager.filter(**{target: taxonomy_row.pk})
            return list(rows.values_list(f"{source}_id", flat=True))
    return []


def _searched_types() -> set[int]:
    from .kinds import content_types

    return set(content_types().values())


def many_to_many():
    """The many-to-many fields the facet lookups of ``search.kinds`` go through."""
    from django.db.models import ManyToManyField

    from .facets import facet_lookups

    fields = []
    for lookups in facet_lookups().values():
        for lookup in lookups:
            model, path = Page, lookup.split("__")[:-1]
            for name in path:
                field = model._meta.get_field(name)
                if isinstance(field, ManyToManyField) and field not in fields:
                    fields.append(field)
                model = field.related_model
    return fields


@contextmanager
def deferred():
    """Within this block (in this thread), pages saved are refreshed together at its end.

    Nested blocks hand their pages to the outermost one; if the block fails, its
    pages are not refreshed (the error is what matters, and the saves it made
    are likely rolled back).
    """
    pending = _pending()
    pending.append(set())
    try:
        yield
    except BaseException:
        pending.pop()
        raise
    ids = pending.pop()
    if pending:
        pending[-1] |= ids
    else:
        saved(sorted(ids))


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
    # The year in the site's time zone, whoever saves the page (an editor's
    # request runs in the time zone of their profile).
    with timezone.override(settings.TIME_ZONE):
        rows = list(rows)
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
    PageFacets.objects.exclude(page__content_type_id__in=content_types().values()).delete()
    written = 0
    for start in range(0, len(ids), BATCH):
        written += refresh(ids[start : start + BATCH])
        if progress:
            progress(written, len(ids))
    return written


def pages_tagged_with(model, pk) -> list[int]:
    """Ids of the pages linked to one taxonomy row (theme, country, sector…)."""
    from .facets import TAXONOMIES, facet_lookups, lookup_pairs

    ids = set()
    lookups = facet_lookups()
    for name, (_label, taxonomy, _key) in TAXONOMIES.items():
        if issubclass(model, taxonomy):
            for lookup in lookups[name]:
                pairs = lookup_pairs(lookup).filter(_fv_value=pk)
                ids.update(pairs.values_list("_fv_pk", flat=True))
    return sorted(ids)


def _taxonomy_saved(sender, instance, raw=False, **kwargs):
    # A slug or code changed, or a row in another language: the pages linked to
    # it may now share (or no longer share) a value with another of their rows.
    if not raw:
        refresh(pages_tagged_with(sender, instance.pk))


def _taxonomy_deleting(sender, instance, **kwargs):
    instance._praxis_tagged_pages = pages_tagged_with(sender, instance.pk)


def _taxonomy_deleted(sender, instance, **kwargs):
    refresh(getattr(instance, "_praxis_tagged_pages", []))


def connect_signals():
    """Keep the facet values current (``SearchConfig.ready``).

    A page of a kind ``search.kinds`` names is read again when it is saved and
    when its many-to-many taxonomy links change; the pages linked to a
    taxonomy row (theme, country…) when that row is saved or deleted.
    """
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

    from .facets import TAXONOMIES
    from .kinds import page_models

    for model in [Page, *page_models()]:
        uid = f"praxis-facets-page-{model._meta.label_lower}"
        post_save.connect(_page_saved, sender=model, dispatch_uid=uid)
    for relation in many_to_many():
        through = relation.remote_field.through
        uid = f"praxis-facets-links-{through._meta.label_lower}"
        m2m_changed.connect(_links_changed, sender=through, dispatch_uid=uid)
    for _label, model, _key in TAXONOMIES.values():
        uid = f"praxis-facets-{model._meta.label_lower}"
        post_save.connect(_taxonomy_saved, sender=model, dispatch_uid=uid)
        pre_delete.connect(_taxonomy_deleting, sender=model, dispatch_uid=uid)
        post_delete.connect(_taxonomy_deleted, sender=model, dispatch_uid=uid)
