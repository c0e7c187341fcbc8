"""Communications edit the footer (funding acknowledgement, linked pages) and translate it."""

from django.db import migrations

CODENAMES = ["add_sitefooter", "change_sitefooter"]


def grant(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("cms"), apps=apps, verbosity=0)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Communications").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="cms", codename__in=CODENAMES)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Communications").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="cms", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0004_terms_follow_the_page_language"),
        ("cms", "0006_site_footer"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
