"""Editorial roles of the sourcebook: who writes, who reviews, who publishes."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

WORKFLOW_NAME = "Sourcebook review"
RESEARCHERS = "Researchers"
REVIEWERS = "Reviewers"
COMMUNICATIONS = "Communications"


def attach_sourcebook_roles(sourcebook):
    """Give a sourcebook page its workflow and its groups' page permissions."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow and not WorkflowPage.objects.filter(page=sourcebook).exists():
        WorkflowPage.objects.create(page=sourcebook, workflow=workflow)
    grants = {
        RESEARCHERS: ["add_page", "change_page"],
        REVIEWERS: ["change_page", "publish_page"],
    }
    for group_name, codenames in grants.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=sourcebook, permission=permission
            )
