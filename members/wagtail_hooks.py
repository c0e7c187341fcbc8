"""Agencies, memberships and invitations in the admin; the members-only page response."""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from .invitations import send_invitation
from .models import Agency, AgencySpacePage, Invitation, Membership


@hooks.register("on_serve_page", order=-1)
def members_only(callback):
    """Signed-in visitors who fail a group restriction get a clear 403 page.

    Wagtail would send them to the sign-in page, where they are already
    signed in; anonymous visitors still go there (Wagtail's own hook), and come
    back afterwards.
    """

    def inner(page, request, args, kwargs):
        if request.user.is_authenticated:
            for restriction in page.get_view_restrictions():
                if restriction.restriction_type == PageViewRestriction.GROUPS and (
                    not restriction.accept_request(request)
                ):
                    return not_a_member(request, page)
        return callback(page, request, args, kwargs)

    return inner


def not_a_member(request, page):
    space = (
        AgencySpacePage.objects.ancestor_of(page, inclusive=True)
        .select_related("agency")
        .order_by("-depth")
        .first()
    )
    response = TemplateResponse(
        request,
        "members/not_a_member.html",
        {"agency": space.agency if space else None},
        status=403,
    )
    add_never_cache_headers(response)
    return response


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    list_display = ["name", "country", "status"]
    list_filter = ["status", "country"]
    search_fields = ["name"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    list_display = ["user", "agency", "role", "since"]
    list_filter = ["agency", "role"]


class InvitationCreateView(CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        # Inviting an address that already has a pending invitation to this
        # agency sends that invitation again instead of making a second one.
        pending = (
            Invitation.objects.pending()
            .filter(agency=instance.agency, email=instance.email.strip().lower())
            .first()
        )
        if pending is not None:
            send_invitation(pending, self.request)
            return pending
        instance.invited_by = self.request.user
        instance.save()
        self.form.save_m2m()
        send_invitation(instance, self.request)
        return instance


class InvitationViewSet(SnippetViewSet):
    model = Invitation
    icon = "mail"
    add_view_class = InvitationCreateView
    list_display = ["email", "agency", "role", "created_at", "accepted_at"]
    list_filter = ["agency"]


class AgencyGroup(SnippetViewSetGroup):
    menu_label = _("Agencies")
    menu_icon = "group"
    menu_order = 310
    items = (AgencyViewSet, MembershipViewSet, InvitationViewSet)


register_snippet(AgencyGroup)
