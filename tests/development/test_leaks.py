"""The partnership's consultant on every channel, and the development work kept out of search.

The consultant of agency A's learning partnership is not a member of A: every
channel of the leak test may show them A's development work (interventions,
results, the log) and nothing else of A's, and nothing at all of B's.
"""

import re

import pytest
from wagtail.search.index import get_indexed_models

from development.enums import PartnershipRole
from development.models import PartnershipMember
from tests.members.conftest import world as leak_world  # the leak test's world
from tests.members.factories import verified_user
from tests.members.test_leaks import CHANNELS

from .leaks import agency_work

pytestmark = pytest.mark.django_db
world = leak_world

# What a partnership's consultant may see of the agency: its development work.
WORK = {
    "INTERVENTION",
    "AIMS",
    "DOC",
    "FILE",
    "ROUND",
    "OPEN",
    "NOTE",
    "PARTNERSHIP",
    "LOG",
    "COMMENT",
}


def test_the_consultant_sees_the_work_and_nothing_else_on_any_channel(world, client):
    work = agency_work(world)
    consultant = verified_user("consultant@conseil.example")
    PartnershipMember.objects.create(
        partnership=work["A"]["partnership"], person=consultant, role=PartnershipRole.CONSULTANT
    )
    client.force_login(consultant)
    problems = []
    seen = set()
    for channel in CHANNELS:
        output = channel.fetch(client, world)
        if "SECRET-B-" in output:
            problems.append(f"{channel.name}: shows agency B's content")
        for kind in set(re.findall(r"SECRET-A-([A-Z]+)", output)):
            if kind not in WORK:
                problems.append(f"{channel.name}: shows A's {kind} to the consultant")
            seen.add(kind)
    assert not problems, "\n".join(problems)
    assert {"INTERVENTION", "ROUND", "PARTNERSHIP", "LOG", "COMMENT", "FILE"} <= seen


def test_no_development_data_is_in_the_search_index():
    indexed = {model._meta.app_label for model in get_indexed_models()}
    assert "development" not in indexed
