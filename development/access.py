"""Who may see and do what in an agency's development work: decided here, once per request.

Every piece of the development work sits behind **the agency's restriction**:
the view restriction Wagtail keeps on the agency's space (its group and
consortium staff, see ``members.models.AgencySpacePage``), checked through the
project's one privacy rule, ``cms.privacy.can_view``. Whoever may open the
space may see the agency's interventions and results. An agency without a live
space is checked against the same two groups.

A learning partnership widens this for its own people only: its consultants
and researchers, who need not belong to the agency, see the partnership's log
and the agency's interventions and results, never the agency's other private
pages or documents. Its public managers are the agency's own people: their
role counts while they are members, so leaving the agency closes it all at
once. Consortium staff (the ``development.work_with_every_agency`` permission,
given to the "Consortium staff" group) see and manage everything.

Views ask an ``AgencyAccess``; a request that may not see an agency's work gets
a 404 whether the agency exists or not, so nothing (not even a name) leaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.http import Http404

from cms.privacy import can_view
from members.models import Agency, AgencySpacePage, Membership, staff_group

from .enums import PartnershipRole

EVERY_AGENCY = "development.work_with_every_agency"
REOPEN = "development.reopen_assessmentround"


def is_consortium_staff(user) -> bool:
    return user.is_authenticated and user.has_perm(EVERY_AGENCY)


def passes_agency_restriction(request, agency: Agency) -> bool:
    """Whether ``request`` passes the agency's own view restriction (its space's)."""
    user = request.user
    if not user.is_authenticated:
        return False
    space = (
        AgencySpacePage.objects.filter(agency=agency)
        .live()
        .order_by("pk")
        .only("path", "live")
        .first()
    )
    if space is not None:
        return can_view(space, request)
    if user.is_superuser:
        return True
    groups = [g for g in (agency.group_id, staff_group().pk) if g is not None]
    return user.groups.filter(pk__in=groups).exists()


@dataclass
class AgencyAccess:
    agency: Agency
    is_staff: bool = False
    is_member: bool = False
    is_coordinator: bool = False
    may_reopen: bool = False
    partnership_roles: dict[int, str] = field(default_factory=dict)

    @property
    def in_partnership(self) -> bool:
        return bool(self.partnership_roles)

    @property
    def sees_work(self) -> bool:
        """Interventions and results."""
        return self.is_staff or self.is_member or self.in_partnership

    @property
    def manages_rounds(self) -> bool:
        return self.is_staff or self.is_coordinator

    @property
    def may_export_answers(self) -> bool:
        """Exports of individual answers (numbered, not named): those who analyse them."""
        analysts = {PartnershipRole.CONSULTANT, PartnershipRole.RESEARCHER}
        return (
            self.is_staff
            or self.is_coordinator
            or any(role in analysts for role in self.partnership_roles.values())
        )

    @property
    def may_upload(self) -> bool:
        return self.is_staff or self.is_member or self.in_partnership

    def sees_partnership(self, partnership) -> bool:
        return self.is_staff or partnership.pk in self.partnership_roles


def access_to(request, agency: Agency) -> AgencyAccess:
    """What ``request`` may do with ``agency``'s development work (cached on the request)."""
    cache = request.__dict__.setdefault("_development_access", {})
    if agency.pk in cache:
        return cache[agency.pk]
    user = request.user
    access = AgencyAccess(agency)
    if user.is_authenticated:
        from .models import PartnershipMember

        access.is_staff = is_consortium_staff(user)
        access.may_reopen = user.has_perm(REOPEN)
        access.is_member = passes_agency_restriction(request, agency)
        if access.is_member:
            access.is_coordinator = Membership.objects.filter(
                user=user, agency=agency, role=Membership.Role.COORDINATOR
            ).exists()
        roles = PartnershipMember.objects.filter(person=user, partnership__agency=agency)
        if not access.is_member:
            roles = roles.exclude(role=PartnershipRole.PUBLIC_MANAGER)
        access.partnership_roles = dict(roles.values_list("partnership_id", "role"))
    cache[agency.pk] = access
    return access


def agency_for(request, agency_id) -> tuple[Agency, AgencyAccess]:
    """The agency and the request's access to its work; 404 unless it may see it."""
    agency = Agency.objects.select_related("country").filter(pk=agency_id).first()
    if agency is None:
        raise Http404
    access = access_to(request, agency)
    if not access.sees_work:
        raise Http404
    return agency, access


def visible_agencies(request):
    """The agencies whose development work ``request`` may see."""
    from .models import PartnershipMember

    user = request.user
    if not user.is_authenticated:
        return Agency.objects.none()
    if is_consortium_staff(user):
        return Agency.objects.filter(
            Q(participation__isnull=False)
            | Q(interventions__isnull=False)
            | Q(assessment_rounds__isnull=False)
            | Q(learning_partnerships__isnull=False)
        ).distinct()
    member_of = [
        agency
        for agency in Agency.objects.filter(memberships__user=user)
        if passes_agency_restriction(request, agency)
    ]
    outside = PartnershipMember.objects.filter(person=user).exclude(
        role=PartnershipRole.PUBLIC_MANAGER
    )
    return Agency.objects.filter(
        Q(pk__in=[a.pk for a in member_of]) | Q(pk__in=outside.values("partnership__agency_id"))
    ).distinct()
