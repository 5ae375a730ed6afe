"""Beat's daily and weekly runs: an interview reminder the day before, digests once per period."""

import datetime

import pytest
from django.utils import timezone

from applications.stages import Stage
from notifications import digests, emitters
from notifications.kinds import DigestFrequency, Kind
from notifications.models import Event, Notification, Preference
from tests.applications.factories import ApplicationFactory
from tests.applications.helpers import profile_of
from tests.matching.site_helpers import open_vacancy
from tests.notifications.helpers import emails_to, inbox_kinds

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2026, 11, 23)


def japan_time(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def onigiri_line(tanaka_foods):
    return open_vacancy(tanaka_foods, title="Onigiri line worker")


def interview_for(user, vacancy, at: datetime.datetime):
    return ApplicationFactory(
        candidate=profile_of(user),
        vacancy=vacancy,
        stage=Stage.INTERVIEW,
        interview_at=at,
        interview_place="Tanaka Foods, Hakata factory",
    )


def run(capture, job, **kwargs):
    with capture(execute=True):
        return job(**kwargs)


def test_lan_is_reminded_the_day_before_her_interview_once(
    lan, onigiri_line, django_capture_on_commit_callbacks
):
    interview_for(lan, onigiri_line, japan_time(MONDAY + datetime.timedelta(days=1), 10))

    for _ in range(2):
        run(django_capture_on_commit_callbacks, digests.interview_reminders, today=MONDAY)

    [notification] = Notification.objects.filter(recipient=lan)
    assert notification.kind == Kind.INTERVIEW_REMINDER
    assert notification.payload["when"] == "2026-11-24 10:00"
    assert [e.subject for e in emails_to(lan)] == [
        "[Kakehashi] Reminder: your interview for Onigiri line worker is tomorrow"
    ]


def test_minh_whose_interview_is_in_three_days_is_not_reminded_yet(
    minh, onigiri_line, django_capture_on_commit_callbacks
):
    interview_for(minh, onigiri_line, japan_time(MONDAY + datetime.timedelta(days=3), 10))

    run(django_capture_on_commit_callbacks, digests.interview_reminders, today=MONDAY)

    assert inbox_kinds(minh) == []


def test_a_rescheduled_interview_is_reminded_again(
    lan, onigiri_line, django_capture_on_commit_callbacks
):
    application = interview_for(lan, onigiri_line, japan_time(MONDAY, 10))
    run(
        django_capture_on_commit_callbacks,
        digests.interview_reminders,
        today=MONDAY - datetime.timedelta(days=1),
    )
    application.interview_at = japan_time(MONDAY + datetime.timedelta(days=1), 14)
    application.save(update_fields=["interview_at"])

    run(django_capture_on_commit_callbacks, digests.interview_reminders, today=MONDAY)

    assert inbox_kinds(lan) == [Kind.INTERVIEW_REMINDER, Kind.INTERVIEW_REMINDER]


@pytest.fixture
def lan_was_told_of_two_matches(lan, tanaka_foods):
    for title in ("Bento line worker", "Onigiri line worker"):
        emitters.strong_matches(open_vacancy(tanaka_foods, title=title), [lan.pk])
    return lan


def test_lan_gets_one_weekly_digest_a_week(
    lan_was_told_of_two_matches, django_capture_on_commit_callbacks
):
    lan = lan_was_told_of_two_matches
    weekly = digests.weekly_candidate_digests

    for today in (MONDAY, MONDAY + datetime.timedelta(days=2)):
        run(django_capture_on_commit_callbacks, weekly, today=today)

    [digest] = Notification.objects.filter(recipient=lan, kind=Kind.WEEKLY_DIGEST)
    assert digest.payload == {"count": 2, "url": "/dashboard/"}
    run(django_capture_on_commit_callbacks, weekly, today=MONDAY + datetime.timedelta(days=7))
    assert inbox_kinds(lan).count(Kind.WEEKLY_DIGEST) == 2


def test_lan_who_chose_no_digest_gets_none(lan_was_told_of_two_matches):
    Preference.objects.create(user=lan_was_told_of_two_matches, digest=DigestFrequency.NONE)

    digests.weekly_candidate_digests(today=MONDAY)

    assert not Event.objects.filter(kind=Kind.WEEKLY_DIGEST).exists()


def test_tanaka_gets_one_daily_digest_a_day(
    tanaka, lan, minh, onigiri_line, django_capture_on_commit_callbacks
):
    daily = digests.daily_employer_digests
    for person in (lan, minh):
        application = ApplicationFactory(candidate=profile_of(person), vacancy=onigiri_line)
        emitters.application_created(application)

    for _ in range(2):
        run(django_capture_on_commit_callbacks, daily, today=MONDAY)

    [digest] = Notification.objects.filter(recipient=tanaka, kind=Kind.DAILY_DIGEST)
    assert digest.payload["count"] == 2
    [email] = [e for e in emails_to(tanaka) if e.subject == "[Kakehashi] Your day on Kakehashi"]
    assert "2 new applications arrived today." in email.body
    run(django_capture_on_commit_callbacks, daily, today=MONDAY + datetime.timedelta(days=1))
    assert inbox_kinds(tanaka).count(Kind.DAILY_DIGEST) == 2
