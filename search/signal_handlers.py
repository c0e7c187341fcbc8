"""The search index follows a page's taxonomy links, connected by ``SearchConfig.ready``.

Wagtail indexes a page when its row is saved, which is before a page's
parental many-to-many links (themes, intervention types) are written: a page
published with a new theme would be found by the theme's name only after its
next save. When the links the kinds of ``search.kinds`` go through change,
the page is indexed again. (The facet values follow the same links:
``search.facet_index``.)
"""

from wagtail.search.index import insert_or_update_object


def reindex_after_links(sender, instance, action, reverse, **kwargs):
    if not reverse and action in ("post_add", "post_remove", "post_clear"):
        insert_or_update_object(instance)


def dispatch_uid(through) -> str:
    """The handler's id on ``m2m_changed`` for one link table (bench/search.py disconnects it)."""
    return f"praxis-reindex-links-{through._meta.label_lower}"


def connect_signals():
    from django.db.models.signals import m2m_changed

    from .facet_index import many_to_many

    for relation in many_to_many():
        through = relation.remote_field.through
        m2m_changed.connect(reindex_after_links, sender=through, dispatch_uid=dispatch_uid(through))
