"""Translation rights of the editorial groups.

Communications submit any page or snippet for translation (and, publishing
anywhere, publish the translations); Researchers submit the sourcebook pages
they may edit and translate them, their translations going through review
like their pages (``cms.wagtail_hooks`` refuses a submission of a page the
person may not edit, or of a snippet they may not add); Reviewers approve
translations and submit none.
"""

from django.db import migrations

GROUPS = ["Communications", "Researchers"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permission = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is not None:
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0002_editorial_roles"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
