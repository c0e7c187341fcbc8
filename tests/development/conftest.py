"""An agency with its space, people in every role of the development work, and a framework.

- ``coordinator`` and ``member``: members of the agency (Lyon);
- ``consultant``: in the agency's learning partnership, not a member;
- ``outsider``: a member of another agency (Sachsen) with its own space;
- ``staff``: consortium staff.
"""

from dataclasses import dataclass

import pytest

from development.enums import PartnershipRole
from members.models import Membership, staff_group
from tests.factories import CountryFactory
from tests.members.factories import (
    AgencyFactory,
    AgencySpacePageFactory,
    MembersAreaPageFactory,
    MembershipFactory,
    verified_user,
)

from .factories import make_framework, partnership_with


@dataclass
class People:
    agency: object
    other_agency: object
    space: object
    coordinator: object
    member: object
    consultant: object
    outsider: object
    staff: object
    partnership: object
    framework: object


@pytest.fixture
def people(home):
    return make_people(home)


def make_people(home):
    area = MembersAreaPageFactory(parent=home)
    agency = AgencyFactory(name="Ville de Lyon", country=CountryFactory(code="FR", name="France"))
    other = AgencyFactory(
        name="Landesamt Sachsen", country=CountryFactory(code="DE", name="Germany")
    )
    space = AgencySpacePageFactory(parent=area, agency=agency, slug="lyon")
    AgencySpacePageFactory(parent=area, agency=other, slug="sachsen")
    coordinator = verified_user("claire@lyon.example", first_name="Claire", last_name="Martin")
    MembershipFactory(user=coordinator, agency=agency, role=Membership.Role.COORDINATOR)
    member = verified_user("yves@lyon.example", first_name="Yves", last_name="Bernard")
    MembershipFactory(user=member, agency=agency)
    consultant = verified_user("marc@conseil.example", first_name="Marc", last_name="Dubois")
    outsider = verified_user("jana@sachsen.example", first_name="Jana", last_name="Schulz")
    MembershipFactory(user=outsider, agency=other, role=Membership.Role.COORDINATOR)
    staff = verified_user("staff@praxis.example", is_staff=True)
    staff.groups.add(staff_group())
    partnership = partnership_with(
        agency,
        [
            (coordinator, PartnershipRole.PUBLIC_MANAGER),
            (consultant, PartnershipRole.CONSULTANT),
        ],
    )
    return People(
        agency=agency,
        other_agency=other,
        space=space,
        coordinator=coordinator,
        member=member,
        consultant=consultant,
        outsider=outsider,
        staff=staff,
        partnership=partnership,
        framework=make_framework(),
    )
