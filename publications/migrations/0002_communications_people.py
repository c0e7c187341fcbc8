"""Communications staff manage people (authors) as well as publications and news pages."""

from django.db import migrations

CODENAMES = ["add_person", "change_person", "delete_person"]


def grant(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # The Person permissions only exist after post_migrate; make them now.
    create_permissions(global_apps.get_app_config("publications"), apps=apps, verbosity=0)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Communications").first()
    if group is None:
        return
    for codename in CODENAMES:
        group.permissions.add(
            Permission.objects.get(content_type__app_label="publications", codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Communications").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="publications", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0001_initial"),
        ("practices", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
