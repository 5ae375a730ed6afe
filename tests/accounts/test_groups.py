"""The Recruiters group holds exactly the permissions written in accounts.groups, no more."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts.groups import (
    RECRUITER_PERMISSIONS,
    RECRUITERS_GROUP,
    recruiter_permission_codenames,
    sync_recruiters_group,
)

pytestmark = pytest.mark.django_db


def group_permissions() -> set[tuple[str, str]]:
    group = Group.objects.get(name=RECRUITERS_GROUP)
    return set(group.permissions.values_list("content_type__app_label", "codename"))


def expected_permissions() -> set[tuple[str, str]]:
    return {
        (label.split(".")[0], f"{action}_{label.split('.')[1]}")
        for label, actions in RECRUITER_PERMISSIONS.items()
        for action in actions
    }


def test_after_migrate_the_group_holds_exactly_the_listed_permissions():
    assert group_permissions() == expected_permissions()


def test_every_listed_permission_exists():
    # A typo in the list would otherwise silently grant nothing.
    for app_label, codename in recruiter_permission_codenames():
        assert Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).exists(), f"{app_label}.{codename}"


def test_recruiters_manage_no_staff_groups_or_permissions():
    labels = {app_label for app_label, _codename in group_permissions()}
    codenames = {codename for _app_label, codename in group_permissions()}
    assert "auth" not in labels
    assert "delete_user" not in codenames
    assert "add_user" not in codenames


def test_syncing_twice_changes_nothing():
    sync_recruiters_group()
    sync_recruiters_group()

    assert Group.objects.filter(name=RECRUITERS_GROUP).count() == 1
    assert group_permissions() == expected_permissions()


def test_syncing_removes_a_permission_added_by_hand():
    group = Group.objects.get(name=RECRUITERS_GROUP)
    group.permissions.add(Permission.objects.get(codename="delete_group"))

    sync_recruiters_group()

    assert group_permissions() == expected_permissions()


def test_syncing_restores_a_permission_removed_by_hand():
    group = Group.objects.get(name=RECRUITERS_GROUP)
    group.permissions.remove(Permission.objects.get(codename="view_candidateprofile"))

    sync_recruiters_group()

    assert ("accounts", "view_candidateprofile") in group_permissions()
