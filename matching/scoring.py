"""The scorer: a standardised logistic regression over the features, and ranking with it.

Why logistic regression: each feature's weight can be read and explained ("required skills
count most"), its contribution to one pair's score is a product that reasons can cite, and it
needs little data. The trained scikit-learn Pipeline (StandardScaler → LogisticRegression) is
what is saved; for scoring it is folded into one weight vector and a bias (the scaler's centring
and scaling moved into the weights), with the pipeline's probabilities to rounding error (tests
check this). Scoring a vacancy against a batch then needs only each candidate's weighted feature
sum, which ``CandidateBatch.weighted`` computes from columns kept already multiplied by the
weights (matching.features.WeightedFeatures), and a sigmoid for the eligible candidates; the
feature matrix itself is built only for the rows that are explained.

Ordering is: eligible first, then score (descending), then id, so results are deterministic; a
page or a refresh that keeps the best K selects them in linear time and sorts only those. An
ineligible pair's ``score`` is 0, because it cannot lead to a hire; its ``fit`` (the scorer's
estimate before the rules) is kept on the Match for views that show near-misses.
"""

import dataclasses
import datetime
import functools
import hashlib
import json
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from matching.explain import Perspective, fit_reasons
from matching.features import FEATURE_NAMES, CandidateBatch, VacancyTerms, vacancy_features
from matching.rules import (
    JLPT_CODES,
    check_eligibility,
    effective_japanese_rank,
    eligibility_mask,
    pay_failure,
)
from matching.types import CandidateData, Match, Reason, ReferenceData, VacancyData

logger = logging.getLogger(__name__)

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DEFAULT_MODEL_PATH = ARTIFACTS / "matcher.joblib"
MODEL_FORMAT = 1
SCORE_DECIMALS = 4
MAX_REASONS = 5


class ModelCompatibilityError(Exception):
    """The saved model cannot be used with this code or this scikit-learn."""


def make_pipeline() -> Pipeline:
    return Pipeline(
        [
            ("scale", StandardScaler()),
            # L2-regularised and deterministic (lbfgs): the same data gives the same weights,
            # so the model version (a hash of the weights) is reproducible.
            ("model", LogisticRegression(C=1.0, max_iter=2_000)),
        ]
    )


@dataclass(frozen=True, eq=False)
class MatcherModel:
    """A trained scorer with its provenance, ready to score feature matrices."""

    pipeline: Pipeline
    model_version: str
    source: str
    trained_at: str
    sklearn_version: str
    feature_names: tuple[str, ...]
    metrics: dict[str, float] = field(default_factory=dict)
    # Derived from the pipeline: probability = sigmoid(X @ weights + bias).
    weights: np.ndarray = field(init=False, repr=False)
    bias: float = field(init=False, repr=False)
    centre: np.ndarray = field(init=False, repr=False)
    scale: np.ndarray = field(init=False, repr=False)
    coefficients: np.ndarray = field(init=False, repr=False)
    negated_weights: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        scaler: StandardScaler = self.pipeline.named_steps["scale"]
        model: LogisticRegression = self.pipeline.named_steps["model"]
        coefficients = model.coef_.ravel().astype(np.float64)
        centre = np.asarray(scaler.mean_, dtype=np.float64)
        scale = np.asarray(scaler.scale_, dtype=np.float64)
        weights = coefficients / scale
        object.__setattr__(self, "coefficients", coefficients)
        object.__setattr__(self, "centre", centre)
        object.__setattr__(self, "scale", scale)
        object.__setattr__(self, "weights", np.ascontiguousarray(weights))
        object.__setattr__(self, "negated_weights", np.ascontiguousarray(-weights))
        object.__setattr__(self, "bias", float(model.intercept_[0] - np.dot(weights, centre)))

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Probability of a good outcome for each row of a feature matrix."""
        if np.ndim(x) != 2:
            return np.asarray(expit(np.matmul(x, self.weights) + self.bias))
        # One pass over the matrix on this core. einsum does not hand the product to a
        # multithreaded BLAS: for one vacancy against a batch the product is a fraction of a
        # millisecond, and waking BLAS threads on a machine whose other core is busy (the web
        # server, the database, a second refresh worker) costs more than it saves.
        negated = np.einsum("ij,j->i", x, self.negated_weights)
        return _sigmoid_of_negated(negated, self.bias)

    def logits(self, vacancy: VacancyData, batch: CandidateBatch, ref: ReferenceData) -> np.ndarray:
        """The log-odds of every candidate in the batch for one vacancy (a new array), from the
        batch's weighted feature columns: the same numbers as ``x @ weights + bias`` on
        ``vacancy_features``, without building ``x`` (see WeightedFeatures)."""
        total = batch.weighted(self.weights).sums(vacancy, ref)
        total += self.bias
        return total

    def contributions(self, row: np.ndarray) -> np.ndarray:
        """Each feature's push on the log-odds, relative to an average training pair."""
        return self.coefficients * (row - self.centre) / self.scale

    def describe(self) -> dict[str, float]:
        """Standardised coefficients by feature name, for people reading what the model learnt."""
        return {
            name: round(float(c), 4)
            for name, c in zip(self.feature_names, self.coefficients, strict=True)
        }


def _sigmoid_of_negated(negated: np.ndarray, bias: float) -> np.ndarray:
    """1 / (1 + exp(-(logits + bias))) from ``negated`` = -logits, overwritten in place: four
    passes over one array and no temporaries, where ``expit(logits + bias)`` allocates twice and
    runs a slower, general kernel. The result equals expit's to within a few units in the last
    place (the weights are negated, not the product, so no pass is spent on the sign)."""
    z = negated
    np.subtract(z, bias, out=z)
    with np.errstate(over="ignore"):  # exp overflows to inf for logits below -709: probability 0
        np.exp(z, out=z)
    np.add(z, 1.0, out=z)
    np.reciprocal(z, out=z)
    return z


def probabilities(logits: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-logits)) as a new array (see _sigmoid_of_negated)."""
    return _sigmoid_of_negated(np.negative(logits), 0.0)


def _version(source: str, pipeline: Pipeline, when: datetime.date) -> str:
    model: LogisticRegression = pipeline.named_steps["model"]
    scaler: StandardScaler = pipeline.named_steps["scale"]
    payload = json.dumps(
        {
            "features": FEATURE_NAMES,
            "coef": np.round(model.coef_, 8).tolist(),
            "intercept": np.round(model.intercept_, 8).tolist(),
            "mean": np.round(scaler.mean_, 8).tolist(),
            "scale": np.round(scaler.scale_, 8).tolist(),
        }
    )
    digest = hashlib.sha256(payload.encode()).hexdigest()[:8]
    return f"{source}-{when:%Y.%m}-{digest}"


def train_model(
    x: np.ndarray,
    y: np.ndarray,
    *,
    source: str,
    metrics: dict[str, float] | None = None,
    when: datetime.date | None = None,
) -> MatcherModel:
    """Fit the pipeline on a feature matrix and 0/1 outcomes."""
    if x.shape[1] != len(FEATURE_NAMES):
        raise ValueError(f"expected {len(FEATURE_NAMES)} features, got {x.shape[1]}")
    if len(np.unique(y)) < 2:
        raise ValueError("training needs both good and poor outcomes")
    pipeline = make_pipeline().fit(x, y)
    when = when or datetime.date.today()
    return MatcherModel(
        pipeline=pipeline,
        model_version=_version(source, pipeline, when),
        source=source,
        trained_at=when.isoformat(),
        sklearn_version=sklearn.__version__,
        feature_names=FEATURE_NAMES,
        metrics=dict(metrics or {}),
    )


def train_bootstrap_model(when: datetime.date | None = None) -> MatcherModel:
    """The default model: trained on the eligible pairs of the synthetic bootstrap set, less the
    vacancies held out for evaluation (the same split ``train_matcher`` reports on)."""
    from matching.bootstrap import generate_pairs, held_out_groups

    pairs = generate_pairs()
    rows = pairs.eligible & ~held_out_groups(pairs)
    return train_model(pairs.features[rows], pairs.labels[rows], source="bootstrap", when=when)


def save_model(model: MatcherModel, path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(
        {
            "format": MODEL_FORMAT,
            "model_version": model.model_version,
            "source": model.source,
            "trained_at": model.trained_at,
            "sklearn_version": model.sklearn_version,
            "feature_names": list(model.feature_names),
            "metrics": model.metrics,
            "pipeline": model.pipeline,
        },
        path,
        compress=3,
    )
    return path


def load_model(path: Path | str = DEFAULT_MODEL_PATH) -> MatcherModel:
    """Load a saved model; ModelCompatibilityError if it does not fit this code or scikit-learn.

    The file is a pickle: load only files this project wrote.
    """
    path = Path(path)
    hint = "Run `python manage.py train_matcher --bootstrap` to train a new one."
    try:
        with warnings.catch_warnings():
            # scikit-learn warns when unpickling another version's estimator; the version check
            # below turns that into one clear message instead.
            warnings.simplefilter("ignore")
            payload: dict[str, Any] = joblib.load(path)
    except FileNotFoundError as error:
        raise ModelCompatibilityError(f"No matcher model at {path}. {hint}") from error
    except Exception as error:  # noqa: BLE001 - any unpickling failure means "retrain"
        raise ModelCompatibilityError(
            f"Cannot read the matcher model {path}: {error}. {hint}"
        ) from error
    if not isinstance(payload, dict) or payload.get("format") != MODEL_FORMAT:
        raise ModelCompatibilityError(
            f"{path} is not a matcher model of format {MODEL_FORMAT}. {hint}"
        )
    if payload["sklearn_version"] != sklearn.__version__:
        raise ModelCompatibilityError(
            f"{path} was trained with scikit-learn {payload['sklearn_version']}, but "
            f"{sklearn.__version__} is installed. {hint}"
        )
    if tuple(payload["feature_names"]) != FEATURE_NAMES:
        raise ModelCompatibilityError(
            f"{path} was trained on other features than this code computes. {hint}"
        )
    return MatcherModel(
        pipeline=payload["pipeline"],
        model_version=payload["model_version"],
        source=payload["source"],
        trained_at=payload["trained_at"],
        sklearn_version=payload["sklearn_version"],
        feature_names=tuple(payload["feature_names"]),
        metrics=dict(payload.get("metrics") or {}),
    )


def load_default_model(
    path: Path | str = DEFAULT_MODEL_PATH, notify: Callable[[str], None] | None = None
) -> MatcherModel:
    """The shipped model; if it cannot be used here, say why and retrain the bootstrap model in
    memory (deterministic, about two seconds) rather than refuse to rank."""
    try:
        return load_model(path)
    except ModelCompatibilityError as error:
        message = f"{error} Using a bootstrap model retrained in memory for now."
        (notify or logger.warning)(message)
        return train_bootstrap_model()


# --- Scoring and ranking ---------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchScores:
    """One vacancy scored against a whole batch; arrays aligned with the batch's rows.

    The scorer's probability (``fit``) is worked out only where it is read: for the eligible
    rows when scoring (their ``score``), for the others only if they are ordered or explained.
    Exponentials are most of a sigmoid's cost, and most candidates are usually ineligible.
    """

    logits: np.ndarray  # the scorer's log-odds, before the hard rules
    eligible: np.ndarray
    score: np.ndarray  # fit for eligible rows, 0 otherwise; rounded as published
    # np.flatnonzero(eligible), when whoever built the scores already had it.
    eligible_rows: np.ndarray | None = field(default=None, repr=False, compare=False)

    @functools.cached_property
    def fit(self) -> np.ndarray:
        """The scorer's probability for every row, before the hard rules."""
        return probabilities(self.logits)

    def fit_of(self, rows: np.ndarray) -> np.ndarray:
        """The scorer's probability for some rows."""
        if "fit" in self.__dict__:
            return self.fit[rows]
        return probabilities(self.logits[rows])

    def _eligible_rows(self) -> np.ndarray:
        if self.eligible_rows is None:
            return np.flatnonzero(self.eligible)
        return self.eligible_rows

    def order(self, id_order: np.ndarray, top: int | None = None) -> np.ndarray:
        """Row indices best first: eligible, then score descending, then id; the ineligible
        (score 0) follow, nearest misses (highest fit) first.

        With ``top``, only the best ``top``: they are selected in linear time and only they are
        sorted, so the best 200 of 100,000 cost a small part of the full order.
        """
        eligible = self._eligible_rows()
        if top is None or top >= len(self.score):
            return np.concatenate(
                (self._by_score(eligible, id_order), self._ineligible_by_score(id_order))
            )
        if top <= 0:
            return np.zeros(0, dtype=np.intp)
        if len(eligible) > top:
            # Every eligible row at least as good as the top-th (ties included), then sort that
            # small set exactly.
            scores = self.score[eligible]
            kth = len(scores) - top
            threshold = np.partition(scores, kth)[kth]
            return self._by_score(eligible[scores >= threshold], id_order)[:top]
        return np.concatenate(
            (
                self._by_score(eligible, id_order),
                self._ineligible_by_score(id_order, top - len(eligible)),
            )
        )

    def _by_score(self, rows: np.ndarray, id_order: np.ndarray) -> np.ndarray:
        """``rows`` by score descending, then id."""
        scores = self.score[rows]
        if len(rows) > 2_048:
            # Scores are rounded to SCORE_DECIMALS, so one integer key (score steps, then the id's
            # position) sorts many of them in one argsort. Checked, not assumed.
            steps = np.rint(scores * 10**SCORE_DECIMALS)
            if np.array_equal(steps / 10**SCORE_DECIMALS, scores) and steps.min() >= 0:
                key = (steps.max() - steps).astype(np.int64) * (len(id_order) + 1)
                key += id_order[rows]
                return rows[np.argsort(key)]
        return rows[np.lexsort((id_order[rows], -scores))]

    def _ineligible_by_score(self, id_order: np.ndarray, count: int | None = None) -> np.ndarray:
        """The ineligible rows in order (the first ``count`` of them if given).

        Their score is 0, so among them the nearest misses come first: the scorer's fit
        (rounded as scores are), then the id. An employer or a partner reading the list sees the
        candidates who would fit best once the missing rule is met at the top of that part.
        """
        rows = np.flatnonzero(~self.eligible)
        if count is not None and count <= 0:
            return rows[:0]
        # Every ineligible row is ordered: work out (and keep) the whole fit column when the
        # whole order is asked for, since the caller will read it again.
        fit = np.round(self.fit[rows] if count is None else self.fit_of(rows), SCORE_DECIMALS)
        ordered = rows[np.lexsort((id_order[rows], -fit, -self.score[rows]))]
        return ordered if count is None else ordered[:count]


def score_batch(
    vacancy: VacancyData, batch: CandidateBatch, ref: ReferenceData, model: MatcherModel
) -> BatchScores:
    """Scores and eligibility of every candidate in the batch, vectorised."""
    logits = model.logits(vacancy, batch, ref)
    eligible = eligibility_mask(vacancy, batch, ref)
    rows = np.flatnonzero(eligible)
    score = np.zeros(len(logits), dtype=np.float64)
    score[rows] = np.round(probabilities(logits[rows]), SCORE_DECIMALS)
    return BatchScores(logits=logits, eligible=eligible, score=score, eligible_rows=rows)


def _match(
    vacancy: VacancyData,
    candidate: CandidateData,
    ref: ReferenceData,
    model: MatcherModel,
    row: np.ndarray,
    fit: float,
    eligible: bool,
    score: float,
    terms: VacancyTerms,
    perspective: Perspective,
    both_perspectives: bool = False,
) -> Match:
    failures = () if eligible else tuple(check_eligibility(candidate, vacancy, ref))
    contributions = model.contributions(row)
    limit = MAX_REASONS if eligible else max(2, MAX_REASONS - len(failures))

    def explain(side: Perspective) -> tuple[Reason, ...]:
        return fit_reasons(
            vacancy, candidate, terms, row, contributions, perspective=side, limit=limit
        )

    if both_perspectives:
        # Stored matches are read by both sides, so they keep both explanations.
        reasons, candidate_reasons = explain("employer"), explain("candidate")
    else:
        reasons, candidate_reasons = explain(perspective), ()
    return Match(
        candidate_id=candidate.id,
        vacancy_id=vacancy.id,
        score=float(score),
        eligible=bool(eligible),
        reasons=reasons,
        failures=failures,
        fit=round(float(fit), SCORE_DECIMALS),
        candidate_reasons=candidate_reasons,
    )


def rank(
    vacancy: VacancyData,
    batch: CandidateBatch,
    ref: ReferenceData,
    model: MatcherModel,
    *,
    top: int | None = None,
    both_perspectives: bool = False,
) -> list[Match]:
    """Candidates for one vacancy, best first, with reasons (for the best ``top`` if given).

    With ``both_perspectives``, ``Match.reasons`` speak to the employer and
    ``Match.candidate_reasons`` to the candidate (for stored matches that both sides read).
    """
    scores = score_batch(vacancy, batch, ref, model)
    terms = VacancyTerms.of(vacancy, ref)
    rows = scores.order(batch.id_order, top)
    # Features (for the reasons) and fit only for the rows returned.
    features = vacancy_features(vacancy, batch, ref, rows)
    fit = scores.fit_of(rows)
    return [
        _match(
            vacancy,
            batch.candidates[i],
            ref,
            model,
            features[k],
            fit[k],
            scores.eligible[i],
            scores.score[i],
            terms,
            "employer",
            both_perspectives,
        )
        for k, i in enumerate(rows)
    ]


def rank_vacancies_for_candidate(
    candidate: CandidateData,
    vacancies: Sequence[VacancyData],
    ref: ReferenceData,
    model: MatcherModel,
    *,
    top: int | None = None,
    both_perspectives: bool = False,
) -> list[Match]:
    """A candidate's "Jobs for you": vacancies best first, with reasons in the candidate's terms.

    With ``both_perspectives``, reasons are as described in ``rank``.

    One candidate against many vacancies is the transpose of ranking; the candidate is encoded
    once as a one-row batch and each vacancy runs through the same vectorised feature code, so
    both directions share one definition of every feature. A site has hundreds or thousands of
    open vacancies, a few milliseconds in all; the rows are then scored in one product.
    """
    if not vacancies:
        return []
    batch = CandidateBatch.from_candidates([candidate])
    x = np.vstack([vacancy_features(vacancy, batch, ref) for vacancy in vacancies])
    # einsum, not BLAS, for the reason given in MatcherModel.predict.
    logits = np.einsum("ij,j->i", x, model.weights) + model.bias
    fit = probabilities(logits)
    failures = [check_eligibility(candidate, vacancy, ref) for vacancy in vacancies]
    eligible = np.array([not f for f in failures], dtype=bool)
    score = np.round(np.where(eligible, fit, 0.0), SCORE_DECIMALS)
    ids = np.array([v.id for v in vacancies], dtype=object)
    id_order = np.empty(len(ids), dtype=np.int64)
    id_order[np.argsort(ids, kind="stable")] = np.arange(len(ids))
    order = BatchScores(logits=logits, eligible=eligible, score=score).order(id_order, top)
    return [
        _match(
            vacancies[i],
            candidate,
            ref,
            model,
            x[i],
            fit[i],
            eligible[i],
            score[i],
            VacancyTerms.of(vacancies[i], ref),
            "candidate",
            both_perspectives,
        )
        for i in order
    ]


# --- Unlock hints -------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnlockHint:
    """One improvement and the currently closed vacancies it would open."""

    reason: Reason  # render with matching.reasons.render_reason
    count: int
    vacancy_ids: tuple[str, ...]


def _improvements(
    candidate: CandidateData, vacancies: Sequence[VacancyData], ref: ReferenceData
) -> list[tuple[Reason, CandidateData]]:
    """Single steps a candidate could take, each with the candidate as they would be after it."""
    steps: list[tuple[Reason, CandidateData]] = []
    rank_now = effective_japanese_rank(candidate)
    if rank_now < 5:
        # One level above what their certificates are worth now: a JFT-Basic holder gains
        # nothing from N5, so the next useful JLPT is N3.
        level = JLPT_CODES[rank_now + 1]
        steps.append(
            (
                Reason("unlock_jlpt", {"level": level}),
                dataclasses.replace(candidate, jlpt_level=level),
            )
        )
    if not candidate.jft_basic and rank_now < 2:
        steps.append(
            (Reason("unlock_jft_basic", {}), dataclasses.replace(candidate, jft_basic=True))
        )
    wanted = [s for s in sorted(candidate.sectors)] or sorted({v.sector for v in vacancies})
    for sector in wanted:
        if sector in ref.ssw_sectors and sector not in candidate.ssw_skill_tests:
            steps.append(
                (
                    Reason("unlock_ssw_skill_test", {"sector": sector}),
                    dataclasses.replace(
                        candidate, ssw_skill_tests=candidate.ssw_skill_tests | {sector}
                    ),
                )
            )
        if sector in ref.ssw2_sectors and sector not in candidate.ssw2_skill_tests:
            steps.append(
                (
                    Reason("unlock_ssw2_skill_test", {"sector": sector}),
                    dataclasses.replace(
                        candidate, ssw2_skill_tests=candidate.ssw2_skill_tests | {sector}
                    ),
                )
            )
    if not candidate.care_japanese_test:
        steps.append(
            (
                Reason("unlock_care_japanese_test", {}),
                dataclasses.replace(candidate, care_japanese_test=True),
            )
        )
    return steps


def unlock_hints(
    candidate: CandidateData, vacancies: Sequence[VacancyData], ref: ReferenceData
) -> list[UnlockHint]:
    """Which single improvement would make the most currently closed vacancies eligible.

    Returns every improvement that opens at least one vacancy, most vacancies first. A vacancy
    closed by its own pay (below the minimum wage) cannot be opened by the candidate and is
    never counted.
    """
    closed = [
        v for v in vacancies if pay_failure(v, ref) is None and check_eligibility(candidate, v, ref)
    ]
    found: list[tuple[int, UnlockHint]] = []
    for order, (reason, improved) in enumerate(_improvements(candidate, closed, ref)):
        opened = tuple(v.id for v in closed if not check_eligibility(improved, v, ref))
        if opened:
            params = {**reason.params, "count": len(opened)}
            found.append((order, UnlockHint(Reason(reason.code, params), len(opened), opened)))
    found.sort(key=lambda item: (-item[1].count, item[0]))
    return [hint for _, hint in found]
