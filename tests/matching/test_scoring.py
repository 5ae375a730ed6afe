import dataclasses

import joblib
import numpy as np
import pytest
import sklearn

from matching import scoring
from matching.bootstrap import random_candidate
from matching.features import CandidateBatch, vacancy_features
from matching.scoring import (
    DEFAULT_MODEL_PATH,
    ModelCompatibilityError,
    load_default_model,
    load_model,
    rank,
    rank_vacancies_for_candidate,
    save_model,
    score_batch,
    unlock_hints,
)
from tests.matching.stories import food_vacancy, lan


def minh(**changes):
    """Minh: the same skills and skills test as Lan, but only JLPT N5."""
    return lan(id="minh", jlpt_level="N5", **changes)


def test_the_shipped_model_loads_with_this_scikit_learn():
    model = load_model(DEFAULT_MODEL_PATH)
    assert model.model_version.startswith("bootstrap-")
    assert model.sklearn_version == sklearn.__version__


def test_folded_weights_give_the_pipelines_probabilities(model, ref):
    rng = np.random.default_rng(3)
    batch = CandidateBatch.from_candidates(
        [random_candidate(rng, ref, f"c{i}") for i in range(200)]
    )
    x = vacancy_features(food_vacancy(), batch, ref)
    assert np.allclose(model.predict(x), model.pipeline.predict_proba(x)[:, 1])


def test_lan_with_n4_and_the_food_test_ranks_above_minh_with_n5(model, ref):
    batch = CandidateBatch.from_candidates([minh(), lan()])
    ranking = rank(food_vacancy(), batch, ref, model)
    assert [m.candidate_id for m in ranking] == ["lan", "minh"]
    assert ranking[0].eligible and not ranking[1].eligible
    assert [r.code for r in ranking[1].failures] == ["needs_jlpt"]


def test_an_ineligible_candidate_with_perfect_skills_is_never_above_an_eligible_one(model, ref):
    perfect_but_n5 = minh(skills=("food hygiene", "forklift", "HACCP"), experience_years=10.0)
    weak_but_eligible = lan(
        id="weak",
        skills=(),
        sectors=frozenset({"agriculture"}),
        preferred_prefectures=frozenset({"okinawa"}),
    )
    batch = CandidateBatch.from_candidates([perfect_but_n5, weak_but_eligible])
    ranking = rank(food_vacancy(), batch, ref, model)
    assert [m.candidate_id for m in ranking] == ["weak", "minh"]
    assert ranking[1].fit > ranking[0].fit  # the scorer likes Minh; the rules decide
    assert ranking[1].score == 0.0


def test_ranking_order_is_eligible_then_score_then_nearest_miss_then_id(model, ref):
    rng = np.random.default_rng(8)
    candidates = [
        random_candidate(rng, ref, f"c{i:03d}", focus="food_manufacturing") for i in range(300)
    ]
    candidates += [lan(id="twin-b"), lan(id="twin-a")]  # identical profiles: order by id
    batch = CandidateBatch.from_candidates(candidates)
    ranking = rank(food_vacancy(), batch, ref, model)
    # Ineligible candidates all score 0; among them the nearest misses (highest fit) come first.
    keys = [
        (not m.eligible, -m.score, 0.0 if m.eligible else -m.fit, m.candidate_id) for m in ranking
    ]
    assert keys == sorted(keys)
    assert all(0.0 <= m.score <= 1.0 for m in ranking)
    assert {m.candidate_id for m in ranking} == {c.id for c in candidates}
    ids = [m.candidate_id for m in ranking]
    assert ids.index("twin-a") + 1 == ids.index("twin-b")
    # The best K are the first K of the full ranking.
    assert [m.candidate_id for m in rank(food_vacancy(), batch, ref, model, top=25)] == ids[:25]


def test_score_batch_is_the_vectorised_heart_of_rank(model, ref):
    batch = CandidateBatch.from_candidates([lan(), minh()])
    scores = score_batch(food_vacancy(), batch, ref, model)
    assert scores.eligible.tolist() == [True, False]
    assert scores.score[1] == 0.0 and scores.fit[1] > 0


def test_reasons_lead_with_skills_and_japanese(model, ref):
    [match] = rank(food_vacancy(), CandidateBatch.from_candidates([lan()]), ref, model)
    codes = [r.code for r in match.reasons]
    assert codes[:2] == ["required_skills", "jlpt_meets_minimum"]
    assert "prefecture_wanted" in codes
    assert len(codes) <= scoring.MAX_REASONS


def test_jobs_for_lan_put_open_jobs_first_with_reasons_in_her_terms(model, ref):
    jobs = [
        food_vacancy(id="nursing", sector="nursing_care"),
        food_vacancy(id="bento", zero_fee=True, housing_support="provided"),
        food_vacancy(id="bento-oita", prefecture="oita"),
    ]
    ranking = rank_vacancies_for_candidate(lan(), jobs, ref, model)
    assert [m.vacancy_id for m in ranking] == ["bento", "bento-oita", "nursing"]
    assert {"zero_fee", "housing_provided"} <= {r.code for r in ranking[0].reasons}
    assert not ranking[2].eligible
    assert rank_vacancies_for_candidate(lan(), [], ref, model) == []


def test_unlock_hints_name_the_step_that_opens_most_jobs(ref):
    jobs = [food_vacancy(id=f"bento-{i}") for i in range(3)] + [
        food_vacancy(id="nursing", sector="nursing_care", min_jlpt_level=None),
        food_vacancy(id="underpaid", monthly_salary_jpy=150_000),
    ]
    hints = unlock_hints(minh(), jobs, ref)
    best = hints[0]
    assert (best.reason.code, best.reason.params, best.count) == (
        "unlock_jlpt",
        {"level": "N4", "count": 3},
        3,
    )
    assert best.vacancy_ids == ("bento-0", "bento-1", "bento-2")
    # JFT-Basic counts as N4 too, so it opens the same three; nothing opens the underpaid job.
    assert ("unlock_jft_basic", 3) in [(h.reason.code, h.count) for h in hints]
    assert all("underpaid" not in h.vacancy_ids for h in hints)


def test_save_and_load_keep_the_version(model, tmp_path):
    path = save_model(model, tmp_path / "m.joblib")
    assert load_model(path).model_version == model.model_version


def test_a_model_from_another_scikit_learn_is_refused_with_a_clear_message(model, tmp_path):
    path = save_model(model, tmp_path / "m.joblib")
    payload = joblib.load(path)
    payload["sklearn_version"] = "0.0.1"
    joblib.dump(payload, path)
    with pytest.raises(
        ModelCompatibilityError, match=r"trained with scikit-learn 0\.0\.1.*train_matcher"
    ):
        load_model(path)


def test_an_unusable_model_is_replaced_by_a_retrained_one_with_a_message(
    model, tmp_path, monkeypatch
):
    retrained = dataclasses.replace(model, model_version="bootstrap-retrained")
    monkeypatch.setattr(scoring, "train_bootstrap_model", lambda: retrained)
    messages: list[str] = []
    loaded = load_default_model(tmp_path / "missing.joblib", notify=messages.append)
    assert loaded is retrained
    assert "No matcher model" in messages[0] and "retrained in memory" in messages[0]


def test_an_empty_batch_ranks_to_nothing(model, ref):
    assert rank(food_vacancy(), CandidateBatch.from_candidates([]), ref, model) == []
    assert rank(food_vacancy(), CandidateBatch.from_candidates([]), ref, model, top=5) == []


def test_reasons_are_plain_data_that_can_be_stored_as_json(model, ref):
    import json

    batch = CandidateBatch.from_candidates([lan(), minh(), lan(id="x", skills=())])
    for match in rank(food_vacancy(), batch, ref, model):
        for reason in match.reasons + match.failures:
            assert json.loads(json.dumps(reason.params)) == reason.params


def test_score_batch_works_out_the_fit_of_ineligible_rows_only_when_read(model, ref):
    rng = np.random.default_rng(13)
    batch = CandidateBatch.from_candidates(
        [random_candidate(rng, ref, f"c{i}") for i in range(300)] + [lan(), minh()]
    )
    vacancy = food_vacancy()
    scores = score_batch(vacancy, batch, ref, model)
    expected = model.predict(vacancy_features(vacancy, batch, ref))
    rows = np.array([301, 300, 5])
    assert np.allclose(scores.fit_of(rows), expected[rows], rtol=0, atol=1e-12)
    assert "fit" not in scores.__dict__  # nothing computed the whole column yet
    assert np.allclose(scores.fit, expected, rtol=0, atol=1e-12)
    eligible = scores.eligible
    assert np.array_equal(
        scores.score[eligible], np.round(expected[eligible], scoring.SCORE_DECIMALS)
    )
    assert not scores.score[~eligible].any()


def test_stored_reasons_hold_every_field_of_a_reason(model, ref):
    from matching.services import _reasons_json

    [match] = rank(food_vacancy(), CandidateBatch.from_candidates([minh()]), ref, model)
    reasons = match.reasons + match.failures
    assert any(r.params for r in reasons) and any(not r.positive for r in reasons)
    assert _reasons_json(reasons) == [dataclasses.asdict(r) for r in reasons]
