"""Shared set-up for the benchmark scripts: import path and synthetic candidates."""

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    # The scripts run as `python bench/<name>.py` from the repository root.
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from matching.bootstrap import bootstrap_reference, random_candidate  # noqa: E402
from matching.types import CandidateData, ReferenceData  # noqa: E402

BENCH_SEED = 4_242


def synthetic_candidates(n: int, ref: ReferenceData, seed: int = BENCH_SEED) -> list[CandidateData]:
    rng = np.random.default_rng(seed)
    return [random_candidate(rng, ref, f"c{i:06d}") for i in range(n)]


def best_of(repeats: int, function: Callable[[], object]) -> float:
    """The fastest of several runs, in seconds: the least disturbed by other processes."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(repeats: int, function: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def alternate(repeats: int, functions: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Median seconds of each function, run in turn ``repeats`` times, so that a disturbance
    (another process, a frequency change) falls on all of them alike rather than on one."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: float(np.median(values)) for name, values in times.items()}


__all__ = [
    "ROOT",
    "alternate",
    "best_of",
    "bootstrap_reference",
    "median_of",
    "synthetic_candidates",
]
