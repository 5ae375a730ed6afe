"""Eligibility: the hard rules of domain.md, for one pair and vectorised over a CandidateBatch.

A candidate is eligible for a vacancy when

(a) they qualify under at least one of the residence statuses the vacancy can hire under,
(b) their Japanese meets the vacancy's minimum JLPT level (JFT-Basic counts as N4), and
(c) the vacancy's pay meets the prefecture's minimum wage (otherwise no one is eligible).

Experience against ``min_experience_years`` is deliberately not here: an employer's wish for
experience is a preference the scorer weighs, not a legal bar.

Every failure is a ``Reason`` with a code and parameters (never text), so that the site can show
it in the reader's language and ``unlock_hints`` can tell which single step would remove it.
"""

import datetime
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

import numpy as np

from employers.wages import hourly_rate, meets_floor
from matching.types import CandidateData, Reason, ReferenceData, VacancyData

if TYPE_CHECKING:
    from matching.features import CandidateBatch

JLPT_RANKS: dict[str, int] = {"N5": 1, "N4": 2, "N3": 3, "N2": 4, "N1": 5}
JLPT_CODES: dict[int, str] = {rank: code for code, rank in JLPT_RANKS.items()}
# JFT-Basic is CEFR A2, which domain.md treats as N4-equivalent.
JFT_BASIC_RANK = JLPT_RANKS["N4"]
JFT_BASIC = "JFT-Basic"
SSW1_MIN_RANK = JLPT_RANKS["N4"]
ESD_MIN_RANK = JLPT_RANKS["N5"]
ENGINEER_MIN_EXPERIENCE_YEARS = 10.0
NURSING_CARE = "nursing_care"
KNOWN_VISAS = ("ssw1", "ssw2", "titp", "esd", "engineer")


def jlpt_rank(level: str | None) -> int:
    """N5 = 1 … N1 = 5; 0 for no certificate."""
    return JLPT_RANKS.get(level, 0) if level else 0


def effective_japanese_rank(candidate: CandidateData) -> int:
    """The JLPT rank the candidate's certificates are worth, with JFT-Basic counting as N4."""
    return max(jlpt_rank(candidate.jlpt_level), JFT_BASIC_RANK if candidate.jft_basic else 0)


def japanese_credential(candidate: CandidateData) -> str | None:
    """The certificate behind the effective rank: "N3", "JFT-Basic" or None."""
    rank = jlpt_rank(candidate.jlpt_level)
    if candidate.jft_basic and rank < JFT_BASIC_RANK:
        return JFT_BASIC
    return candidate.jlpt_level if rank else None


def employment_start(vacancy: VacancyData, ref: ReferenceData) -> datetime.date:
    """When a hire would start: the start date, or today if it is already past (or unset)."""
    if vacancy.start_date is None or vacancy.start_date < ref.today:
        return ref.today
    return vacancy.start_date


def wage_floor(vacancy: VacancyData, ref: ReferenceData) -> int | None:
    return ref.wage_floors.get(vacancy.prefecture)


def vacancy_hourly_pay(vacancy: VacancyData) -> float:
    """Monthly pay ÷ (weekly hours × 52 ÷ 12), as the Minimum Wage Act compares them."""
    if vacancy.weekly_hours <= 0:
        return 0.0
    return vacancy.monthly_salary_jpy / (vacancy.weekly_hours * 52.0 / 12.0)


def pay_failure(vacancy: VacancyData, ref: ReferenceData) -> Reason | None:
    """The vacancy-wide failure when its pay is below the prefecture's floor, else None.

    A prefecture without a recorded floor cannot be checked here; the employers app refuses to
    publish such a vacancy, so the matcher does not invent a second rule for it.
    """
    floor = wage_floor(vacancy, ref)
    if floor is None:
        return None
    hours = Decimal(str(vacancy.weekly_hours))
    if hours > 0 and meets_floor(vacancy.monthly_salary_jpy, hours, floor):
        return None
    hourly = float(hourly_rate(vacancy.monthly_salary_jpy, hours)) if hours > 0 else 0.0
    return Reason(
        "pay_below_minimum_wage",
        {"prefecture": vacancy.prefecture, "hourly": hourly, "floor": floor},
        positive=False,
    )


def _needs_jlpt(required: int, actual: str | None, visa: str | None = None) -> Reason:
    params: dict[str, object] = {"required": JLPT_CODES[required], "actual": actual}
    if visa is not None:
        params["visa"] = visa
        # SSW (i) and ESD accept JFT-Basic as well; the message says so.
        params["jft_accepted"] = visa in ("ssw1", "esd")
    return Reason("needs_jlpt", params, positive=False)


def visa_failures(
    visa: str, candidate: CandidateData, vacancy: VacancyData, ref: ReferenceData
) -> list[Reason]:
    """What the candidate lacks to be hired under one status; empty when they qualify."""
    sector = vacancy.sector
    rank = effective_japanese_rank(candidate)
    credential = japanese_credential(candidate)
    failures: list[Reason] = []

    def not_covered() -> list[Reason]:
        return [Reason("visa_sector_not_covered", {"visa": visa, "sector": sector}, False)]

    if visa == "ssw1":
        if sector not in ref.ssw_sectors:
            return not_covered()
        # Completers of Technical Intern Training (ii) in the same field are exempt from both the
        # Japanese test and the skills test. We read the exemption as also covering the Nursing
        # Care Japanese Language Evaluation Test, as the immigration rules do for nursing-care
        # TITP (ii) completers: it is the field-specific part of the same language requirement.
        if sector in candidate.titp_completed_sectors:
            return []
        if rank < SSW1_MIN_RANK:
            failures.append(_needs_jlpt(SSW1_MIN_RANK, credential, visa))
        if sector not in candidate.ssw_skill_tests:
            failures.append(Reason("needs_ssw_skill_test", {"visa": visa, "sector": sector}, False))
        if sector == NURSING_CARE and not candidate.care_japanese_test:
            failures.append(Reason("needs_care_japanese_test", {"visa": visa}, False))
        return failures
    if visa == "ssw2":
        if sector not in ref.ssw2_sectors:
            return not_covered()
        # domain.md lists no language test for SSW (ii); an employer who wants one sets the
        # vacancy's minimum JLPT level, which rule (b) applies to every status.
        if sector not in candidate.ssw2_skill_tests:
            failures.append(
                Reason("needs_ssw2_skill_test", {"visa": visa, "sector": sector}, False)
            )
        return failures
    if visa == "titp":
        if sector not in ref.ssw_sectors:
            return not_covered()
        if employment_start(vacancy, ref) >= ref.titp_ends:
            return [Reason("visa_closed", {"visa": visa, "date": ref.titp_ends.isoformat()}, False)]
        return []
    if visa == "esd":
        if sector not in ref.ssw_sectors:
            return not_covered()
        if employment_start(vacancy, ref) < ref.esd_starts:
            return [
                Reason(
                    "visa_not_open_yet", {"visa": visa, "date": ref.esd_starts.isoformat()}, False
                )
            ]
        if rank < ESD_MIN_RANK:
            failures.append(_needs_jlpt(ESD_MIN_RANK, credential, visa))
        return failures
    if visa == "engineer":
        # A related degree, or 10 years' experience. (Three years suffice for international
        # services, which no sector here offers, so the matcher uses the engineering rule.)
        if candidate.has_degree or candidate.experience_years >= ENGINEER_MIN_EXPERIENCE_YEARS:
            return []
        return [
            Reason(
                "needs_degree_or_experience",
                {
                    "visa": visa,
                    "years": ENGINEER_MIN_EXPERIENCE_YEARS,
                    "actual": float(candidate.experience_years),
                },
                False,
            )
        ]
    return [Reason("unknown_visa", {"visa": visa}, False)]


def check_eligibility(
    candidate: CandidateData, vacancy: VacancyData, ref: ReferenceData
) -> list[Reason]:
    """The hard rules the pair fails, most fundamental first; empty when eligible."""
    failures: list[Reason] = []
    pay = pay_failure(vacancy, ref)
    if pay is not None:
        failures.append(pay)
    required = jlpt_rank(vacancy.min_jlpt_level)
    if required and effective_japanese_rank(candidate) < required:
        failures.append(_needs_jlpt(required, japanese_credential(candidate)))
    if not vacancy.visa_types:
        failures.append(Reason("no_visa_types", {}, False))
    else:
        per_visa = [visa_failures(visa, candidate, vacancy, ref) for visa in vacancy.visa_types]
        if all(per_visa):
            for visa_reasons in per_visa:
                failures.extend(reason for reason in visa_reasons if reason not in failures)
    # "Needs JLPT N4" from the vacancy beside "SSW (i) needs JLPT N4 or JFT-Basic" says the same
    # thing twice; the status's sentence says more (which tests count), so it stays.
    by_visa = {
        r.params["required"] for r in failures if r.code == "needs_jlpt" and "visa" in r.params
    }
    return [
        r
        for r in failures
        if not (
            r.code == "needs_jlpt" and "visa" not in r.params and r.params["required"] in by_visa
        )
    ]


def is_eligible(candidate: CandidateData, vacancy: VacancyData, ref: ReferenceData) -> bool:
    return not check_eligibility(candidate, vacancy, ref)


def visa_mask(
    visa: str, vacancy: VacancyData, batch: "CandidateBatch", ref: ReferenceData
) -> np.ndarray:
    """Who qualifies under one status: the vectorised twin of ``visa_failures``."""
    n = batch.size
    sector = vacancy.sector
    if visa == "ssw1":
        if sector not in ref.ssw_sectors:
            return np.zeros(n, dtype=bool)
        exempt = batch.sector_column(batch.titp_sectors, sector)
        ok = (batch.japanese_rank >= SSW1_MIN_RANK) & batch.sector_column(batch.ssw_tests, sector)
        if sector == NURSING_CARE:
            ok &= batch.care_japanese_test
        ok |= exempt
        return ok
    if visa == "ssw2":
        if sector not in ref.ssw2_sectors:
            return np.zeros(n, dtype=bool)
        return batch.sector_column(batch.ssw2_tests, sector).copy()
    if visa == "titp":
        open_ = sector in ref.ssw_sectors and employment_start(vacancy, ref) < ref.titp_ends
        return np.full(n, open_, dtype=bool)
    if visa == "esd":
        if sector not in ref.ssw_sectors or employment_start(vacancy, ref) < ref.esd_starts:
            return np.zeros(n, dtype=bool)
        return batch.japanese_rank >= ESD_MIN_RANK
    if visa == "engineer":
        return batch.has_degree | (batch.experience_years >= ENGINEER_MIN_EXPERIENCE_YEARS)
    return np.zeros(n, dtype=bool)


def eligibility_mask(
    vacancy: VacancyData, batch: "CandidateBatch", ref: ReferenceData
) -> np.ndarray:
    """Boolean array over the batch: True where ``check_eligibility`` would return nothing."""
    n = batch.size
    if pay_failure(vacancy, ref) is not None or not vacancy.visa_types:
        return np.zeros(n, dtype=bool)
    visas = iter(dict.fromkeys(vacancy.visa_types))
    ok = visa_mask(next(visas), vacancy, batch, ref)  # a new array: safe to update in place
    for visa in visas:
        ok |= visa_mask(visa, vacancy, batch, ref)
    required = jlpt_rank(vacancy.min_jlpt_level)
    if required:
        ok &= batch.japanese_rank >= required
    return ok


def failure_codes(failures: Iterable[Reason]) -> tuple[str, ...]:
    return tuple(reason.code for reason in failures)
