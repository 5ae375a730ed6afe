"""Periodic notifications: interview reminders and digests, each recorded once per period."""

import datetime

from django.db import transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role, User
from notifications.kinds import DigestFrequency, Kind
from notifications.models import Delivery, Preference
from notifications.services import notify


def _day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


@transaction.atomic
def interview_reminders(*, today: datetime.date) -> int:
    from applications.models import Application
    from applications.stages import Stage

    start, end = _day_bounds(today + datetime.timedelta(days=1))
    count = 0
    for application in Application.objects.filter(
        stage=Stage.INTERVIEW, interview_at__gte=start, interview_at__lt=end
    ).select_related("candidate__user", "vacancy__company", "vacancy__prefecture"):
        when = timezone.localtime(application.interview_at)
        notify(
            kind=Kind.INTERVIEW_REMINDER,
            recipients=[application.candidate.user],
            payload={
                "title": application.vacancy.title,
                "company": application.vacancy.company.name_latin,
                "when": f"{when:%Y-%m-%d %H:%M}",
                "place": application.interview_place,
            },
            # The interview's own time in the key: a rescheduled interview is reminded again.
            dedupe_key=f"interview_reminder:{application.pk}:{when:%Y%m%d%H%M}",
            url=reverse("applications:mine"),
        )
        count += 1
    return count


def _wants_digest(users: list[User], frequency: str) -> list[User]:
    preferences = {p.user_id: p.digest for p in Preference.objects.filter(user__in=users)}
    # With no saved preference, candidates get the weekly digest and employers the daily one.
    return [u for u in users if preferences.get(u.pk, frequency) == frequency]


@transaction.atomic
def weekly_candidate_digests(*, today: datetime.date) -> int:
    """Candidates who chose a weekly digest: how many strong new matches reached them this week."""
    since = timezone.now() - datetime.timedelta(days=7)
    counts = dict(
        Delivery.objects.filter(event__kind=Kind.NEW_MATCH, channel="in_app", created_at__gte=since)
        .values_list("recipient")
        .annotate(n=Count("pk"))
    )
    users = _wants_digest(
        list(User.objects.filter(pk__in=counts, role=Role.CANDIDATE, is_active=True)),
        DigestFrequency.WEEKLY,
    )
    year, week, _ = today.isocalendar()
    for user in users:
        notify(
            kind=Kind.WEEKLY_DIGEST,
            recipients=[user],
            payload={"count": counts[user.pk]},
            dedupe_key=f"weekly_digest:{user.pk}:{year}-W{week:02d}",
            url=reverse("dashboard"),
        )
    return len(users)


@transaction.atomic
def daily_employer_digests(*, today: datetime.date) -> int:
    """Employers who chose a daily digest: how many applications arrived in the last day."""
    since = timezone.now() - datetime.timedelta(days=1)
    counts = dict(
        Delivery.objects.filter(
            event__kind=Kind.NEW_APPLICATION, channel="in_app", created_at__gte=since
        )
        .values_list("recipient")
        .annotate(n=Count("pk"))
    )
    users = _wants_digest(
        list(User.objects.filter(pk__in=counts, role=Role.EMPLOYER, is_active=True)),
        DigestFrequency.DAILY,
    )
    for user in users:
        notify(
            kind=Kind.DAILY_DIGEST,
            recipients=[user],
            payload={"count": counts[user.pk]},
            dedupe_key=f"daily_digest:{user.pk}:{today:%Y-%m-%d}",
            url=reverse("employers:vacancy_list"),
        )
    return len(users)
