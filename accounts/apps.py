from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from accounts.groups import sync_recruiters_group

        # Permissions are created on post_migrate, so the group is synced after them.
        post_migrate.connect(sync_recruiters_group, dispatch_uid="accounts.sync_recruiters_group")
