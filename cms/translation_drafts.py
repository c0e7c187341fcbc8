"""A translation is a draft until someone publishes it.

wagtail-localize, asked to translate a page, saves the translation and
publishes it at once with the source's text where nothing is translated yet
(``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE``, off in settings), and
creates each untranslated parent as an *alias*: a live copy of the English
page in the French tree, English title and all, in the French menu. Praxis
keeps both out of sight: the translation stays a draft for its translator to
publish, and a parent Localize copies becomes a draft translation of its own
(no longer an alias). Until they are published, visitors to ``/fr/…`` get the
page in the language it exists in, marked as such (``cms.i18n.route``).
"""

from __future__ import annotations

from wagtail.models import Page


def parent_copies_are_drafts(sender, source_obj, target_obj, **kwargs):
    """A page copied for translation as an alias becomes an unpublished draft translation."""
    if not isinstance(target_obj, Page) or not target_obj.alias_of_id:
        return
    Page.objects.filter(pk=target_obj.pk).update(
        alias_of=None, live=False, has_unpublished_changes=True
    )
    target_obj.alias_of_id = None
    target_obj.alias_of = None
    target_obj.live = False
    target_obj.has_unpublished_changes = True
    # The draft the translator will start from (an alias has no revision).
    target_obj.specific.save_revision(changed=False, clean=False)


def connect_signals():
    from wagtail.signals import copy_for_translation_done

    copy_for_translation_done.connect(
        parent_copies_are_drafts, dispatch_uid="cms.translation_parent_copies_are_drafts"
    )
