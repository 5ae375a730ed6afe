"""The full refresh: every open vacancy against every candidate, nightly or when a recruiter asks."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from employers.models import VacancyStatus
from matching import services
from matching.models import MatchRefresh, MatchScore, RefreshStatus
from matching.tasks import refresh_all_matches
from tests.factories import CompanyFactory
from tests.matching.site_helpers import (
    draft_vacancy,
    open_vacancy,
    page_text,
    passes_food_skills_test,
    profile_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def kyushu_jobs(tanaka_foods, kyushu_build, lan, minh):
    """Three public vacancies, and three that are not: a draft, a closed one, an unverified one.

    The closed and the unverified company's vacancies still carry scores from when they were
    public. Lan has passed the food manufacturing skills test, so she is eligible for the three.
    """
    passes_food_skills_test(lan)
    public = [
        open_vacancy(tanaka_foods, title="Bento line worker"),
        open_vacancy(tanaka_foods, title="Sauce bottling"),
        open_vacancy(kyushu_build, title="Oita canteen"),
    ]
    draft_vacancy(tanaka_foods, title="Night shift (draft)")
    closed = open_vacancy(tanaka_foods, title="Summer only", status=VacancyStatus.CLOSED)
    unverified = open_vacancy(CompanyFactory(verified_at=None), title="Not yet verified")
    yesterday = timezone.now() - datetime.timedelta(days=1)
    for vacancy in (closed, unverified):
        for person in (lan, minh):
            MatchScore.objects.create(
                candidate=profile_of(person),
                vacancy=vacancy,
                score=0.5,
                fit=0.5,
                eligible=True,
                model_version="old",
                computed_at=yesterday,
            )
    return public


def test_a_full_refresh_scores_every_public_vacancy_and_records_its_progress(
    recruiter, kyushu_jobs
):
    refresh = MatchRefresh.objects.create(requested_by=recruiter)

    services.match_refresh_all(refresh=refresh)

    refresh.refresh_from_db()
    assert refresh.status == RefreshStatus.DONE
    assert (refresh.vacancies_total, refresh.vacancies_done) == (3, 3)
    assert refresh.pairs_scored == 3 * 2
    assert refresh.percent == 100
    assert refresh.model_version == services.matcher_model().model_version
    assert refresh.started_at <= refresh.finished_at


def test_a_full_refresh_removes_scores_of_vacancies_no_longer_public(recruiter, kyushu_jobs):
    services.match_refresh_all(refresh=MatchRefresh.objects.create(requested_by=recruiter))

    scored = set(MatchScore.objects.values_list("vacancy__title", flat=True))
    assert scored == {"Bento line worker", "Sauce bottling", "Oita canteen"}
    assert MatchScore.objects.count() == 6
    assert not MatchScore.objects.filter(model_version="old").exists()


def test_a_full_refresh_that_fails_says_so(recruiter, kyushu_jobs, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("model file unreadable")

    monkeypatch.setattr(services, "match_refresh_vacancy", broken)
    refresh = MatchRefresh.objects.create(requested_by=recruiter)

    with pytest.raises(RuntimeError):
        services.match_refresh_all(refresh=refresh)

    refresh.refresh_from_db()
    assert refresh.status == RefreshStatus.FAILED
    assert refresh.error == "RuntimeError: model file unreadable"
    assert refresh.finished_at is not None


def test_the_recruiter_starts_a_refresh_from_the_admin(
    client, recruiter, kyushu_jobs, django_capture_on_commit_callbacks
):
    client.force_login(recruiter)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:matching_matchrefresh_add"), {"_save": "Save"})

    assert response.status_code == 302
    refresh = MatchRefresh.objects.get()
    assert refresh.requested_by == recruiter
    assert refresh.status == RefreshStatus.DONE
    assert MatchScore.objects.count() == 6


def test_the_recruiter_sees_the_refresh_and_its_progress_in_the_list(
    client, recruiter, kyushu_jobs
):
    services.match_refresh_all(refresh=MatchRefresh.objects.create(requested_by=recruiter))
    client.force_login(recruiter)

    response = client.get(reverse("admin:matching_matchrefresh_changelist"))

    assert response.status_code == 200
    page = page_text(response)
    assert "100% (3/3)" in page
    assert "Done" in page
    assert "recruiter@example.test" in page


def test_the_recruiter_filters_and_searches_the_scores(client, recruiter, lan, kyushu_jobs):
    services.match_refresh_all(refresh=MatchRefresh.objects.create(requested_by=recruiter))
    client.force_login(recruiter)
    url = reverse("admin:matching_matchscore_changelist")

    everyone = client.get(url)
    eligible = client.get(url, {"eligible__exact": "1"})
    lans = client.get(url, {"q": "Nguyễn Thị Lan"})

    assert everyone.status_code == eligible.status_code == lans.status_code == 200
    assert everyone.context["cl"].result_count == 6
    assert {m.candidate.user for m in eligible.context["cl"].result_list} == {lan}
    assert eligible.context["cl"].result_count == 3
    assert {m.candidate.user for m in lans.context["cl"].result_list} == {lan}
    assert lans.context["cl"].result_count == 3


def test_the_recruiter_reads_a_score_but_cannot_add_or_change_one(client, recruiter, kyushu_jobs):
    services.match_refresh_all(refresh=MatchRefresh.objects.create(requested_by=recruiter))
    stored = MatchScore.objects.filter(eligible=True).first()
    client.force_login(recruiter)
    change_url = reverse("admin:matching_matchscore_change", args=[stored.pk])

    shown = client.get(change_url)
    added = client.post(reverse("admin:matching_matchscore_add"), {"score": "1"})
    changed = client.post(change_url, {"score": "1", "eligible": "on"})

    assert shown.status_code == 200
    assert "Has 1 of 1 required skills" in page_text(shown)
    assert added.status_code == 403
    assert changed.status_code == 403
    assert MatchScore.objects.get(pk=stored.pk).score == stored.score


def test_the_nightly_refresh_is_scheduled_in_celery_beat():
    nightly = PeriodicTask.objects.get(name="Nightly match refresh")

    assert nightly.task == "matching.tasks.refresh_all_matches"
    assert nightly.enabled
    assert (nightly.crontab.hour, nightly.crontab.minute) == ("3", "15")
    assert str(nightly.crontab.timezone) == "Asia/Tokyo"


def test_the_nightly_task_records_its_own_refresh(kyushu_jobs):
    # Beat calls the task without arguments.
    pairs = refresh_all_matches.delay().get()

    refresh = MatchRefresh.objects.get()
    assert refresh.status == RefreshStatus.DONE
    assert refresh.requested_by is None
    assert pairs == refresh.pairs_scored == 6


def test_a_duplicate_delivery_of_a_finished_refresh_does_nothing(recruiter, kyushu_jobs):
    refresh = MatchRefresh.objects.create(requested_by=recruiter)
    refresh_all_matches.delay(refresh.pk)
    finished = MatchRefresh.objects.get(pk=refresh.pk).finished_at

    assert refresh_all_matches.delay(refresh.pk).get() == 0
    assert MatchRefresh.objects.get(pk=refresh.pk).finished_at == finished
