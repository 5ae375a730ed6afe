"""Reasons for a score: which features pushed a pair up or down, as Reason codes.

The scorer is linear, so each feature's contribution to the log-odds is exact. The reasons lead
with the two facts every reader asks first (required skills, Japanese), then the features that
moved this pair's score the most. Parameters are raw values (ints, slugs, skill keys), so a
Reason can be stored as JSON and rendered later in any language by ``matching.reasons``.
"""

from typing import Literal

import numpy as np

from matching.features import FEATURE_INDEX, VacancyTerms
from matching.rules import JFT_BASIC, effective_japanese_rank, japanese_credential, jlpt_rank
from matching.skills import normalise_skills
from matching.types import CandidateData, Reason, VacancyData

Perspective = Literal["employer", "candidate"]

# Features that describe the vacancy alone: they are the same for every candidate, so they explain
# nothing to an employer comparing candidates, but they are why a candidate may prefer one job.
VACANCY_SIDE = ("zero_fee", "housing_support", "pay_above_floor")
# A contribution smaller than this (in log-odds) is not worth a sentence.
MIN_CONTRIBUTION = 0.05


def _skills_reason(
    vacancy: VacancyData, candidate: CandidateData, terms: VacancyTerms
) -> Reason | None:
    if not terms.required:
        return None
    have = normalise_skills(candidate.skills)
    matched = terms.required & have
    missing = sorted(terms.required - have)
    params: dict[str, object] = {"matched": len(matched), "required": len(terms.required)}
    if missing:
        params["missing"] = missing
        return Reason("required_skills_missing", params, positive=False)
    return Reason("required_skills", params, positive=True)


def _japanese_reason(vacancy: VacancyData, candidate: CandidateData) -> Reason | None:
    credential = japanese_credential(candidate)
    required = vacancy.min_jlpt_level
    if credential is None:
        # Without a minimum this is a weakness, not a failure; with one, the rules report it.
        return None if required else Reason("no_japanese_certificate", {}, positive=False)
    if required and jlpt_rank(required):
        if effective_japanese_rank(candidate) < jlpt_rank(required):
            return None  # a failed hard rule; check_eligibility says so first
        if credential == JFT_BASIC:
            return Reason("jft_meets_minimum", {"required": required})
        return Reason("jlpt_meets_minimum", {"actual": credential, "required": required})
    if credential == JFT_BASIC:
        return Reason("jft_level", {})
    return Reason("jlpt_level", {"actual": credential})


def _feature_reason(
    name: str,
    vacancy: VacancyData,
    candidate: CandidateData,
    terms: VacancyTerms,
    row: np.ndarray,
    you: bool,
) -> Reason | None:
    value = float(row[FEATURE_INDEX[name]])
    extra: dict[str, object] = {"you": True} if you else {}
    if name == "preferred_skill_coverage":
        if not terms.preferred:
            return None
        matched = len(terms.preferred & normalise_skills(candidate.skills))
        return Reason(
            "preferred_skills",
            {"matched": matched, "preferred": len(terms.preferred)},
            positive=matched > 0,
        )
    if name == "sector_interest":
        if value == 1.0:
            return Reason("sector_wanted", {"sector": vacancy.sector, **extra})
        if value == 0.5:
            return Reason("sector_open", {})
        return Reason("sector_not_wanted", {"sector": vacancy.sector, **extra}, positive=False)
    if name == "sector_track_record":
        if not value:
            return None
        if vacancy.sector in candidate.titp_completed_sectors:
            return Reason("track_titp", {"sector": vacancy.sector})
        if vacancy.sector in candidate.ssw2_skill_tests:
            return Reason("track_ssw2_test", {"sector": vacancy.sector})
        return Reason("track_ssw_test", {"sector": vacancy.sector})
    if name == "prefecture_preference":
        if value == 1.0:
            return Reason("prefecture_wanted", {"prefecture": vacancy.prefecture, **extra})
        if value == 0.5:
            return Reason("prefecture_anywhere", {})
        return Reason(
            "prefecture_not_wanted", {"prefecture": vacancy.prefecture, **extra}, positive=False
        )
    if name == "pay_vs_wish":
        wish = candidate.desired_monthly_salary_jpy
        if not wish:
            return None
        params = {"pay": vacancy.monthly_salary_jpy, "wish": wish, **extra}
        if vacancy.monthly_salary_jpy > wish:
            return Reason("pay_above_wish", params)
        if vacancy.monthly_salary_jpy == wish:
            return Reason("pay_meets_wish", params)
        return Reason("pay_below_wish", params, positive=False)
    if name == "experience_gap":
        years = float(candidate.experience_years)
        required = float(vacancy.min_experience_years)
        if required > 0:
            code = "experience_meets" if years >= required else "experience_below"
            return Reason(code, {"years": years, "required": required}, positive=years >= required)
        return Reason("experience", {"years": years}) if years > 0 else None
    if name == "degree_professional":
        return Reason("has_degree", {}) if value else None
    if name == "zero_fee":
        return Reason("zero_fee", {}) if value else None
    if name == "housing_support":
        if vacancy.housing_support == "provided":
            return Reason("housing_provided", {})
        if vacancy.housing_support == "allowance":
            return Reason("housing_allowance", {})
        return None
    if name == "pay_above_floor":
        percent = int(round(terms.floor_ratio * 100))
        return Reason("pay_above_floor", {"percent": percent}) if percent >= 5 else None
    return None


def fit_reasons(
    vacancy: VacancyData,
    candidate: CandidateData,
    terms: VacancyTerms,
    row: np.ndarray,
    contributions: np.ndarray,
    *,
    perspective: Perspective = "employer",
    limit: int = 5,
) -> tuple[Reason, ...]:
    """Up to ``limit`` reasons: skills and Japanese first, then the strongest contributions."""
    reasons: list[Reason] = []
    for reason in (_skills_reason(vacancy, candidate, terms), _japanese_reason(vacancy, candidate)):
        if reason is not None:
            reasons.append(reason)
    you = perspective == "candidate"
    skip = {"required_skill_coverage", "japanese_gap", "meets_japanese", *VACANCY_SIDE}
    if you:
        # A worker choosing between jobs wants the job's terms (fees, housing, pay) stated,
        # whatever their weight in the score; an employer comparing candidates sees the same
        # terms for everyone, so they are left out there.
        appeal = [
            _feature_reason(name, vacancy, candidate, terms, row, you) for name in VACANCY_SIDE
        ]
        reasons.extend(reason for reason in appeal if reason is not None)
        limit += sum(reason is not None for reason in appeal)
    ranked = sorted(
        (
            (abs(float(contributions[i])), name)
            for name, i in FEATURE_INDEX.items()
            if name not in skip and abs(float(contributions[i])) >= MIN_CONTRIBUTION
        ),
        key=lambda item: (-item[0], item[1]),
    )
    for _, name in ranked:
        if len(reasons) >= limit:
            break
        reason = _feature_reason(name, vacancy, candidate, terms, row, you)
        if reason is not None:
            reasons.append(reason)
    return tuple(reasons[:limit])
