"""Members' own views: their account, data export and deletion, invitations."""

import json

from allauth.account.decorators import reauthentication_required
from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .export import account_export
from .forms import DeleteAccountForm, InvitationForm
from .invitations import invite
from .models import Agency, Invitation, Membership


@never_cache
@login_required
def my_account(request):
    from cms.privacy import visible_pages

    from .models import MembersAreaPage

    memberships = request.user.memberships.select_related("agency", "agency__country")
    return TemplateResponse(
        request,
        "members/my_account.html",
        {
            "members_area": visible_pages(MembersAreaPage.objects.all(), request).first(),
            "memberships": [(m, m.agency.space()) for m in memberships],
            "can_invite": [
                m.agency
                for m in memberships
                if m.role == Membership.Role.COORDINATOR
                and m.agency.status == Agency.Status.PARTICIPATING
            ],
        },
    )


@never_cache
@login_required
def export_data(request):
    data = {"exported_at": timezone.now().isoformat(), **account_export(request.user)}
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="praxis-my-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@reauthentication_required
def delete_account(request):
    user = request.user
    if user.is_staff or user.is_superuser:
        return TemplateResponse(request, "members/delete_account_staff.html", status=403)
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        logout(request)
        user.close_account()
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    return TemplateResponse(request, "members/delete_account.html", {"form": form})


def _may_invite(user, agency) -> bool:
    return user.has_perm("members.add_invitation") or user.is_coordinator_of(agency)


@never_cache
@login_required
def invite_to_agency(request, agency_id):
    agency = get_object_or_404(Agency, pk=agency_id)
    if not _may_invite(request.user, agency):
        raise PermissionDenied(_("Only the agency's coordinators can invite people."))
    if agency.status != Agency.Status.PARTICIPATING:
        raise PermissionDenied(_("Only participating agencies can invite people."))
    form = InvitationForm(request.POST if request.method == "POST" else None, agency=agency)
    if request.method == "POST" and form.is_valid():
        invitation, outcome = invite(
            agency, form.cleaned_data["email"], form.cleaned_data["role"], request.user, request
        )
        if outcome == "resent":
            message = _("%(email)s already had an invitation; we sent it again.")
        else:
            message = _("Invitation sent to %(email)s.")
        messages.success(request, message % {"email": invitation.email})
        return redirect("invite_to_agency", agency_id=agency.pk)
    pending = Invitation.objects.pending().filter(agency=agency)
    return TemplateResponse(
        request, "members/invite.html", {"form": form, "agency": agency, "pending": pending}
    )


def _invitation_problem(request, reason, status, invitation=None):
    return TemplateResponse(
        request,
        "members/invitation_invalid.html",
        {"reason": reason, "invitation": invitation},
        status=status,
    )


@never_cache
def invitation(request, token):
    """The page an invitation link opens: sign up or sign in, then join."""
    try:
        invitation = Invitation.from_token(token)
    except signing.SignatureExpired:
        return _invitation_problem(request, "expired", 410)
    except (signing.BadSignature, Invitation.DoesNotExist, KeyError, TypeError):
        return _invitation_problem(request, "invalid", 404)
    if invitation.is_used:
        return _invitation_problem(request, "used", 410, invitation)
    if invitation.is_expired:
        return _invitation_problem(request, "expired", 410, invitation)
    if invitation.agency.status != Agency.Status.PARTICIPATING:
        return _invitation_problem(request, "closed", 410, invitation)

    context = {"invitation": invitation, "agency": invitation.agency}
    user = request.user
    if not user.is_authenticated:
        # Following the link proves the address: signing up with it needs no
        # confirmation email (allauth's "verified email" stash).
        from allauth.account.adapter import get_adapter

        get_adapter(request).stash_verified_email(request, invitation.email)
        # Only a confirmed address says who has an account: anyone may add an
        # address to their own account without confirming it.
        context["has_account"] = EmailAddress.objects.filter(
            email__iexact=invitation.email, verified=True
        ).exists()
        return TemplateResponse(request, "members/invitation.html", context)

    if not EmailAddress.objects.filter(
        user=user, email__iexact=invitation.email, verified=True
    ).exists():
        return TemplateResponse(
            request, "members/invitation_wrong_account.html", context, status=403
        )
    if request.method == "POST":
        return _accept(request, invitation)
    context["already_member"] = Membership.objects.filter(
        user=user, agency=invitation.agency
    ).exists()
    return TemplateResponse(request, "members/invitation.html", context)


def _accept(request, invitation):
    try:
        invitation.accept(request.user)
    except ValidationError:
        return _invitation_problem(request, "used", 410, invitation)
    messages.success(
        request, _("Welcome: you are now a member of %(agency)s.") % {"agency": invitation.agency}
    )
    space = invitation.agency.space()
    if space is not None and space.live:
        return redirect(space.url)
    return redirect("my_account")
