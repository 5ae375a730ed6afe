"""Features of a (vacancy, candidate) pair, computed for many candidates at once.

``CandidateBatch.from_candidates`` encodes candidates once into arrays: skills as a sparse binary
matrix over normalised skill keys (and, column by column, the rows holding each key), sectors,
prefectures and tests as boolean matrices, numbers as vectors. Everything that depends on the
candidate alone (the sector interest and track record per sector, the prefecture preference per
prefecture, the inverse of the pay wish) is tabulated there once. ``vacancy_features`` then fills
the feature matrix of one vacancy against the whole batch column by column, with one or two array
operations per column and no Python loop per candidate: under a millisecond for 100,000
candidates (bench/bench_ranking.py), or for chosen rows only (the ones a ranking explains).
``WeightedFeatures`` gives a linear model's ``x @ weights`` for the whole batch without building
``x``: that is what ranking runs.
``naive_features`` computes the same numbers for one pair with plain Python; tests prove the two
agree, and the benchmark uses it as the baseline.

The features look at both sides, because a match must suit both: whether the candidate fits the
job (skills, Japanese, track record, experience) and whether the job suits the candidate (the
field and place they want, pay against their wish, fees, housing, pay above the legal floor).
"""

import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from matching.rules import (
    JLPT_RANKS,
    effective_japanese_rank,
    jlpt_rank,
    vacancy_hourly_pay,
    wage_floor,
)
from matching.skills import normalise_skills
from matching.types import CandidateData, ReferenceData, VacancyData

FEATURE_NAMES: tuple[str, ...] = (
    "required_skill_coverage",  # matched / required; 1.0 when none are required
    "preferred_skill_coverage",  # matched / preferred; 0.0 when none are listed
    "japanese_gap",  # effective JLPT rank − required rank (0 when none), clipped to [−3, 3]
    "meets_japanese",  # 1 when the effective rank meets the vacancy's minimum
    "sector_interest",  # 1 wants this field, 0.5 listed no field, 0 wants others
    "sector_track_record",  # passed an SSW (i)/(ii) test or completed TITP in this field
    "prefecture_preference",  # 1 preferred, 0.5 anywhere in Kyushu, 0 prefers elsewhere
    "pay_vs_wish",  # vacancy pay ÷ desired pay, clipped to [0, 1.5]; 1.0 when no wish
    "experience_gap",  # years − minimum years, clipped to [−5, 5]
    "degree_professional",  # has a degree and the vacancy is a professional track
    "zero_fee",  # the worker pays no recruitment costs
    "housing_support",  # 0 none, 0.5 allowance, 1 provided
    "pay_above_floor",  # hourly pay ÷ minimum wage − 1, clipped to [−0.5, 1]
)
N_FEATURES = len(FEATURE_NAMES)
FEATURE_INDEX: dict[str, int] = {name: i for i, name in enumerate(FEATURE_NAMES)}

JAPANESE_GAP_CLIP = (-3.0, 3.0)
PAY_WISH_CLIP = (0.0, 1.5)
EXPERIENCE_CLIP = (-5.0, 5.0)
FLOOR_CLIP = (-0.5, 1.0)
HOUSING_VALUES: dict[str, float] = {"none": 0.0, "allowance": 0.5, "provided": 1.0}


def _index(values: Iterable[str]) -> dict[str, int]:
    return {value: i for i, value in enumerate(sorted(set(values)))}


def _multi_hot(rows: Sequence[Iterable[str]], index: dict[str, int]) -> np.ndarray:
    # Column-major, because vacancy_features reads one column (one sector) for every candidate.
    matrix = np.zeros((len(rows), max(len(index), 1)), dtype=bool, order="F")
    for row, values in enumerate(rows):
        for value in values:
            matrix[row, index[value]] = True
    return matrix


@dataclass(frozen=True, eq=False)
class CandidateBatch:
    """Many candidates encoded once; reused for every vacancy they are ranked against."""

    candidates: tuple[CandidateData, ...]
    ids: tuple[str, ...]
    # Position of each id in sorted order, so that ties break by id with integer sorting.
    id_order: np.ndarray
    vocabulary: dict[str, int]  # skill key → column of ``skills``
    skills: sparse.csr_matrix  # (n, len(vocabulary)) 0/1, float32
    sector_index: dict[str, int]  # sector slug → column of the sector matrices
    sectors: np.ndarray  # wanted fields
    wants_any_sector: np.ndarray  # listed no field
    ssw_tests: np.ndarray
    ssw2_tests: np.ndarray
    titp_sectors: np.ndarray
    prefecture_index: dict[str, int]
    prefectures: np.ndarray
    anywhere: np.ndarray  # listed no prefecture: anywhere in Kyushu
    japanese_rank: np.ndarray  # effective rank: JLPT, or N4 for JFT-Basic
    care_japanese_test: np.ndarray
    desired_salary: np.ndarray  # NaN when no wish
    experience_years: np.ndarray
    has_degree: np.ndarray
    # Derived from the fields above when the batch is built. They depend on the candidates only,
    # so no vacancy recomputes them; most are laid out so that a vacancy's feature column is one
    # copy of one of their columns.
    # the rows holding each skill key: key_rows[key_starts[c]:key_starts[c + 1]] for column c
    key_starts: np.ndarray = field(init=False, repr=False)
    key_rows: np.ndarray = field(init=False, repr=False)
    # japanese_gap per required rank (0 to 5): the effective rank minus it, clipped
    japanese_gaps: np.ndarray = field(init=False, repr=False)
    # sector_interest per sector column, and for a field no candidate named
    sector_interest: np.ndarray = field(init=False, repr=False)
    other_sector_interest: np.ndarray = field(init=False, repr=False)
    # sector_track_record per sector column
    track_record: np.ndarray = field(init=False, repr=False)
    # prefecture_preference per prefecture column, and for a prefecture no candidate named
    prefecture_preference: np.ndarray = field(init=False, repr=False)
    other_prefecture_preference: np.ndarray = field(init=False, repr=False)
    # pay_vs_wish = min(pay × wish_inverse, wish_cap): 1 / desired pay and the clip for those
    # with a wish; infinity and the neutral 1.0 for those without (pay × ∞ capped at 1.0)
    wish_inverse: np.ndarray = field(init=False, repr=False)
    wish_cap: np.ndarray = field(init=False, repr=False)
    # The WeightedFeatures of the last weight vector asked for (see weighted()).
    _weighted: list["WeightedFeatures"] = field(
        default_factory=list, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        def derive(name: str, value: np.ndarray) -> None:
            object.__setattr__(self, name, value)

        by_key = sparse.csc_matrix(self.skills)
        by_key.sort_indices()
        derive("key_starts", by_key.indptr.astype(np.intp))
        derive("key_rows", by_key.indices.astype(np.intp))
        # Small tables of exact values (0, ±0.5, 1, 2, 3): float32 holds them exactly and halves
        # the memory; copying a column widens it to the float64 feature matrix.
        ranks = self.japanese_rank.astype(np.float32)[:, None]
        required = np.arange(max(JLPT_RANKS.values()) + 1, dtype=np.float32)
        derive(
            "japanese_gaps",
            np.asfortranarray(np.clip(ranks - required, *JAPANESE_GAP_CLIP), dtype=np.float32),
        )
        open_to_any = np.where(self.wants_any_sector, 0.5, 0.0).astype(np.float32)
        derive("other_sector_interest", open_to_any)
        derive(
            "sector_interest",
            np.asfortranarray(np.where(self.sectors, 1.0, open_to_any[:, None]), dtype=np.float32),
        )
        derive(
            "track_record", np.asfortranarray(self.ssw_tests | self.ssw2_tests | self.titp_sectors)
        )
        anywhere = np.where(self.anywhere, 0.5, 0.0).astype(np.float32)
        derive("other_prefecture_preference", anywhere)
        derive(
            "prefecture_preference",
            np.asfortranarray(np.where(self.prefectures, 1.0, anywhere[:, None]), dtype=np.float32),
        )
        wish = np.isfinite(self.desired_salary) & (self.desired_salary > 0)
        inverse = np.full(self.size, np.inf)
        np.divide(1.0, self.desired_salary, out=inverse, where=wish)
        derive("wish_inverse", inverse)
        derive("wish_cap", np.where(wish, PAY_WISH_CLIP[1], 1.0))
        # Read-only from here: the weighted columns (weighted()) are copies derived from these
        # arrays, and must not silently disagree with a changed original.
        for value in vars(self).values():
            if isinstance(value, np.ndarray):
                value.flags.writeable = False
        for part in (self.skills.data, self.skills.indices, self.skills.indptr):
            part.flags.writeable = False

    @property
    def size(self) -> int:
        return len(self.ids)

    def weighted(self, weights: np.ndarray) -> "WeightedFeatures":
        """The batch's features weighted by ``weights``, kept with the batch so that every
        vacancy scored against it with the same model reuses the weighted columns. Only the
        last weight vector's are kept: a process scores with one model at a time."""
        weights = np.asarray(weights, dtype=np.float64)
        kept = self._weighted[0] if self._weighted else None
        if kept is None or not np.array_equal(kept.weights, weights):
            kept = WeightedFeatures(self, weights)
            self._weighted[:] = [kept]
        return kept

    @classmethod
    def from_candidates(
        cls, candidates: Sequence[CandidateData], vocabulary: dict[str, int] | None = None
    ) -> "CandidateBatch":
        """Encode candidates. ``vocabulary`` (skill key → column) is extended, never trimmed,
        so that every candidate skill has a column; pass one to share columns between batches."""
        candidates = tuple(candidates)
        skill_sets = [normalise_skills(c.skills) for c in candidates]
        vocab = dict(vocabulary or {})
        for keys in skill_sets:
            for key in sorted(keys):
                vocab.setdefault(key, len(vocab))
        indptr = np.zeros(len(candidates) + 1, dtype=np.int64)
        np.cumsum([len(keys) for keys in skill_sets], out=indptr[1:])
        indices = np.fromiter(
            (vocab[key] for keys in skill_sets for key in sorted(keys)),
            dtype=np.int32,
            count=int(indptr[-1]),
        )
        skills = sparse.csr_matrix(
            (np.ones(len(indices), dtype=np.float32), indices, indptr),
            shape=(len(candidates), max(len(vocab), 1)),
        )
        sector_index = _index(
            slug
            for c in candidates
            for group in (
                c.sectors,
                c.ssw_skill_tests,
                c.ssw2_skill_tests,
                c.titp_completed_sectors,
            )
            for slug in group
        )
        prefecture_index = _index(slug for c in candidates for slug in c.preferred_prefectures)
        ids = tuple(c.id for c in candidates)
        id_order = np.empty(len(ids), dtype=np.int64)
        id_order[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(len(ids))
        return cls(
            candidates=candidates,
            ids=ids,
            id_order=id_order,
            vocabulary=vocab,
            skills=skills,
            sector_index=sector_index,
            sectors=_multi_hot([c.sectors for c in candidates], sector_index),
            wants_any_sector=np.array([not c.sectors for c in candidates], dtype=bool),
            ssw_tests=_multi_hot([c.ssw_skill_tests for c in candidates], sector_index),
            ssw2_tests=_multi_hot([c.ssw2_skill_tests for c in candidates], sector_index),
            titp_sectors=_multi_hot([c.titp_completed_sectors for c in candidates], sector_index),
            prefecture_index=prefecture_index,
            prefectures=_multi_hot([c.preferred_prefectures for c in candidates], prefecture_index),
            anywhere=np.array([not c.preferred_prefectures for c in candidates], dtype=bool),
            japanese_rank=np.array([effective_japanese_rank(c) for c in candidates], dtype=np.int8),
            care_japanese_test=np.array([c.care_japanese_test for c in candidates], dtype=bool),
            desired_salary=np.array(
                [
                    float(c.desired_monthly_salary_jpy)
                    if c.desired_monthly_salary_jpy and c.desired_monthly_salary_jpy > 0
                    else np.nan
                    for c in candidates
                ],
                dtype=np.float64,
            ),
            experience_years=np.array([float(c.experience_years) for c in candidates]),
            has_degree=np.array([c.has_degree for c in candidates], dtype=bool),
        )

    def sector_column(self, matrix: np.ndarray, slug: str) -> np.ndarray:
        """One sector's column of a sector matrix; all False for a sector no candidate named."""
        column = self.sector_index.get(slug)
        if column is None:
            return np.zeros(self.size, dtype=bool)
        return matrix[:, column]

    def prefecture_column(self, slug: str) -> np.ndarray:
        column = self.prefecture_index.get(slug)
        if column is None:
            return np.zeros(self.size, dtype=bool)
        return self.prefectures[:, column]

    def subset(self, rows: np.ndarray) -> "CandidateBatch":
        """The same encoding restricted to some rows (used by the benchmark and the refresh)."""
        rows = np.asarray(rows)
        ids = tuple(self.ids[i] for i in rows)
        id_order = np.empty(len(ids), dtype=np.int64)
        id_order[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(len(ids))
        return CandidateBatch(
            candidates=tuple(self.candidates[i] for i in rows),
            ids=ids,
            id_order=id_order,
            vocabulary=self.vocabulary,
            skills=self.skills[rows],
            sector_index=self.sector_index,
            sectors=np.asfortranarray(self.sectors[rows]),
            wants_any_sector=self.wants_any_sector[rows],
            ssw_tests=np.asfortranarray(self.ssw_tests[rows]),
            ssw2_tests=np.asfortranarray(self.ssw2_tests[rows]),
            titp_sectors=np.asfortranarray(self.titp_sectors[rows]),
            prefecture_index=self.prefecture_index,
            prefectures=np.asfortranarray(self.prefectures[rows]),
            anywhere=self.anywhere[rows],
            japanese_rank=self.japanese_rank[rows],
            care_japanese_test=self.care_japanese_test[rows],
            desired_salary=self.desired_salary[rows],
            experience_years=self.experience_years[rows],
            has_degree=self.has_degree[rows],
        )


@dataclass(frozen=True)
class VacancyTerms:
    """The vacancy-side numbers every candidate shares, computed once per vacancy."""

    required: frozenset[str]
    preferred: frozenset[str]
    required_rank: int
    pay: float
    housing: float
    zero_fee: float
    floor_ratio: float
    professional: bool

    @classmethod
    def of(cls, vacancy: VacancyData, ref: ReferenceData) -> "VacancyTerms":
        floor = wage_floor(vacancy, ref)
        hourly = vacancy_hourly_pay(vacancy)
        ratio = hourly / floor - 1.0 if floor else 0.0
        return cls(
            required=normalise_skills(vacancy.required_skills),
            preferred=normalise_skills(vacancy.preferred_skills),
            required_rank=jlpt_rank(vacancy.min_jlpt_level),
            pay=float(vacancy.monthly_salary_jpy),
            housing=HOUSING_VALUES.get(vacancy.housing_support, 0.0),
            zero_fee=1.0 if vacancy.zero_fee else 0.0,
            floor_ratio=float(min(max(ratio, FLOOR_CLIP[0]), FLOOR_CLIP[1])),
            professional=vacancy.sector in ref.professional_sectors,
        )


def _coverage(
    out: np.ndarray,
    batch: CandidateBatch,
    keys: frozenset[str],
    empty: float,
    rows: np.ndarray | None = None,
) -> None:
    """Write the share of ``keys`` each candidate (of ``rows``, if given) has into ``out``."""
    if not keys:
        out.fill(empty)
        return
    # Count matches in small integers (a vacancy lists a few keys), touching only the rows that
    # hold one of the keys: each key's holders are a slice of key_rows. Then widen the counts
    # into the column in one pass.
    matched = np.zeros(batch.size, dtype=np.int8 if len(keys) < 128 else np.int32)
    for key in keys:
        column = batch.vocabulary.get(key)
        if column is not None:
            matched[batch.key_rows[batch.key_starts[column] : batch.key_starts[column + 1]]] += 1
    out[...] = matched if rows is None else matched[rows]
    if len(keys) > 1:
        out *= 1.0 / len(keys)


def vacancy_features(
    vacancy: VacancyData,
    batch: CandidateBatch,
    ref: ReferenceData,
    rows: np.ndarray | None = None,
) -> np.ndarray:
    """The (n_candidates, N_FEATURES) feature matrix of one vacancy against a whole batch, or
    against the batch rows ``rows`` only (in that order): the rows a ranking explains."""

    def take(values: np.ndarray) -> np.ndarray:
        return values if rows is None else values[rows]

    terms = VacancyTerms.of(vacancy, ref)
    # Column-major, allocated once and written in place column by column (most columns are one
    # copy from the batch's tables).
    size = batch.size if rows is None else len(rows)
    x = np.empty((size, N_FEATURES), dtype=np.float64, order="F")
    _coverage(x[:, 0], batch, terms.required, 1.0, rows)
    _coverage(x[:, 1], batch, terms.preferred, 0.0, rows)
    x[:, 2] = take(batch.japanese_gaps[:, terms.required_rank])
    np.greater_equal(take(batch.japanese_rank), terms.required_rank, out=x[:, 3])
    sector = batch.sector_index.get(vacancy.sector)
    if sector is None:  # no candidate named the field
        x[:, 4] = take(batch.other_sector_interest)
        x[:, 5] = 0.0
    else:
        x[:, 4] = take(batch.sector_interest[:, sector])
        x[:, 5] = take(batch.track_record[:, sector])
    prefecture = batch.prefecture_index.get(vacancy.prefecture)
    if prefecture is None:
        x[:, 6] = take(batch.other_prefecture_preference)
    else:
        x[:, 6] = take(batch.prefecture_preference[:, prefecture])
    pay_vs_wish = x[:, 7]
    wish_inverse = take(batch.wish_inverse)
    if terms.pay > 0:
        np.multiply(wish_inverse, terms.pay, out=pay_vs_wish)
        np.minimum(pay_vs_wish, take(batch.wish_cap), out=pay_vs_wish)
    else:  # unpaid: 0 for a wish, the neutral 1.0 without one
        np.copyto(pay_vs_wish, np.where(np.isinf(wish_inverse), 1.0, 0.0))
    experience = x[:, 8]
    np.subtract(take(batch.experience_years), float(vacancy.min_experience_years), out=experience)
    np.clip(experience, *EXPERIENCE_CLIP, out=experience)
    if terms.professional:
        x[:, 9] = take(batch.has_degree)
    else:
        x[:, 9] = 0.0
    x[:, 10] = terms.zero_fee
    x[:, 11] = terms.housing
    x[:, 12] = terms.floor_ratio
    return x


class WeightedFeatures:
    """``x @ weights`` for every candidate of a batch, without building ``x``.

    A linear scorer needs only the weighted sum of each candidate's features, and most features
    are a column of one of the batch's tables chosen by the vacancy (the sector's interest
    column, the prefecture's, the required JLPT level's). This class keeps those columns
    already multiplied by their weights, each built the first time a vacancy asks for it and
    reused by every later vacancy, so a vacancy's weighted sum is a few additions over one
    array: the skill coverages add their weight to the holders of each key, the features that
    are the same for every candidate (fees, housing, pay against the legal floor) are one
    number, and only pay against the wish and the experience gap are computed per vacancy.
    Building the 13-column matrix and multiplying it instead writes and reads ten times as many
    bytes (bench/bench_ranking.py prints both). Tests check the two agree on random and edge
    cases to rounding error.

    Get one with ``CandidateBatch.weighted(weights)``, which keeps it with the batch. It holds
    the batch weakly, so the two do not keep each other alive.

    Memory: one float64 column per JLPT level, sector and prefecture asked for so far (at most
    6 + sectors + prefectures columns of 8 bytes a candidate: 28 MiB for the 100,000 candidates
    of bench/bench_ranking.py with every one of them built), plus two float64 columns for pay and
    experience and the rows of the degree holders.
    """

    def __init__(self, batch: CandidateBatch, weights: np.ndarray) -> None:
        if weights.shape != (N_FEATURES,):
            raise ValueError(f"expected {N_FEATURES} weights, got shape {weights.shape}")
        self._batch = weakref.ref(batch)
        self.weights = np.array(weights, dtype=np.float64)
        self.weights.flags.writeable = False
        self._japanese: dict[int, np.ndarray] = {}
        self._sector: dict[int | None, np.ndarray] = {}
        self._prefecture: dict[int | None, np.ndarray] = {}
        w = self.weights
        # pay_vs_wish × w = min(wish_inverse × pay, wish_cap) × w: with the weight moved inside,
        # a negative weight turns the minimum into a maximum.
        self._wish_cap = batch.wish_cap * w[7]
        self._experience = batch.experience_years * w[8]
        self._degree_rows = np.flatnonzero(batch.has_degree)

    def _japanese_column(self, required_rank: int) -> np.ndarray:
        column = self._japanese.get(required_rank)
        if column is None:
            w, batch = self.weights, self.batch
            column = batch.japanese_gaps[:, required_rank].astype(np.float64) * w[2]
            column += (batch.japanese_rank >= required_rank) * w[3]
            self._japanese[required_rank] = column
        return column

    def _sector_column(self, sector: int | None) -> np.ndarray:
        column = self._sector.get(sector)
        if column is None:
            w, batch = self.weights, self.batch
            if sector is None:  # no candidate named the field: no track record either
                column = batch.other_sector_interest.astype(np.float64) * w[4]
            else:
                column = batch.sector_interest[:, sector].astype(np.float64) * w[4]
                column += batch.track_record[:, sector] * w[5]
            self._sector[sector] = column
        return column

    def _prefecture_column(self, prefecture: int | None) -> np.ndarray:
        column = self._prefecture.get(prefecture)
        if column is None:
            batch = self.batch
            if prefecture is None:
                table = batch.other_prefecture_preference
            else:
                table = batch.prefecture_preference[:, prefecture]
            column = table.astype(np.float64) * self.weights[6]
            self._prefecture[prefecture] = column
        return column

    @property
    def batch(self) -> CandidateBatch:
        batch = self._batch()
        if batch is None:
            raise RuntimeError("the CandidateBatch of these weighted features no longer exists")
        return batch

    def build_all(self) -> None:
        """Build every column a vacancy could ask for (to measure the most memory they take)."""
        batch = self.batch
        for rank in range(batch.japanese_gaps.shape[1]):
            self._japanese_column(rank)
        for sector in [None, *batch.sector_index.values()]:
            self._sector_column(sector)
        for prefecture in [None, *batch.prefecture_index.values()]:
            self._prefecture_column(prefecture)

    @property
    def nbytes(self) -> int:
        """Memory held by the weighted columns built so far."""
        arrays = [self._wish_cap, self._experience, self._degree_rows]
        for table in (self._japanese, self._sector, self._prefecture):
            arrays.extend(table.values())
        return sum(a.nbytes for a in arrays)

    def _add_coverage(self, total: np.ndarray, keys: frozenset[str], weight: float) -> None:
        """Add ``weight`` × (share of ``keys`` held) to each candidate's total."""
        batch = self.batch
        share = weight / len(keys)
        for key in keys:
            column = batch.vocabulary.get(key)
            if column is not None:
                # A key's holders are distinct rows, so this in-place add is exact per row.
                total[batch.key_rows[batch.key_starts[column] : batch.key_starts[column + 1]]] += (
                    share
                )

    def sums(self, vacancy: VacancyData, ref: ReferenceData) -> np.ndarray:
        """A new float64 array: ``vacancy_features(vacancy, batch, ref) @ weights``."""
        batch, w = self.batch, self.weights
        terms = VacancyTerms.of(vacancy, ref)
        total = np.add(
            self._japanese_column(terms.required_rank),
            self._sector_column(batch.sector_index.get(vacancy.sector)),
        )
        total += self._prefecture_column(batch.prefecture_index.get(vacancy.prefecture))
        scratch = np.empty_like(total)
        if terms.pay > 0 and w[7] != 0:
            np.multiply(batch.wish_inverse, terms.pay * w[7], out=scratch)
            (np.minimum if w[7] > 0 else np.maximum)(scratch, self._wish_cap, out=scratch)
            total += scratch
        elif w[7] != 0:  # unpaid: 0 for a wish, the neutral 1.0 without one
            total += np.where(np.isinf(batch.wish_inverse), w[7], 0.0)
        np.subtract(self._experience, float(vacancy.min_experience_years) * w[8], out=scratch)
        low, high = sorted((EXPERIENCE_CLIP[0] * w[8], EXPERIENCE_CLIP[1] * w[8]))
        np.clip(scratch, low, high, out=scratch)
        total += scratch
        constant = w[10] * terms.zero_fee + w[11] * terms.housing + w[12] * terms.floor_ratio
        if terms.required:
            self._add_coverage(total, terms.required, float(w[0]))
        else:
            constant += w[0]  # no required skills: full coverage
        if terms.preferred:
            self._add_coverage(total, terms.preferred, float(w[1]))
        if terms.professional:
            total[self._degree_rows] += w[9]
        total += constant
        return total


def naive_features(
    vacancy: VacancyData, candidate: CandidateData, ref: ReferenceData
) -> list[float]:
    """The same features for one pair, with plain Python: the reference the arrays must match."""
    required = normalise_skills(vacancy.required_skills)
    preferred = normalise_skills(vacancy.preferred_skills)
    skills = normalise_skills(candidate.skills)
    required_coverage = len(required & skills) / len(required) if required else 1.0
    preferred_coverage = len(preferred & skills) / len(preferred) if preferred else 0.0
    rank = effective_japanese_rank(candidate)
    required_rank = jlpt_rank(vacancy.min_jlpt_level)
    gap = min(max(rank - required_rank, JAPANESE_GAP_CLIP[0]), JAPANESE_GAP_CLIP[1])
    if vacancy.sector in candidate.sectors:
        interest = 1.0
    else:
        interest = 0.5 if not candidate.sectors else 0.0
    track = (
        vacancy.sector in candidate.ssw_skill_tests
        or vacancy.sector in candidate.ssw2_skill_tests
        or vacancy.sector in candidate.titp_completed_sectors
    )
    if vacancy.prefecture in candidate.preferred_prefectures:
        place = 1.0
    else:
        place = 0.5 if not candidate.preferred_prefectures else 0.0
    wish = candidate.desired_monthly_salary_jpy
    if wish and wish > 0:
        pay_vs_wish = min(
            max(vacancy.monthly_salary_jpy / wish, PAY_WISH_CLIP[0]), PAY_WISH_CLIP[1]
        )
    else:
        pay_vs_wish = 1.0
    experience = min(
        max(candidate.experience_years - vacancy.min_experience_years, EXPERIENCE_CLIP[0]),
        EXPERIENCE_CLIP[1],
    )
    degree = candidate.has_degree and vacancy.sector in ref.professional_sectors
    floor = wage_floor(vacancy, ref)
    floor_ratio = vacancy_hourly_pay(vacancy) / floor - 1.0 if floor else 0.0
    return [
        required_coverage,
        preferred_coverage,
        float(gap),
        1.0 if rank >= required_rank else 0.0,
        interest,
        1.0 if track else 0.0,
        place,
        float(pay_vs_wish),
        float(experience),
        1.0 if degree else 0.0,
        1.0 if vacancy.zero_fee else 0.0,
        HOUSING_VALUES.get(vacancy.housing_support, 0.0),
        min(max(floor_ratio, FLOOR_CLIP[0]), FLOOR_CLIP[1]),
    ]


__all__ = [
    "FEATURE_NAMES",
    "CandidateBatch",
    "WeightedFeatures",
    "naive_features",
    "vacancy_features",
]
