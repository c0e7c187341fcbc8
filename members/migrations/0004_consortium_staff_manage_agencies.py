"""Consortium staff manage agencies, memberships and invitations in the Wagtail admin."""

from django.db import migrations

MODELS = ["agency", "membership", "invitation"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # This app's permissions only exist after post_migrate; make them now.
    for label in ("members", "wagtailadmin"):
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name="Consortium staff")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="members",
            codename__in=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
        ),
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Consortium staff").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="members",
                codename__in=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_member_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
