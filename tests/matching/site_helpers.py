"""Shared pieces for the stories of the matcher on the site: vacancies, profiles, stored scores."""

import html
from typing import Any

from accounts.models import CandidateProfile, User
from employers.models import Company, Vacancy, VacancyStatus
from matching.models import MatchScore
from matching.reasons import render_reason
from matching.types import Reason
from tests.factories import CandidateProfileFactory, UserFactory, VacancyFactory, jlpt, sector


def draft_vacancy(company: Company, **fields: Any) -> Vacancy:
    """A vacancy Tanaka has written but not yet published (SSW (i), food manufacturing, N4)."""
    return VacancyFactory(company=company, status=VacancyStatus.DRAFT, published_at=None, **fields)


def open_vacancy(company: Company, **fields: Any) -> Vacancy:
    """A vacancy already open, stored without going through publish (no scores yet)."""
    return VacancyFactory(company=company, **fields)


def profile_of(user: User) -> CandidateProfile:
    return CandidateProfile.objects.get(user=user)


def passes_food_skills_test(user: User) -> CandidateProfile:
    """The candidate passed the SSW (i) skills test in food manufacturing."""
    profile = profile_of(user)
    profile.ssw_skill_tests.set([sector("food_manufacturing")])
    return profile


def has_only_n5(user: User) -> CandidateProfile:
    """The candidate has JLPT N5, below what SSW (i) asks, and no skills test."""
    profile = profile_of(user)
    profile.jlpt_level = jlpt("N5")
    profile.save(update_fields=["jlpt_level"])
    return profile


def more_candidates(count: int, **fields: Any) -> list[CandidateProfile]:
    """Other candidates like Lan (N4, food manufacturing skills test, wanting food work)."""
    profiles = CandidateProfileFactory.create_batch(count, **fields)
    for profile in profiles:
        profile.ssw_skill_tests.set([sector("food_manufacturing")])
    return profiles


def candidate_user(email: str, full_name: str) -> User:
    return CandidateProfileFactory(user=UserFactory(email=email), full_name=full_name).user


def score(user: User, vacancy: Vacancy) -> MatchScore:
    return MatchScore.objects.get(candidate__user=user, vacancy=vacancy)


def rows_for(vacancy: Vacancy) -> int:
    return MatchScore.objects.filter(vacancy=vacancy).count()


def texts(stored: list[dict[str, Any]], language: str) -> list[str]:
    """Stored reasons as the sentences a reader of ``language`` sees."""
    return [
        render_reason(
            Reason(code=r["code"], params=r.get("params") or {}, positive=r.get("positive", True)),
            language,
        )
        for r in stored
    ]


def codes(stored: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in stored]


def page_text(response: Any) -> str:
    return html.unescape(response.content.decode())


def section(page: str, start: str, end: str | None = None) -> str:
    """The part of a page between two markers (to tell the eligible list from the other)."""
    begin = page.index(start)
    finish = page.index(end, begin) if end else len(page)
    return page[begin:finish]
