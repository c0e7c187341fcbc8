from django.db import migrations

GROUPS = ["Members", "Consortium staff"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("members", "0002_agencies_and_gated_pages")]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
