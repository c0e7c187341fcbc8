"""Members-only events keep their view restriction, whatever happens in the privacy dialog;
publishing an event with more places gives them to the waiting list at once."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from .enums import Audience
from .models import EventPage


def _reapply(page_id):
    page = EventPage.objects.filter(pk=page_id, audience=Audience.MEMBERS).first()
    if page is not None:
        page.ensure_audience_restriction()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="events.restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="events.restriction_deleted")
def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page_id = instance.page_id
    transaction.on_commit(lambda: _reapply(page_id))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="events.groups")
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PageViewRestriction
    ):
        page_id = instance.page_id
        transaction.on_commit(lambda: _reapply(page_id))


@receiver(page_published, dispatch_uid="events.published")
def event_published(sender, instance, **kwargs):
    if not isinstance(instance, EventPage) or instance.is_past:
        return
    from .registration import fill_places

    page_id = instance.pk
    transaction.on_commit(lambda: fill_places(EventPage.objects.get(pk=page_id)))
