"""The "Recruiters" group: exactly the admin permissions recruiters need, kept in code."""

from typing import Any

RECRUITERS_GROUP = "Recruiters"

# app_label.model → actions. Recruiters manage people, companies and vacancies and edit the
# reference data; they do not manage staff users, groups or permissions.
RECRUITER_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "accounts.user": ("view", "change"),
    "accounts.candidateprofile": ("view", "add", "change", "delete"),
    "accounts.consent": ("view",),
    "accounts.privacynotice": ("view", "add", "change"),
    "employers.company": ("view", "add", "change"),
    "employers.companymembership": ("view", "add", "change", "delete"),
    "employers.vacancy": ("view", "add", "change", "delete"),
    "reference.sector": ("view", "add", "change"),
    "reference.prefecture": ("view", "add", "change"),
    "reference.minimumwage": ("view", "add", "change", "delete"),
    "reference.visastatus": ("view", "add", "change"),
    "reference.jlptlevel": ("view", "change"),
    "matching.matchscore": ("view",),
    "applications.application": ("view", "change"),
    "applications.stagechange": ("view",),
    "applications.employernote": ("view",),
    "applications.invitation": ("view",),
    "applications.dismissal": ("view",),
    "notifications.event": ("view",),
    "notifications.delivery": ("view", "change"),
    "notifications.notification": ("view",),
    "matching.matchrefresh": ("view", "add"),
    "django_celery_beat.periodictask": ("view", "change"),
    "django_celery_beat.crontabschedule": ("view",),
    "django_celery_beat.intervalschedule": ("view",),
}


def recruiter_permission_codenames() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for label, actions in RECRUITER_PERMISSIONS.items():
        app_label, model = label.split(".")
        pairs.extend((app_label, f"{action}_{model}") for action in actions)
    return pairs


def sync_recruiters_group(sender: Any = None, using: str = "default", **kwargs: Any) -> None:
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    query = Q(pk__in=[])
    for app_label, codename in recruiter_permission_codenames():
        query |= Q(content_type__app_label=app_label, codename=codename)
    permissions = Permission.objects.using(using).filter(query)
    group, _created = Group.objects.using(using).get_or_create(name=RECRUITERS_GROUP)
    group.permissions.set(permissions)
