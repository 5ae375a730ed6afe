"""Writes for the matcher: computing and storing MatchScore rows.

Celery tasks (matching/tasks.py) are the usual way in; every function here is idempotent, so a
retried or duplicated task only rewrites the same rows.
"""

import logging
from collections.abc import Iterable, Sequence
from functools import cache

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import CandidateProfile
from employers.models import Vacancy
from matching import selectors
from matching.features import CandidateBatch
from matching.models import MatchRefresh, MatchScore, RefreshStatus
from matching.reference_data import load_reference_data
from matching.scoring import MatcherModel, load_default_model, rank, rank_vacancies_for_candidate
from matching.types import Match, Reason

logger = logging.getLogger(__name__)

UPDATE_FIELDS = [
    "score",
    "fit",
    "eligible",
    "reasons",
    "candidate_reasons",
    "failures",
    "model_version",
    "computed_at",
]


@cache
def matcher_model() -> MatcherModel:
    """The trained scorer, loaded once per process."""
    return load_default_model()


def _reasons_json(reasons: Iterable[Reason]) -> list[dict[str, object]]:
    # What dataclasses.asdict gives, without its recursive deep copy (a third of a refresh's
    # time went there): parameters are plain JSON values, and the JSON field copies them anyway.
    return [
        {"code": reason.code, "params": dict(reason.params), "positive": reason.positive}
        for reason in reasons
    ]


def _rows(matches: Sequence[Match], model_version: str) -> list[MatchScore]:
    now = timezone.now()
    return [
        MatchScore(
            candidate_id=int(match.candidate_id),
            vacancy_id=int(match.vacancy_id),
            score=match.score,
            fit=match.fit,
            eligible=match.eligible,
            reasons=_reasons_json(match.reasons),
            candidate_reasons=_reasons_json(match.candidate_reasons),
            failures=_reasons_json(match.failures),
            model_version=model_version,
            computed_at=now,
        )
        for match in matches
    ]


def _upsert(rows: list[MatchScore]) -> None:
    # One statement per batch: INSERT … ON CONFLICT (candidate, vacancy) DO UPDATE.
    MatchScore.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["candidate", "vacancy"],
        update_fields=UPDATE_FIELDS,
        batch_size=settings.MATCH_WRITE_BATCH_SIZE,
    )


@transaction.atomic
def match_refresh_vacancy(*, vacancy: Vacancy, batch: CandidateBatch | None = None) -> int:
    """Score every candidate for one vacancy and store the results. Returns the rows written.

    A vacancy that is not public (draft, closed, or of an unverified company) keeps no scores.
    """
    vacancy = selectors.matchable_vacancies().filter(pk=vacancy.pk).first() or vacancy
    if not vacancy.is_public:
        MatchScore.objects.filter(vacancy=vacancy).delete()
        return 0
    if batch is None:
        batch = CandidateBatch.from_candidates(selectors.candidate_data())
    model = matcher_model()
    matches = rank(
        selectors.vacancy_data([vacancy])[0],
        batch,
        load_reference_data(),
        model,
        both_perspectives=True,
    )
    _upsert(_rows(matches, model.model_version))
    _announce_strong_matches(vacancy, matches)
    return len(matches)


def _announce_strong_matches(vacancy: Vacancy, matches: Sequence[Match]) -> None:
    """Tell the best candidates about a vacancy that fits them well (each only once)."""
    from notifications import emitters

    threshold, top = emitters.strong_match_threshold()
    # ``matches`` are best first, eligible first: the strong ones are a prefix.
    strong = [int(m.candidate_id) for m in matches[:top] if m.eligible and m.score >= threshold]
    if strong:
        user_ids = CandidateProfile.objects.filter(pk__in=strong).values_list("user_id", flat=True)
        emitters.strong_matches(vacancy, user_ids)


@transaction.atomic
def match_refresh_candidate(*, profile: CandidateProfile) -> int:
    """Score one candidate against every public vacancy and store the results."""
    candidate = selectors.candidate_data(CandidateProfile.objects.filter(pk=profile.pk))
    if not candidate:
        return 0
    vacancies = selectors.vacancy_data(selectors.matchable_vacancies())
    model = matcher_model()
    matches = rank_vacancies_for_candidate(
        candidate[0], vacancies, load_reference_data(), model, both_perspectives=True
    )
    _upsert(_rows(matches, model.model_version))
    from notifications import emitters

    threshold, _top = emitters.strong_match_threshold()
    strong = {int(m.vacancy_id) for m in matches if m.eligible and m.score >= threshold}
    for vacancy in selectors.matchable_vacancies().filter(pk__in=strong):
        emitters.strong_matches(vacancy, [profile.user_id])
    # Scores on vacancies that stopped being public are no longer shown; drop them.
    MatchScore.objects.filter(candidate=profile).exclude(
        vacancy__in=selectors.matchable_vacancies().values("pk")
    ).delete()
    return len(matches)


def match_refresh_all(*, refresh: MatchRefresh) -> MatchRefresh:
    """Recompute every public vacancy against every candidate, recording progress as it goes.

    Candidates are encoded once; each vacancy is then scored and stored in its own transaction,
    so progress is visible to recruiters while it runs and a crash loses at most one vacancy.
    """
    model = matcher_model()
    vacancies = list(selectors.matchable_vacancies())
    refresh.status = RefreshStatus.RUNNING
    refresh.started_at = timezone.now()
    refresh.vacancies_total = len(vacancies)
    refresh.vacancies_done = 0
    refresh.pairs_scored = 0
    refresh.model_version = model.model_version
    refresh.save(
        update_fields=[
            "status",
            "started_at",
            "vacancies_total",
            "vacancies_done",
            "pairs_scored",
            "model_version",
        ]
    )
    try:
        batch = CandidateBatch.from_candidates(selectors.candidate_data())
        for vacancy in vacancies:
            written = match_refresh_vacancy(vacancy=vacancy, batch=batch)
            refresh.vacancies_done += 1
            refresh.pairs_scored += written
            refresh.save(update_fields=["vacancies_done", "pairs_scored"])
        MatchScore.objects.exclude(
            vacancy__in=selectors.matchable_vacancies().values("pk")
        ).delete()
    except Exception as error:
        refresh.status = RefreshStatus.FAILED
        refresh.error = f"{type(error).__name__}: {error}"
        refresh.finished_at = timezone.now()
        refresh.save(update_fields=["status", "error", "finished_at"])
        raise
    refresh.status = RefreshStatus.DONE
    refresh.finished_at = timezone.now()
    refresh.save(update_fields=["status", "finished_at"])
    return refresh
