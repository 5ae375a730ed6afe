import weakref

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


def feature_test_vacancies(rng, ref) -> list:
    """Random vacancies plus the branches a weighted sum takes apart from the matrix."""
    professional = sorted(ref.professional_sectors)[0]
    return [random_vacancy(rng, ref, f"v{i}") for i in range(30)] + [
        food_vacancy(),
        food_vacancy(required_skills=(), preferred_skills=(), min_jlpt_level=None),
        food_vacancy(required_skills=("skill nobody has",), sector="it_software"),
        # A field and a prefecture that no candidate in the batch named.
        food_vacancy(id="unnamed", prefecture="nowhere-ken", sector="nobodys-field"),
        food_vacancy(id="unpaid", monthly_salary_jpy=0),
        food_vacancy(id="professional", sector=professional, min_experience_years=3.5),
        food_vacancy(id="many-skills", required_skills=("forklift", "welding", "HACCP", "cooking")),
    ]


@pytest.mark.parametrize("weights_seed", [0, 1, 2])
def test_weighted_sums_equal_the_feature_matrix_times_the_weights(weights_seed, ref):
    rng = np.random.default_rng(21)
    candidates = [random_candidate(rng, ref, f"c{i}") for i in range(400)] + edge_candidates()
    batch = CandidateBatch.from_candidates(candidates)
    # Pay and experience weights positive, negative and zero, so that each branch of the
    # weighted pay (minimum, maximum, skipped) and of the experience clip is taken.
    weights = np.random.default_rng(weights_seed).normal(size=len(FEATURE_NAMES))
    weights[FEATURE_INDEX["pay_vs_wish"]] = (0.8, -0.8, 0.0)[weights_seed]
    weights[FEATURE_INDEX["experience_gap"]] = (0.3, -0.3, 0.0)[weights_seed]
    weights[weights_seed * 4] = 0.0
    weighted = batch.weighted(weights)
    for vacancy in feature_test_vacancies(rng, ref):
        expected = vacancy_features(vacancy, batch, ref) @ weights
        assert np.allclose(weighted.sums(vacancy, ref), expected, rtol=0, atol=1e-12), vacancy.id
    # The same vacancy twice gives the same numbers from the kept columns.
    vacancy = food_vacancy()
    assert np.array_equal(weighted.sums(vacancy, ref), weighted.sums(vacancy, ref))


def test_weighted_features_are_kept_for_the_last_weight_vector(ref):
    batch = CandidateBatch.from_candidates([lan(), lan(id="twin")])
    weights = np.arange(len(FEATURE_NAMES), dtype=np.float64)
    first = batch.weighted(weights)
    assert batch.weighted(weights.copy()) is first
    other = batch.weighted(weights + 1)
    assert other is not first and batch.weighted(weights + 1) is other
    assert batch.weighted(weights) is not first  # only the last vector's columns are kept
    with pytest.raises(ValueError, match="13 weights"):
        batch.weighted(np.ones(3))


def test_a_batch_is_freed_as_soon_as_it_is_dropped(ref):
    batch = CandidateBatch.from_candidates([lan()])
    weighted = batch.weighted(np.ones(len(FEATURE_NAMES)))
    weighted.sums(food_vacancy(), ref)
    alive = weakref.ref(batch)
    del batch  # no reference cycle: freed without the cycle collector
    assert alive() is None
    with pytest.raises(RuntimeError, match="no longer exists"):
        weighted.sums(food_vacancy(), ref)


def test_a_batchs_arrays_are_read_only(ref):
    batch = CandidateBatch.from_candidates([lan(), lan(id="twin")])
    for array in (
        batch.experience_years,
        batch.sector_interest,
        batch.wish_inverse,
        batch.key_rows,
    ):
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 0
    with pytest.raises(ValueError, match="read-only"):
        batch.skills.data[0] = 0


def test_every_weighted_column_can_be_built_and_measured(ref):
    rng = np.random.default_rng(9)
    batch = CandidateBatch.from_candidates([random_candidate(rng, ref, f"c{i}") for i in range(50)])
    weighted = batch.weighted(np.ones(len(FEATURE_NAMES)))
    before = weighted.nbytes
    weighted.build_all()
    columns = 6 + (len(batch.sector_index) + 1) + (len(batch.prefecture_index) + 1)
    assert weighted.nbytes >= before + columns * 50 * 8


def test_features_of_chosen_rows_equal_those_rows_of_the_matrix(ref):
    rng = np.random.default_rng(5)
    batch = CandidateBatch.from_candidates(
        [random_candidate(rng, ref, f"c{i}") for i in range(200)] + edge_candidates()
    )
    rows = np.array([204, 0, 17, 17, 150, 201])
    for vacancy in feature_test_vacancies(rng, ref):
        assert np.array_equal(
            vacancy_features(vacancy, batch, ref, rows), vacancy_features(vacancy, batch, ref)[rows]
        ), vacancy.id
    assert vacancy_features(food_vacancy(), batch, ref, rows[:0]).shape == (0, len(FEATURE_NAMES))
