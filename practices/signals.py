"""Keep the sourcebook under its review workflow and its authors' permissions.

Wagtail assigns workflows and page permissions to pages, which do not exist
when migrations run; so when a sourcebook index page is created (by an editor,
the demo loader or a translation), it gets the "Sourcebook review" workflow and
the Researchers and Reviewers groups get their permissions on it.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .roles import attach_sourcebook_roles


@receiver(post_save, dispatch_uid="practices.sourcebook_roles")
def sourcebook_created(sender, instance, created, raw=False, **kwargs):
    from .models import SourcebookIndexPage

    if created and not raw and isinstance(instance, SourcebookIndexPage):
        attach_sourcebook_roles(instance)
