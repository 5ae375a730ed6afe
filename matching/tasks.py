"""Celery entrances to the matcher's services: they take ids, fetch, and call a service.

Every task is idempotent (the services upsert), so a redelivered or retried message is harmless.
"""

import logging
from typing import Any

from celery import shared_task
from django.db import transaction

from accounts.models import CandidateProfile
from employers.models import Vacancy
from matching import services
from matching.models import MatchRefresh, RefreshStatus

logger = logging.getLogger(__name__)

TASK_OPTIONS = {"acks_late": True, "reject_on_worker_lost": True, "max_retries": 5}


@shared_task(bind=True, **TASK_OPTIONS)
def refresh_vacancy_matches(self, vacancy_id: int) -> int:
    vacancy = Vacancy.objects.filter(pk=vacancy_id).first()
    if vacancy is None:
        return 0  # deleted since the task was queued: nothing to score
    return services.match_refresh_vacancy(vacancy=vacancy)


@shared_task(bind=True, **TASK_OPTIONS)
def refresh_candidate_matches(self, profile_id: int) -> int:
    profile = CandidateProfile.objects.filter(pk=profile_id).first()
    if profile is None:
        return 0
    return services.match_refresh_candidate(profile=profile)


@shared_task(bind=True, **TASK_OPTIONS)
def refresh_all_matches(self, refresh_id: int | None = None) -> int:
    """The nightly full refresh (beat calls it without an id) or one a recruiter requested."""
    refresh: MatchRefresh | None
    if refresh_id is None:
        refresh = MatchRefresh.objects.create()
    else:
        refresh = MatchRefresh.objects.filter(pk=refresh_id).first()
        if refresh is None or refresh.status == RefreshStatus.DONE:
            return 0  # a duplicate delivery of a refresh that already finished
    return services.match_refresh_all(refresh=refresh).pairs_scored


def _enqueue(task: Any, *args: object) -> None:
    # After commit, so the worker sees the saved rows; robust, so a broker outage never fails
    # the request that caused it (the nightly refresh repairs anything missed).
    transaction.on_commit(lambda: task.delay(*args), robust=True)


def enqueue_vacancy_refresh(vacancy_id: int) -> None:
    _enqueue(refresh_vacancy_matches, vacancy_id)


def enqueue_candidate_refresh(profile_id: int) -> None:
    _enqueue(refresh_candidate_matches, profile_id)


def enqueue_full_refresh(refresh_id: int) -> None:
    _enqueue(refresh_all_matches, refresh_id)
