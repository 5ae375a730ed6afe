"""Reads for the matcher: model rows turned into the matcher's plain data, and stored scores."""

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from accounts.models import CandidateProfile
from applications.models import Dismissal
from applications.stages import Side
from employers.models import CostPayer, Vacancy
from employers.selectors import public_vacancies
from matching.models import MatchScore
from matching.types import CandidateData, VacancyData

# The many-to-many fields of a profile that the matcher reads, by CandidateData field.
_PROFILE_SECTOR_SETS: dict[str, Any] = {
    "sectors": CandidateProfile.sectors.through,
    "ssw_skill_tests": CandidateProfile.ssw_skill_tests.through,
    "ssw2_skill_tests": CandidateProfile.ssw2_skill_tests.through,
    "titp_completed_sectors": CandidateProfile.titp_completed_sectors.through,
}


def candidate_data(profiles: QuerySet[CandidateProfile] | None = None) -> list[CandidateData]:
    """CandidateData for the given profiles (all by default), in a fixed number of queries.

    Each many-to-many relation is read as (profile id, slug) pairs from its through table, so
    100,000 profiles cost six queries and no model instances.
    """
    profiles = profiles if profiles is not None else CandidateProfile.objects.all()
    rows = list(
        profiles.order_by("pk").values_list(
            "pk",
            "skills",
            "jlpt_level__code",
            "jft_basic",
            "care_japanese_test",
            "desired_monthly_salary_jpy",
            "experience_years",
            "has_degree",
        )
    )
    sets: dict[str, dict[int, set[str]]] = {}
    for field, through in _PROFILE_SECTOR_SETS.items():
        grouped: dict[int, set[str]] = defaultdict(set)
        for profile_id, slug in through.objects.filter(
            candidateprofile_id__in=profiles.values("pk")
        ).values_list("candidateprofile_id", "sector__slug"):
            grouped[profile_id].add(slug)
        sets[field] = grouped
    prefectures: dict[int, set[str]] = defaultdict(set)
    for profile_id, slug in CandidateProfile.preferred_prefectures.through.objects.filter(
        candidateprofile_id__in=profiles.values("pk")
    ).values_list("candidateprofile_id", "prefecture__slug"):
        prefectures[profile_id].add(slug)
    result = []
    for pk, skills, jlpt, jft, care, salary, experience, degree in rows:
        result.append(
            CandidateData(
                id=str(pk),
                skills=tuple(skills or ()),
                jlpt_level=jlpt,
                jft_basic=jft,
                ssw_skill_tests=frozenset(sets["ssw_skill_tests"].get(pk, ())),
                titp_completed_sectors=frozenset(sets["titp_completed_sectors"].get(pk, ())),
                care_japanese_test=care,
                ssw2_skill_tests=frozenset(sets["ssw2_skill_tests"].get(pk, ())),
                sectors=frozenset(sets["sectors"].get(pk, ())),
                preferred_prefectures=frozenset(prefectures.get(pk, ())),
                desired_monthly_salary_jpy=salary,
                experience_years=float(experience or 0),
                has_degree=degree,
            )
        )
    return result


def matchable_vacancies() -> QuerySet[Vacancy]:
    """Vacancies that get scores: the public ones (open, of a verified company)."""
    return public_vacancies().order_by("pk")


def vacancy_data(vacancies: Iterable[Vacancy]) -> list[VacancyData]:
    """VacancyData for vacancies fetched with their relations (see matchable_vacancies)."""
    return [
        VacancyData(
            id=str(v.pk),
            sector=v.sector.slug,
            prefecture=v.prefecture.slug,
            required_skills=tuple(v.required_skills or ()),
            preferred_skills=tuple(v.preferred_skills or ()),
            min_jlpt_level=v.min_jlpt_level.code if v.min_jlpt_level else None,
            visa_types=tuple(sorted(visa.slug for visa in v.visa_types.all())),
            monthly_salary_jpy=v.monthly_salary_jpy,
            weekly_hours=float(v.weekly_hours),
            min_experience_years=float(v.min_experience_years),
            zero_fee=all(getattr(v, f) == CostPayer.EMPLOYER for f in Vacancy.FEE_FIELDS),
            housing_support=v.housing_support,
            start_date=v.start_date,
        )
        for v in vacancies
    ]


def matches_for_candidate(*, profile: CandidateProfile) -> QuerySet[MatchScore]:
    """A candidate's stored matches on public vacancies: eligible first, best first."""
    hidden = Dismissal.objects.filter(
        candidate=profile, vacancy=OuterRef("vacancy"), side=Side.CANDIDATE
    )
    return (
        MatchScore.objects.filter(candidate=profile, vacancy__in=public_vacancies().values("pk"))
        .exclude(Exists(hidden))
        .select_related(
            "vacancy",
            "vacancy__company",
            "vacancy__sector",
            "vacancy__prefecture",
            "vacancy__min_jlpt_level",
        )
        .order_by("-eligible", "-score", "vacancy_id")
    )


def matches_for_vacancy(
    *,
    vacancy: Vacancy,
    prefecture: str | None = None,
    jlpt: str | None = None,
    sector: str | None = None,
) -> QuerySet[MatchScore]:
    """Stored candidates for a vacancy, eligible first, best first, with optional filters.

    ``prefecture``: candidates who want it or anywhere; ``jlpt``: at least this level;
    ``sector``: candidates who want this field.
    """
    hidden = Dismissal.objects.filter(
        candidate=OuterRef("candidate"), vacancy=vacancy, side=Side.EMPLOYER
    )
    matches = MatchScore.objects.filter(vacancy=vacancy).exclude(Exists(hidden))
    if prefecture:
        matches = matches.filter(
            Q(candidate__preferred_prefectures__slug=prefecture)
            | Q(candidate__preferred_prefectures__isnull=True)
        )
    if jlpt:
        from reference.models import JlptLevel

        level = JlptLevel.objects.filter(code=jlpt).first()
        matches = matches.filter(candidate__jlpt_level__rank__gte=level.rank if level else 99)
    if sector:
        matches = matches.filter(candidate__sectors__slug=sector)
    return (
        matches.distinct()
        .select_related("candidate", "candidate__jlpt_level")
        .prefetch_related(
            Prefetch("candidate__sectors"),
            Prefetch("candidate__preferred_prefectures"),
        )
        .order_by("-eligible", "-score", "candidate_id")
    )
