"""Throughput of a full refresh: every open vacancy scored against every candidate.

Run from the repository root:  .venv/bin/python bench/bench_refresh.py [VACANCIES] [CANDIDATES]

A refresh (the Celery task) encodes the candidates once, then for each vacancy computes the
features, eligibility and score of every candidate (score_batch) and orders them; this bench
measures that scoring, and selects the best 200 per vacancy (BatchScores.order(top=200)).

What it does not measure: the site today stores every pair with its reasons (MatchScore, see
docs/decisions.md, "Every pair … is stored"). At 1,000 x 100,000 that is 10^8 rows and 10^8
explanations built in Python, far slower than the scoring printed here; storing only the best
candidates per vacancy is the change that figure calls for.
One process, one vacancy at a time, on one core (the scoring uses no BLAS threads); a second
worker on a second core would take half the vacancies, so the 2-core figure is half the 1-core
time (vacancies are independent, and the candidate arrays are read-only).
"""

import sys
import time

import numpy as np
from _common import bootstrap_reference, synthetic_candidates  # type: ignore[import-not-found]

from matching.bootstrap import random_vacancy
from matching.features import CandidateBatch
from matching.scoring import load_default_model, score_batch

KEEP_PER_VACANCY = 200
TARGET_SECONDS = 120


def main(n_vacancies: int, n_candidates: int) -> None:
    ref = bootstrap_reference()
    model = load_default_model()
    rng = np.random.default_rng(99)
    vacancies = [random_vacancy(rng, ref, f"v{i}") for i in range(n_vacancies)]
    print(f"Generating {n_candidates:,} synthetic candidates …", flush=True)
    candidates = synthetic_candidates(n_candidates, ref)

    start = time.perf_counter()
    batch = CandidateBatch.from_candidates(candidates)
    encoding = time.perf_counter() - start

    kept = 0
    start = time.perf_counter()
    for vacancy in vacancies:
        scores = score_batch(vacancy, batch, ref, model)
        best = scores.order(batch.id_order, KEEP_PER_VACANCY)
        kept += len(best)
    scoring = time.perf_counter() - start

    pairs = n_vacancies * n_candidates
    one_core = encoding + scoring
    two_cores = encoding + scoring / 2
    print(
        f"vacancies x candidates:   {n_vacancies:,} x {n_candidates:,} = {pairs:,} pairs (all measured, none extrapolated)"
    )
    print(f"encoding (once):          {encoding:8.2f} s")
    print(
        f"scoring all pairs:        {scoring:8.2f} s in one process ({scoring / n_vacancies * 1000:.1f} ms a vacancy)"
    )
    print(f"pairs scored per second:  {pairs / scoring:,.0f}")
    print(f"full refresh, 1 process:    {one_core:8.2f} s")
    print(
        f"full refresh, 2 cores:    {two_cores:8.2f} s (estimated: vacancies split between two workers)"
    )
    print(
        f"target < {TARGET_SECONDS} s on 2 cores:   {'met' if two_cores < TARGET_SECONDS else 'NOT met'}"
    )
    print(f"best {KEEP_PER_VACANCY} a vacancy:     {kept:,} pairs selected")
    print(
        "not measured: storing pairs and building reasons (the site stores every pair today;"
        " see docs/matching.md, 'Stored scores and refreshes', and docs/decisions.md #10)"
    )


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(args[0] if args else 1_000, args[1] if len(args) > 1 else 100_000)
