"""Keep groups in step with memberships, and gated pages under their restriction.

A member's groups are derived from their memberships: the "Members" group and
one group per agency. Wagtail checks group membership on every request, so a
removed membership removes access on the member's very next request, whatever
sessions they have open.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

from .models import (
    AGENCY_GROUP_PREFIX,
    Agency,
    AgencySpacePage,
    MembersAreaPage,
    Membership,
    members_group,
)


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


def _second_factor_set_up(sender, request, user, authenticator=None, **kwargs):
    """Setting up TOTP proves the second factor (a code was entered): the admin opens."""
    from allauth.account.internal.flows.login import record_authentication

    if request is not None and getattr(authenticator, "type", None) == "totp":
        record_authentication(request, user, "mfa", type="totp", id=authenticator.pk)


def connect_mfa_signals():
    from allauth.mfa.signals import authenticator_added

    authenticator_added.connect(_second_factor_set_up, dispatch_uid="members.mfa_added")


connect_mfa_signals()
