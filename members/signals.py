"""What members announces, and how it keeps groups and restrictions in step.

``account_closing`` is sent before an account's personal data is removed:
``account_closing.send(sender=User, user=user, verified_emails=[...])``. Each
app above members connects a receiver in its ``AppConfig.ready()`` that removes
or anonymises what it stores about that person: rows linked to the account and
rows under one of its *verified* addresses (an unverified address may be
someone else's). A receiver that fails stops the closure, so nothing is left
half-erased behind a deleted account.

A member's groups are derived from their memberships: the "Members" group and
one group per agency. Wagtail checks group membership on every request, so a
removed membership removes access on the member's very next request, whatever
sessions they have open.
"""

from allauth.mfa.signals import authenticator_added
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published

from .models import (
    AGENCY_GROUP_PREFIX,
    Agency,
    AgencySpacePage,
    MembersAreaPage,
    Membership,
    members_group,
)

account_closing = Signal()


def sync_member_groups(user):
    """Give ``user`` exactly the agency groups of their memberships, and "Members" if any."""
    wanted = set(
        Agency.objects.filter(memberships__user=user, group__isnull=False).values_list(
            "group_id", flat=True
        )
    )
    agency_groups = set(
        Group.objects.filter(agency__isnull=False).values_list("pk", flat=True)
    ) | set(Group.objects.filter(name__startswith=AGENCY_GROUP_PREFIX).values_list("pk", flat=True))
    current = set(user.groups.filter(pk__in=agency_groups).values_list("pk", flat=True))
    if current - wanted:
        user.groups.remove(*(current - wanted))
    if wanted - current:
        user.groups.add(*(wanted - current))
    members = members_group()
    if wanted:
        user.groups.add(members)
    else:
        user.groups.remove(members)


@receiver(post_save, sender=Membership, dispatch_uid="members.membership_saved")
@receiver(post_delete, sender=Membership, dispatch_uid="members.membership_deleted")
def membership_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        sync_member_groups(user)


@receiver(post_delete, sender=Agency, dispatch_uid="members.agency_deleted")
def agency_deleted(sender, instance, **kwargs):
    # Its memberships are gone with it; so is the group that mirrored them.
    if instance.group_id:
        Group.objects.filter(pk=instance.group_id).delete()


def _reapply(page_id):
    for model in (AgencySpacePage, MembersAreaPage):
        page = model.objects.filter(pk=page_id).first()
        if page is not None:
            page.ensure_restriction()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="members.restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="members.restriction_deleted")
def restriction_changed(sender, instance, raw=False, **kwargs):
    """Editors cannot take a gated page's restriction away (e.g. in the privacy dialog)."""
    if raw:
        return
    page_id = instance.page_id
    transaction.on_commit(lambda: _reapply(page_id))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="members.groups")
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PageViewRestriction
    ):
        page_id = instance.page_id
        transaction.on_commit(lambda: _reapply(page_id))


_reapplying: set = set()


def _reapply_collection(collection_id):
    # ensure_collection_restriction deletes stray restrictions itself: no re-entry.
    if collection_id in _reapplying:
        return
    agency = Agency.objects.filter(collection_id=collection_id).first()
    if agency is None:
        return
    _reapplying.add(collection_id)
    try:
        agency.ensure_collection_restriction()
    finally:
        _reapplying.discard(collection_id)


@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="members.coll_deleted")
def collection_restriction_deleted(sender, instance, **kwargs):
    """An agency's documents never become public, not even for a moment.

    Put back at once (not after the commit), so the private files are still in
    private storage when ``cms.private_media`` checks where they belong.
    """
    _reapply_collection(instance.collection_id)


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="members.coll_saved")
def collection_restriction_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collection_id = instance.collection_id
    transaction.on_commit(lambda: _reapply_collection(collection_id))


@receiver(
    m2m_changed, sender=CollectionViewRestriction.groups.through, dispatch_uid="members.coll_groups"
)
def collection_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, CollectionViewRestriction
    ):
        collection_id = instance.collection_id
        transaction.on_commit(lambda: _reapply_collection(collection_id))


# Images and documents used in a space


def media_used_by(page):
    """The images and documents a page's content refers to (blocks, rich text, fields)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import ReferenceIndex

    wanted = {}
    for model in (get_image_model(), get_document_model()):
        wanted[ReferenceIndex._get_base_content_type(model).pk] = model
    ids: dict = {}
    for (
        content_type_id,
        object_id,
        _path,
        _content,
    ) in ReferenceIndex._extract_references_from_object(page):
        if content_type_id in wanted:
            ids.setdefault(wanted[content_type_id], set()).add(object_id)
    for model, pks in ids.items():
        yield from model.objects.filter(pk__in=pks).select_related("collection")


def used_only_in_space(obj, page, space) -> bool:
    """Whether every other page that refers to ``obj`` is in ``space`` too."""
    from wagtail.models import Page, ReferenceIndex

    page_type = ReferenceIndex._get_base_content_type(Page)
    others = ReferenceIndex.get_references_to(obj).exclude(
        base_content_type=page_type, object_id=str(page.pk)
    )
    if others.exclude(base_content_type=page_type).exists():
        return False  # used by a snippet or a setting: leave it where it is
    pages = Page.objects.filter(
        pk__in=[int(pk) for pk in others.values_list("object_id", flat=True)]
    )
    return not pages.exclude(path__startswith=space.path).exists()


@receiver(page_published, dispatch_uid="members.space_media")
def keep_space_media_private(sender, instance, **kwargs):
    """Images and documents an editor puts on a space's pages join the agency's collection.

    An editor who uploads a photo from a space's page editor puts it in the
    default, public collection; its files (and renditions) would then sit in
    public media, reachable by URL. When the page is published, media of
    public collections that no page outside the space uses move into the
    agency's private collection (``cms.private_media`` moves their files).
    Media other pages also show stay where they are.
    """
    from cms.privacy import is_private_collection

    if not isinstance(instance, Page):
        return
    space = (
        AgencySpacePage.objects.ancestor_of(instance, inclusive=True)
        .select_related("agency__collection")
        .order_by("-depth")
        .first()
    )
    if space is None or space.agency.collection is None:
        return
    for obj in media_used_by(instance.specific):
        if is_private_collection(obj.collection) or not used_only_in_space(obj, instance, space):
            continue
        obj.collection = space.agency.collection
        obj.save(update_fields=["collection"])


def drop_unconfirmed_claims(sender, request, email_address, **kwargs):
    """Once an address is confirmed, other accounts' unconfirmed claims to it go."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(email__iexact=email_address.email, verified=False).exclude(
        user_id=email_address.user_id
    ).delete()


def _second_factor_set_up(sender, request, user, authenticator=None, **kwargs):
    """Setting up TOTP proves the second factor (a code was entered): the admin opens."""
    from allauth.account.internal.flows.login import record_authentication

    if request is not None and getattr(authenticator, "type", None) == "totp":
        record_authentication(request, user, "mfa", type="totp", id=authenticator.pk)


def connect_allauth_signals():
    from allauth.account.signals import email_confirmed
    from allauth.mfa.signals import authenticator_added

    authenticator_added.connect(_second_factor_set_up, dispatch_uid="members.mfa_added")
    email_confirmed.connect(drop_unconfirmed_claims, dispatch_uid="members.email_confirmed")


connect_allauth_signals()


@receiver(authenticator_added, dispatch_uid="members.totp_activated")
def totp_activated(sender, request, user, authenticator, **kwargs):
    """The code typed to activate an authenticator app proves the second factor.

    Without this, a staff member who has just set up the app is asked for a code
    again before the admin opens (``members.middleware``).
    """
    from allauth.account.internal.flows.login import record_authentication

    if authenticator.type == authenticator.Type.TOTP and request is not None:
        record_authentication(request, user, "mfa", id=authenticator.pk, type="totp")
