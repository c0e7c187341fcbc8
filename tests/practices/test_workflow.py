"""Editorial roles: a researcher's guide goes live only when a reviewer approves it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices.models import PracticeGuidePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def user_in(group_name, email):
    user = UserFactory(email=email)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_groups_and_workflow_exist(sourcebook):
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Communications",
        "Researchers",
        "Reviewers",
    }
    workflow = Workflow.objects.get(name="Sourcebook review")
    assert sourcebook.get_workflow() == workflow


def test_researcher_submission_is_live_only_after_approval(client, sourcebook):
    researcher = user_in("Researchers", "researcher@example.org")
    reviewer = user_in("Reviewers", "reviewer@example.org")

    client.force_login(researcher)
    add_url = f"/admin/pages/add/practices/practiceguidepage/{sourcebook.pk}/"
    assert client.get(add_url).status_code == 200
    form = nested_form_data(
        {
            "title": "Peer review between municipalities",
            "slug": "peer-review",
            "summary": "Two councils review each other's strategy.",
            "problem": rich_text("<p>Blind spots in strategy.</p>"),
            "steps": streamfield(
                [("step", {"title": "Pair up", "body": rich_text("<p>Find a peer.</p>")})]
            ),
            "downloads": streamfield([]),
            "related_links": inline_formset([]),
            "action-submit": "Submit for moderation",
        }
    )
    response = client.post(add_url, form)
    assert response.status_code == 302, response.context["form"].errors
    page = PracticeGuidePage.objects.get(slug="peer-review")
    assert not page.live
    assert page.workflow_in_progress
    assert client.get("/en/sourcebook/peer-review/").status_code == 404
    # A researcher cannot publish on their own.
    assert not page.permissions_for_user(researcher).can_publish()

    client.force_login(reviewer)
    state = page.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {"comment": "Good."}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert client.get("/en/sourcebook/peer-review/").status_code == 200
