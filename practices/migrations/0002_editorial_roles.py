"""Editorial groups and the "Sourcebook review" workflow.

Communications publish anywhere; Researchers create and edit sourcebook pages
and submit them for review; Reviewers approve them. Page-level permissions on
the sourcebook itself are granted when a sourcebook page is created
(practices.signals), since no page exists when this migration runs.
"""

from django.db import migrations

MODEL_PERMISSIONS = {
    "Communications": [
        ("wagtailadmin", "admin", "access_admin"),
        ("cms", "theme", "add_theme"),
        ("cms", "theme", "change_theme"),
        ("cms", "theme", "delete_theme"),
        ("cms", "country", "add_country"),
        ("cms", "country", "change_country"),
        ("cms", "sector", "add_sector"),
        ("cms", "sector", "change_sector"),
        ("cms", "governmentlevel", "add_governmentlevel"),
        ("cms", "governmentlevel", "change_governmentlevel"),
        ("cms", "interventiontype", "add_interventiontype"),
        ("cms", "interventiontype", "change_interventiontype"),
        ("cms", "interventiontype", "delete_interventiontype"),
    ],
    "Researchers": [("wagtailadmin", "admin", "access_admin")],
    "Reviewers": [("wagtailadmin", "admin", "access_admin")],
}
COLLECTION_PERMISSIONS = {
    "Communications": [
        ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
    ],
    "Researchers": [
        ("wagtailimages", "image", ["add_image", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "choose_document"]),
    ],
    "Reviewers": [
        ("wagtailimages", "image", ["choose_image"]),
        ("wagtaildocs", "document", ["choose_document"]),
    ],
}
COMMUNICATIONS_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]


def ensure_permissions(apps):
    """Permissions of this project's models exist only after post_migrate; make them now."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, apps=apps, verbosity=0)


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ContentType = apps.get_model("contenttypes.ContentType")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    for name, perms in MODEL_PERMISSIONS.items():
        for app_label, model, codename in perms:
            permission = Permission.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
            groups[name].permissions.add(permission)

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection:
        for name, entries in COLLECTION_PERMISSIONS.items():
            for app_label, model, codenames in entries:
                for codename in codenames:
                    permission = Permission.objects.get(
                        content_type__app_label=app_label,
                        content_type__model=model,
                        codename=codename,
                    )
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name], collection=root_collection, permission=permission
                    )

    root_page = Page.objects.filter(depth=1).first()
    if root_page:
        for codename in COMMUNICATIONS_PAGE_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=groups["Communications"], page=root_page, permission=permission
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name="Reviewer approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Reviewer approval", content_type=task_type, active=True
        )
    task.groups.add(groups["Reviewers"])
    workflow, _ = Workflow.objects.get_or_create(name="Sourcebook review", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("members", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
