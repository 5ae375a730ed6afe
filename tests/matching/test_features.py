import numpy as np
import pytest

from matching.bootstrap import random_candidate, random_vacancy
from matching.features import (
    FEATURE_INDEX,
    FEATURE_NAMES,
    CandidateBatch,
    naive_features,
    vacancy_features,
)
from matching.types import CandidateData
from tests.matching.stories import food_vacancy, lan


def edge_candidates() -> list[CandidateData]:
    return [
        CandidateData(id="blank"),  # nothing at all
        CandidateData(
            id="unknown-skills",
            skills=("underwater basket weaving", ""),
            sectors=frozenset({"fishery"}),
        ),
        lan(id="lan-no-wish", desired_monthly_salary_jpy=None, preferred_prefectures=frozenset()),
        lan(id="lan-zero-wish", desired_monthly_salary_jpy=0),
        lan(id="veteran", experience_years=30.0, jlpt_level="N1", has_degree=True),
    ]


def test_vectorised_features_equal_the_naive_loop_on_random_candidates(ref):
    rng = np.random.default_rng(11)
    candidates = [random_candidate(rng, ref, f"c{i}") for i in range(400)] + edge_candidates()
    batch = CandidateBatch.from_candidates(candidates)
    vacancies = [random_vacancy(rng, ref, f"v{i}") for i in range(30)] + [
        food_vacancy(),
        food_vacancy(required_skills=(), preferred_skills=(), min_jlpt_level=None),
        food_vacancy(
            required_skills=("skill nobody has",), sector="it_software", prefecture="okinawa"
        ),
    ]
    for vacancy in vacancies:
        fast = vacancy_features(vacancy, batch, ref)
        slow = np.array([naive_features(vacancy, c, ref) for c in candidates])
        assert fast.shape == (len(candidates), len(FEATURE_NAMES))
        assert np.allclose(fast, slow), vacancy.id


def test_lans_features_for_tanaka_foods(ref):
    batch = CandidateBatch.from_candidates([lan()])
    row = vacancy_features(food_vacancy(monthly_salary_jpy=220_000), batch, ref)[0]
    named = {name: row[i] for name, i in FEATURE_INDEX.items()}
    assert named["required_skill_coverage"] == 1.0  # "vệ sinh an toàn thực phẩm" is food hygiene
    assert named["preferred_skill_coverage"] == 1.0  # "lái xe nâng" is forklift
    assert named["japanese_gap"] == 0.0
    assert named["meets_japanese"] == 1.0
    assert named["sector_interest"] == 1.0
    assert named["sector_track_record"] == 1.0
    assert named["prefecture_preference"] == 1.0
    assert named["pay_vs_wish"] == pytest.approx(1.1)
    assert named["experience_gap"] == 2.0


@pytest.mark.parametrize(
    ("changes", "feature", "expected"),
    [
        ({"preferred_prefectures": frozenset()}, "prefecture_preference", 0.5),
        ({"preferred_prefectures": frozenset({"oita"})}, "prefecture_preference", 0.0),
        ({"sectors": frozenset()}, "sector_interest", 0.5),
        ({"sectors": frozenset({"agriculture"})}, "sector_interest", 0.0),
        ({"desired_monthly_salary_jpy": None}, "pay_vs_wish", 1.0),
        ({"desired_monthly_salary_jpy": 100_000}, "pay_vs_wish", 1.5),
        ({"jlpt_level": None, "jft_basic": True}, "japanese_gap", 0.0),
        ({"jlpt_level": "N1"}, "japanese_gap", 3.0),
    ],
)
def test_neutral_and_clipped_values(changes, feature, expected, ref):
    batch = CandidateBatch.from_candidates([lan(**changes)])
    assert vacancy_features(food_vacancy(), batch, ref)[0, FEATURE_INDEX[feature]] == pytest.approx(
        expected
    )


def test_required_skills_count_once_however_they_are_written(ref):
    vacancy = food_vacancy(
        required_skills=("forklift", "Forklift operation", "フォークリフト", "welding")
    )
    batch = CandidateBatch.from_candidates([lan()])
    assert vacancy_features(vacancy, batch, ref)[0, 0] == 0.5


def test_batches_can_share_a_vocabulary_and_be_subset(ref):
    candidates = [lan(id=f"c{i}", skills=("welding",) if i % 2 else ("cooking",)) for i in range(6)]
    batch = CandidateBatch.from_candidates(candidates)
    again = CandidateBatch.from_candidates(candidates[:2], batch.vocabulary)
    assert again.vocabulary == batch.vocabulary
    part = batch.subset(np.array([1, 3]))
    assert part.ids == ("c1", "c3")
    assert np.allclose(
        vacancy_features(food_vacancy(), part, ref),
        vacancy_features(food_vacancy(), batch, ref)[[1, 3]],
    )
