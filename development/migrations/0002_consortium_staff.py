"""Consortium staff work with every agency's development data, in the admin and the members' area."""

from django.db import migrations

MODELS = [
    "participation",
    "intervention",
    "framework",
    "assessmentround",
    "learningpartnership",
    "logentry",
    "logcomment",
]
ACTIONS = ["add", "change", "delete", "view"]
EXTRA = ["work_with_every_agency", "reopen_assessmentround"]


def _codenames():
    return [f"{action}_{model}" for action in ACTIONS for model in MODELS] + EXTRA


def grant(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # This app's permissions only exist after post_migrate; make them now.
    create_permissions(global_apps.get_app_config("development"), apps=apps, verbosity=0)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name="Consortium staff")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="development", codename__in=_codenames()
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Consortium staff").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="development", codename__in=_codenames()
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("development", "0001_initial"),
        ("members", "0004_consortium_staff_manage_agencies"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
