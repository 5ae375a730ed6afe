from django.db import migrations


def name_site(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(pk=1, defaults={"domain": "127.0.0.1:8000", "name": "Kakehashi"})


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_privacy_notice_v1"), ("sites", "0002_alter_domain_unique")]

    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
