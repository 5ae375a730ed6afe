"""The matcher's inputs and outputs: plain data, no ORM.

The site builds these from model rows (matching/selectors.py), ``rank_candidates`` from JSON; both
then go through the same features and scorer.
"""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class VacancyData:
    id: str
    sector: str  # sector slug
    prefecture: str  # prefecture slug
    required_skills: tuple[str, ...] = ()
    preferred_skills: tuple[str, ...] = ()
    min_jlpt_level: str | None = None  # "N1".."N5" or None
    visa_types: tuple[str, ...] = ()  # visa slugs
    monthly_salary_jpy: int = 0
    weekly_hours: float = 40.0
    min_experience_years: float = 0.0
    # Candidate-side appeal: what makes a vacancy attractive to a worker.
    zero_fee: bool = False
    housing_support: str = "none"  # none | allowance | provided
    start_date: datetime.date | None = None


@dataclass(frozen=True, slots=True)
class CandidateData:
    id: str
    skills: tuple[str, ...] = ()
    jlpt_level: str | None = None
    jft_basic: bool = False
    ssw_skill_tests: frozenset[str] = frozenset()
    titp_completed_sectors: frozenset[str] = frozenset()
    care_japanese_test: bool = False
    ssw2_skill_tests: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    preferred_prefectures: frozenset[str] = frozenset()  # empty = anywhere in Kyushu
    desired_monthly_salary_jpy: int | None = None
    experience_years: float = 0.0
    has_degree: bool = False


@dataclass(frozen=True, slots=True)
class Reason:
    """A short explanation, as a message code and its parameters, rendered per language."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
    positive: bool = True


@dataclass(frozen=True, slots=True)
class Match:
    candidate_id: str
    vacancy_id: str
    score: float  # in [0, 1]
    eligible: bool
    reasons: tuple[Reason, ...]
    failures: tuple[Reason, ...]  # the hard rules failed; empty when eligible
    # The scorer's estimate before the hard rules: what the match would be worth if the failures
    # were fixed. ``score`` is 0 for an ineligible pair, because it cannot lead to a hire.
    fit: float = 0.0
    # Set when both sides' explanations were asked for; ``reasons`` then speak to the employer.
    candidate_reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """The slice of reference data the rules need, read from the database or the migration."""

    ssw_sectors: frozenset[str]  # the 16 SSW (i) fields
    ssw2_sectors: frozenset[str]  # the 11 SSW (ii) fields
    professional_sectors: frozenset[str]  # engineer-visa tracks
    prefectures: frozenset[str]
    visas: frozenset[str]
    wage_floors: dict[str, int]  # prefecture slug → ¥/h in force on ``today``
    today: datetime.date
    # Technical Intern Training takes no new entrants from this day, and Employment for Skill
    # Development takes its first from it (domain.md). One date today, two fields in case a
    # transition period ever separates them.
    titp_ends: datetime.date = datetime.date(2027, 4, 1)
    esd_starts: datetime.date = datetime.date(2027, 4, 1)

    @property
    def sectors(self) -> frozenset[str]:
        return self.ssw_sectors | self.professional_sectors
