"""Ranking quality on a labelled evaluation set, beside the baselines.

Run from the repository root:  .venv/bin/python bench/eval_ranking.py

The evaluation set is generated like the training set (matching/bootstrap.py) but with an
independent seed, so no vacancy or candidate is shared. Each vacancy's pool is ranked through the
real path (CandidateBatch → rank). Relevance is graded from the documented true suitability,
without the noise the training labels carry, so NDCG@10 measures how well the matcher recovers
the suitability it was taught from noisy outcomes:
    0  ineligible (cannot be hired) or suitability < 3.2
    1  3.2 ≤ suitability < 4.2      2  4.2 ≤ suitability < 5.2      3  suitability ≥ 5.2
(4.2 is the label threshold.) Eligible-first violations count the vacancies whose ranking puts
any ineligible candidate above an eligible one. Baselines: TF-IDF cosine similarity of skill and
sector text (no rules), and rules only (eligible first, then required-skill coverage).
"""

import numpy as np
from _common import ROOT  # type: ignore[import-not-found]  # noqa: F401 - sets the import path

from matching.bootstrap import EVALUATION_SEED, generate_pairs
from matching.evaluation import (
    eligible_first_violations,
    mean_ndcg,
    rules_only_scores,
    tfidf_scores,
)
from matching.features import CandidateBatch
from matching.scoring import load_default_model, rank

N_VACANCIES = 300
POOL_SIZE = 80
GRADE_EDGES = (3.2, 4.2, 5.2)


def main() -> None:
    model = load_default_model()
    pairs = generate_pairs(N_VACANCIES, POOL_SIZE, seed=EVALUATION_SEED)
    grades = np.digitize(pairs.suitability, GRADE_EDGES).astype(float) * pairs.eligible

    # The matcher, through rank(): its order becomes a descending score per pair.
    matcher = np.zeros(len(grades))
    for v, vacancy in enumerate(pairs.vacancies):
        rows = np.flatnonzero(pairs.group == v)
        batch = CandidateBatch.from_candidates([pairs.candidates[i] for i in rows])
        position = {m.candidate_id: p for p, m in enumerate(rank(vacancy, batch, pairs.ref, model))}
        matcher[rows] = [-position[pairs.candidates[i].id] for i in rows]

    tfidf = tfidf_scores(pairs.vacancies, pairs.candidates, pairs.group)
    rules = rules_only_scores(pairs.features, pairs.eligible)
    print(
        f"evaluation set: {N_VACANCIES} vacancies x {POOL_SIZE} candidates, seed {EVALUATION_SEED} "
        f"(training uses another), {pairs.eligible.mean():.0%} of pairs eligible"
    )
    print(f"{'method':<12} {'NDCG@10':>8} {'eligible-first violations':>27}")
    for name, scores in (("matcher", matcher), ("rules only", rules), ("TF-IDF", tfidf)):
        ndcg = mean_ndcg(grades, scores, pairs.group, k=10)
        violations = eligible_first_violations(pairs.eligible, scores, pairs.group)
        print(f"{name:<12} {ndcg:>8.3f} {violations:>16} of {N_VACANCIES}")


if __name__ == "__main__":
    main()
