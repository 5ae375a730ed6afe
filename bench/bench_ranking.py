"""How fast one vacancy ranks 100,000 candidates, against a naive loop and a bare dot product.

Run from the repository root:  .venv/bin/python bench/bench_ranking.py [N]

Figures printed:
* encoding: the one-off CandidateBatch.from_candidates (skill normalisation, arrays); a site does
  it once per refresh, not per vacancy, so it is reported apart from ranking.
* ranking, real path: what the refresh and rank(top=K) run for one vacancy, with K = 200 (the best
  kept per vacancy, as in bench_refresh.py): the model's weighted sum of every candidate's
  features (MatcherModel.logits), the rules, the probability and rounded score of the eligible,
  and the best K in order (score_batch + BatchScores.order(top=K)). The weighted sum is computed
  from the batch's feature columns already multiplied by the model's weights (WeightedFeatures),
  built by the first vacancy that needs them and kept with the CandidateBatch, as a refresh keeps
  them for every vacancy. The warm-up runs build the ones this vacancy needs, so building them
  is not timed (the first vacancy that asks for a column pays for it: a few milliseconds at
  100,000 candidates); their size is printed for this vacancy and with every column built, and
  the peak memory of one ranking does not include them. Nothing else is reused between
  repetitions.
* matrix route: the same scores reached by building the full feature matrix (vacancy_features)
  and multiplying it (model.predict), as the real path did before WeightedFeatures; printed for
  comparison, with the feature matrix's share.
* full order: the same with every candidate in order (order(top=None)).
* rank(top=10) and rank(top=200): the site's calls, which also build Match objects with reasons
  (Python, per returned row) for the rows they return.
* naive loop: per-candidate Python (naive_features, check_eligibility, the same logistic model
  as a Python dot product, sorted()) on a 5,000 subset, extrapolated linearly to N.
* bare dot product: X @ w over the final feature matrix (vacancy_features), the floor for a
  linear scorer that reads the matrix. The real path runs on one core (numpy ufuncs only, no
  BLAS), so the baseline is timed on one core too (BLAS limited to one thread), on the
  column-major matrix vacancy_features builds and on a row-major copy, each in a tight loop; the
  faster is the baseline. The real path (timed alternately with its parts and the matrix route)
  and the dot product are compared by their medians over many runs. X @ w with numpy's default
  BLAS threads (best of many runs) is printed beside it, with the real path's ratio to it.
"""

import math
import resource
import sys
import time
import tracemalloc

import numpy as np
from _common import alternate, best_of, bootstrap_reference, median_of, synthetic_candidates  # type: ignore[import-not-found]
from threadpoolctl import threadpool_info, threadpool_limits  # type: ignore[import-untyped]

from matching.features import CandidateBatch, naive_features, vacancy_features
from matching.rules import check_eligibility
from matching.scoring import load_default_model, rank, score_batch
from matching.types import VacancyData

NAIVE_SUBSET = 5_000
TOP_K = 200  # the best candidates kept per vacancy
REPEATS = 101
TARGET_RATIO = 5.0


def main(n: int) -> None:
    ref = bootstrap_reference()
    model = load_default_model()
    vacancy = VacancyData(
        id="bench",
        sector="food_manufacturing",
        prefecture="fukuoka",
        required_skills=("food hygiene", "forklift", "bento production"),
        preferred_skills=("HACCP",),
        min_jlpt_level="N4",
        visa_types=("ssw1", "ssw2"),
        monthly_salary_jpy=215_000,
        min_experience_years=1.0,
        zero_fee=True,
        housing_support="allowance",
    )
    print(f"Generating {n:,} synthetic candidates …", flush=True)
    candidates = synthetic_candidates(n, ref)

    start = time.perf_counter()
    batch = CandidateBatch.from_candidates(candidates)
    encoding = time.perf_counter() - start

    def real_path() -> np.ndarray:
        scores = score_batch(vacancy, batch, ref, model)
        return scores.order(batch.id_order, TOP_K)

    def full_order() -> np.ndarray:
        scores = score_batch(vacancy, batch, ref, model)
        return scores.order(batch.id_order)

    x = vacancy_features(vacancy, batch, ref)  # column-major
    row_major = np.ascontiguousarray(x)
    weights = model.weights

    # numpy's default: X @ w with every BLAS thread, best of many runs in a tight loop.
    blas_threads = max(
        (int(info["num_threads"]) for info in threadpool_info() if info["user_api"] == "blas"),
        default=1,
    )
    for _ in range(5):
        x @ weights
    dot_threaded = min(
        best_of(REPEATS, lambda: x @ weights), best_of(REPEATS, lambda: row_major @ weights)
    )

    with threadpool_limits(limits=1, user_api="blas"):
        for _ in range(3):  # warm caches (normalised vacancy skills, the arrays)
            real_path()
            full_order()
            x @ weights
        timings = alternate(
            REPEATS,
            {
                "real": real_path,
                "logits": lambda: model.logits(vacancy, batch, ref),
                "features": lambda: vacancy_features(vacancy, batch, ref),
                "predict": lambda: model.predict(x),
            },
        )
        # The dot product in its own tight loop, so that the real path's memory traffic does
        # not slow it down: the fastest it runs on one core is the baseline.
        dot_column_major = median_of(REPEATS, lambda: x @ weights)
        dot_row_major = median_of(REPEATS, lambda: row_major @ weights)
        full = median_of(21, full_order)
    ranking = timings["real"]
    dot = min(dot_column_major, dot_row_major)
    layout = "column-major" if dot_column_major <= dot_row_major else "row-major"
    features_time = timings["features"]
    scoring_step = timings["predict"]
    logits_time = timings["logits"]
    weighted = batch.weighted(model.weights)
    weighted_bytes = weighted.nbytes
    weighted.build_all()  # after the timings: the most these columns take, whatever the vacancies
    weighted_all_bytes = weighted.nbytes
    top10 = median_of(7, lambda: rank(vacancy, batch, ref, model, top=10))
    top_k_matches = median_of(3, lambda: rank(vacancy, batch, ref, model, top=TOP_K))

    subset = candidates[:NAIVE_SUBSET]
    w = [float(v) for v in model.weights]
    b = model.bias

    def naive() -> list[tuple[bool, float, str]]:
        keyed = []
        for candidate in subset:
            row = naive_features(vacancy, candidate, ref)
            fit = 1.0 / (1.0 + math.exp(-(sum(wi * xi for wi, xi in zip(w, row, strict=True)) + b)))
            eligible = not check_eligibility(candidate, vacancy, ref)
            keyed.append((not eligible, -(round(fit, 4) if eligible else 0.0), candidate.id))
        return sorted(keyed)

    naive()  # warm the skill-normalisation cache, as the real path's encoding did
    naive_subset = median_of(3, naive)
    naive_full = naive_subset * n / NAIVE_SUBSET

    tracemalloc.start()
    real_path()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    eligible = int(score_batch(vacancy, batch, ref, model).eligible.sum())
    order = "column-major" if x.flags.f_contiguous else "row-major"
    ratio = ranking / dot
    print(f"candidates:                     {n:,} ({eligible:,} eligible for the vacancy)")
    print(f"feature matrix:                 {x.shape[0]:,} x {x.shape[1]} {x.dtype} ({order})")
    print(f"encoding (one-off, not ranked): {encoding * 1000:9.1f} ms")
    print(
        f"ranking, real path (top {TOP_K}):  {ranking * 1000:9.3f} ms   features x weights + rules + sigmoid + scores + best K in order, K = {TOP_K} (kept per vacancy)"
    )
    print(
        f"  of which weighted sums:       {logits_time * 1000:9.3f} ms   model.logits: features x weights for all {n:,}, without the matrix"
    )
    print(
        f"  matrix route, same result:    {(features_time + scoring_step) * 1000:9.3f} ms   vacancy_features {features_time * 1000:.3f} ms + model.predict {scoring_step * 1000:.3f} ms, all rows (what the weighted sums and sigmoid replace)"
    )
    print(
        f"weighted columns kept:          {weighted_bytes / 2**20:9.1f} MiB with the batch for this vacancy; {weighted_all_bytes / 2**20:.1f} MiB with every JLPT level, sector and prefecture built (not in the peak below)"
    )
    print(
        f"ranking, full order (all):      {full * 1000:9.3f} ms   the same with all {n:,} candidates in order"
    )
    print(
        f"ranking, rank(top=10):          {top10 * 1000:9.2f} ms   with Match objects and reasons"
    )
    print(
        f"ranking, rank(top={TOP_K}):         {top_k_matches * 1000:9.2f} ms   with Match objects and reasons for all {TOP_K}"
    )
    print(
        f"naive Python loop:              {naive_full * 1000:9.0f} ms   measured on {NAIVE_SUBSET:,}, extrapolated x{n / NAIVE_SUBSET:g}"
    )
    print(
        f"bare numpy dot product:         {dot * 1000:9.3f} ms   X @ w on the final feature matrix, one core ({layout})"
    )
    print(
        f"  with {blas_threads} BLAS threads:           {dot_threaded * 1000:9.3f} ms   numpy's default, best of {REPEATS}"
    )
    print(
        f"peak memory of one ranking:     {peak / 2**20:9.1f} MiB (tracemalloc); process max RSS {max_rss:.0f} MiB"
    )
    print(
        f"speedup vs naive: {naive_full / ranking:.1f}x   (real path; full order {naive_full / full:.1f}x)"
    )
    print(f"weighted sums / dot product:    {logits_time / dot:.1f}x")
    print(
        f"real path / dot product: {ratio:.1f}x (target <= {TARGET_RATIO:g}: {'met' if ratio <= TARGET_RATIO else 'NOT met'}; both on one core)"
    )
    print(
        f"real path / dot product with {blas_threads} BLAS threads: {ranking / dot_threaded:.1f}x"
    )
    print(
        f"whole ranking / dot product:    {full / dot:.1f}x   (full order of all {n:,}; features, rules and sorting are work a dot product does not do)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
