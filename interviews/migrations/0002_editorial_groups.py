"""The newsroom's two groups: Editors publish; Contributors write drafts and send them to review."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from interviews.roles import sync_newsroom_groups


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; this one needs them now.
    app_config = apps.get_app_config("interviews")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    sync_newsroom_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editor", "Contributor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("interviews", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
