"""Eligibility, rule by rule, straight from domain.md."""

import dataclasses
import datetime

import numpy as np
import pytest

from matching.features import CandidateBatch
from matching.rules import check_eligibility, eligibility_mask
from tests.matching.stories import food_vacancy, lan


def codes(candidate, vacancy, ref):
    return [reason.code for reason in check_eligibility(candidate, vacancy, ref)]


NURSING = {"sector": "nursing_care", "min_jlpt_level": None}
# (story, candidate changes, vacancy changes, expected failure codes; [] = eligible)
CASES = [
    ("ssw1 with N4 and the skills test", {}, {}, []),
    (
        "ssw1 with JFT-Basic instead of JLPT",
        {"jlpt_level": None, "jft_basic": True},
        {"min_jlpt_level": None},
        [],
    ),
    ("ssw1 with N5 fails", {"jlpt_level": "N5"}, {"min_jlpt_level": None}, ["needs_jlpt"]),
    (
        "ssw1 without the field's skills test fails",
        {"ssw_skill_tests": frozenset()},
        {},
        ["needs_ssw_skill_test"],
    ),
    (
        "ssw1 with another field's skills test fails",
        {"ssw_skill_tests": frozenset({"agriculture"})},
        {},
        ["needs_ssw_skill_test"],
    ),
    (
        "ssw1: TITP (ii) completer in the field is exempt from both tests",
        {
            "jlpt_level": None,
            "ssw_skill_tests": frozenset(),
            "titp_completed_sectors": frozenset({"food_manufacturing"}),
        },
        {"min_jlpt_level": None},
        [],
    ),
    (
        "ssw1: TITP in another field exempts nothing",
        {
            "jlpt_level": None,
            "ssw_skill_tests": frozenset(),
            "titp_completed_sectors": frozenset({"agriculture"}),
        },
        {"min_jlpt_level": None},
        ["needs_jlpt", "needs_ssw_skill_test"],
    ),
    (
        "ssw1 nursing care needs the care Japanese test",
        {"ssw_skill_tests": frozenset({"nursing_care"})},
        NURSING,
        ["needs_care_japanese_test"],
    ),
    (
        "ssw1 nursing care with the care Japanese test",
        {"ssw_skill_tests": frozenset({"nursing_care"}), "care_japanese_test": True},
        NURSING,
        [],
    ),
    (
        "ssw1 nursing care: a nursing-care TITP completer is exempt from the care test too",
        {"ssw_skill_tests": frozenset(), "titp_completed_sectors": frozenset({"nursing_care"})},
        NURSING,
        [],
    ),
    (
        "ssw1 does not cover professional tracks",
        {"has_degree": True},
        {"sector": "it_software", "required_skills": ()},
        ["visa_sector_not_covered"],
    ),
    (
        "ssw2 in one of its 11 fields with the SSW (ii) test",
        {"ssw2_skill_tests": frozenset({"food_manufacturing"})},
        {"visa_types": ("ssw2",)},
        [],
    ),
    (
        "ssw2 without the SSW (ii) test fails",
        {},
        {"visa_types": ("ssw2",)},
        ["needs_ssw2_skill_test"],
    ),
    (
        "ssw2 does not cover nursing care (not one of the 11)",
        {"ssw2_skill_tests": frozenset({"nursing_care"})},
        {**NURSING, "visa_types": ("ssw2",)},
        ["visa_sector_not_covered"],
    ),
    (
        "ssw2 does not cover forestry (added to SSW i only)",
        {"ssw2_skill_tests": frozenset({"forestry"})},
        {"sector": "forestry", "visa_types": ("ssw2",)},
        ["visa_sector_not_covered"],
    ),
    (
        "engineer with a degree",
        {"has_degree": True, "jlpt_level": None},
        {"sector": "it_software", "visa_types": ("engineer",), "min_jlpt_level": None},
        [],
    ),
    (
        "engineer with 10 years' experience",
        {"experience_years": 10.0, "jlpt_level": None},
        {"sector": "it_software", "visa_types": ("engineer",), "min_jlpt_level": None},
        [],
    ),
    (
        "engineer with 9.5 years and no degree fails",
        {"experience_years": 9.5},
        {"sector": "engineering", "visa_types": ("engineer",), "min_jlpt_level": None},
        ["needs_degree_or_experience"],
    ),
    (
        "esd from 1 April 2027 with N5",
        {"jlpt_level": "N5", "ssw_skill_tests": frozenset()},
        {"visa_types": ("esd",), "min_jlpt_level": None, "start_date": datetime.date(2027, 4, 1)},
        [],
    ),
    (
        "esd accepts JFT-Basic",
        {"jlpt_level": None, "jft_basic": True},
        {"visa_types": ("esd",), "min_jlpt_level": None, "start_date": datetime.date(2027, 6, 1)},
        [],
    ),
    (
        "esd needs at least N5",
        {"jlpt_level": None},
        {"visa_types": ("esd",), "min_jlpt_level": None, "start_date": datetime.date(2027, 6, 1)},
        ["needs_jlpt"],
    ),
    (
        "esd is not open before 1 April 2027",
        {},
        {"visa_types": ("esd",), "start_date": datetime.date(2027, 3, 31)},
        ["visa_not_open_yet"],
    ),
    (
        "titp for a start before 1 April 2027",
        {"jlpt_level": None, "ssw_skill_tests": frozenset()},
        {"visa_types": ("titp",), "min_jlpt_level": None},
        [],
    ),
    (
        "titp ends on 1 April 2027",
        {},
        {"visa_types": ("titp",), "start_date": datetime.date(2027, 4, 1)},
        ["visa_closed"],
    ),
    (
        "vacancy minimum N3 refuses N4",
        {"jlpt_level": "N4"},
        {"min_jlpt_level": "N3"},
        ["needs_jlpt"],
    ),
    (
        "vacancy minimum N4 accepts JFT-Basic as N4",
        {"jlpt_level": "N5", "jft_basic": True},
        {"min_jlpt_level": "N4"},
        [],
    ),
    (
        "vacancy minimum N3 is not met by JFT-Basic",
        {"jlpt_level": None, "jft_basic": True},
        {"min_jlpt_level": "N3"},
        ["needs_jlpt"],
    ),
    (
        "one workable status is enough",
        {"ssw_skill_tests": frozenset(), "ssw2_skill_tests": frozenset({"food_manufacturing"})},
        {"visa_types": ("ssw1", "ssw2")},
        [],
    ),
    (
        "when no status works, each says what is missing",
        {"ssw_skill_tests": frozenset()},
        {"visa_types": ("ssw1", "ssw2")},
        ["needs_ssw_skill_test", "needs_ssw2_skill_test"],
    ),
    ("a vacancy that names no status can hire no one", {}, {"visa_types": ()}, ["no_visa_types"]),
    (
        "experience below the minimum is not a hard rule",
        {"experience_years": 0.0},
        {"min_experience_years": 5.0},
        [],
    ),
]


@pytest.mark.parametrize(
    ("story", "candidate_changes", "vacancy_changes", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_eligibility(story, candidate_changes, vacancy_changes, expected, ref):
    candidate = lan(**candidate_changes)
    vacancy = food_vacancy(**vacancy_changes)
    assert codes(candidate, vacancy, ref) == expected
    # The vectorised rules agree with the per-pair rules.
    batch = CandidateBatch.from_candidates([candidate])
    assert bool(eligibility_mask(vacancy, batch, ref)[0]) is (expected == [])


def test_titp_closes_for_everyone_once_today_reaches_1_april_2027(ref):
    later = dataclasses.replace(ref, today=datetime.date(2027, 4, 1))
    vacancy = food_vacancy(visa_types=("titp",), min_jlpt_level=None)
    assert codes(lan(), vacancy, ref) == []
    assert codes(lan(), vacancy, later) == ["visa_closed"]


def test_failure_reasons_carry_the_levels(ref):
    [reason] = check_eligibility(lan(jlpt_level="N5"), food_vacancy(min_jlpt_level=None), ref)
    assert reason.params == {"required": "N4", "actual": "N5", "visa": "ssw1", "jft_accepted": True}
    [reason] = check_eligibility(lan(), food_vacancy(min_jlpt_level="N2"), ref)
    assert reason.params == {"required": "N2", "actual": "N4"}


def test_pay_below_the_floor_makes_everyone_ineligible(ref):
    # Fukuoka's floor is ¥1,057/h: 40 h a week is 173.33 h a month, so ¥183,214 is the minimum.
    below = food_vacancy(monthly_salary_jpy=183_213)
    perfect = lan(jlpt_level="N1", titp_completed_sectors=frozenset({"food_manufacturing"}))
    assert codes(perfect, below, ref)[0] == "pay_below_minimum_wage"
    assert codes(perfect, food_vacancy(monthly_salary_jpy=183_214), ref) == []
    batch = CandidateBatch.from_candidates([perfect, lan(id="lan2")])
    assert not eligibility_mask(below, batch, ref).any()


def test_pay_floor_uses_weekly_hours(ref):
    # ¥160,000 for 32 h a week is ¥1,153.85/h: above Fukuoka's floor though below 40 h's minimum.
    assert codes(lan(), food_vacancy(monthly_salary_jpy=160_000, weekly_hours=32.0), ref) == []


def test_vectorised_rules_match_per_pair_rules_on_random_candidates(ref):
    from matching.bootstrap import random_candidate, random_vacancy

    rng = np.random.default_rng(5)
    candidates = [random_candidate(rng, ref, f"c{i}") for i in range(300)]
    batch = CandidateBatch.from_candidates(candidates)
    for v in range(40):
        vacancy = random_vacancy(rng, ref, f"v{v}")
        expected = [not check_eligibility(c, vacancy, ref) for c in candidates]
        assert eligibility_mask(vacancy, batch, ref).tolist() == expected
