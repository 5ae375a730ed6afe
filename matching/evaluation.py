"""Measuring rankings: NDCG@k, eligible-first violations, and the two baselines the scorer must
beat (rules only; TF-IDF text similarity). Used by ``train_matcher`` and ``bench/eval_ranking.py``.
"""

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import roc_auc_score

from matching.types import CandidateData, VacancyData


def dcg(relevance: np.ndarray) -> float:
    gains = (2.0**relevance - 1.0) / np.log2(np.arange(2, len(relevance) + 2))
    return float(gains.sum())


def ndcg_at_k(
    relevance: np.ndarray, scores: np.ndarray, k: int = 10, tiebreak: np.ndarray | None = None
) -> float:
    """NDCG@k of ranking items by ``scores`` (higher first) against graded ``relevance``.

    Ties are broken by ``tiebreak`` (ascending) when given, else by position, so a baseline that
    scores many items equally is judged by a fixed order rather than by luck.
    """
    tiebreak = np.arange(len(scores)) if tiebreak is None else tiebreak
    order = np.lexsort((tiebreak, -scores))[:k]
    ideal = np.sort(relevance)[::-1][:k]
    best = dcg(ideal)
    return dcg(relevance[order]) / best if best > 0 else 1.0


def mean_ndcg(relevance: np.ndarray, scores: np.ndarray, groups: np.ndarray, k: int = 10) -> float:
    """Mean NDCG@k over groups (one ranking per vacancy); groups with no relevant item skipped."""
    values = []
    for group in np.unique(groups):
        rows = np.flatnonzero(groups == group)
        if relevance[rows].max() > 0:
            values.append(ndcg_at_k(relevance[rows], scores[rows], k))
    return float(np.mean(values)) if values else float("nan")


def eligible_first_violations(eligible: np.ndarray, scores: np.ndarray, groups: np.ndarray) -> int:
    """Rankings (groups) in which some ineligible item is placed above an eligible one."""
    violations = 0
    for group in np.unique(groups):
        rows = np.flatnonzero(groups == group)
        ranked = eligible[rows][np.lexsort((np.arange(len(rows)), -scores[rows]))]
        # Violation: an eligible item appears after the first ineligible one.
        first_ineligible = np.argmin(ranked) if not ranked.all() else len(ranked)
        if ranked[first_ineligible:].any():
            violations += 1
    return violations


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    return float(roc_auc_score(labels, scores)) if len(np.unique(labels)) == 2 else float("nan")


def vacancy_text(vacancy: VacancyData) -> str:
    return " ".join(
        (*vacancy.required_skills, *vacancy.preferred_skills, vacancy.sector.replace("_", " "))
    )


def candidate_text(candidate: CandidateData) -> str:
    return " ".join((*candidate.skills, *(s.replace("_", " ") for s in sorted(candidate.sectors))))


def tfidf_scores(
    vacancies: Sequence[VacancyData], candidates: Sequence[CandidateData], groups: np.ndarray
) -> np.ndarray:
    """Baseline: cosine similarity of TF-IDF vectors of skills and sector text, per pair.

    This is what a matcher built on text search alone would do: no rules, no synonyms beyond
    shared words, no view of the candidate's side.
    """
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
    corpus = [vacancy_text(v) for v in vacancies] + [candidate_text(c) for c in candidates]
    matrix = vectorizer.fit_transform(corpus)  # rows are L2-normalised: a dot is the cosine
    vacancy_rows = matrix[: len(vacancies)]
    candidate_rows = matrix[len(vacancies) :]
    return np.asarray(candidate_rows.multiply(vacancy_rows[groups]).sum(axis=1)).ravel()


def rules_only_scores(features: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Baseline: eligible first, then required-skill coverage, then preferred coverage."""
    return eligible * 10.0 + features[:, 0] + 0.1 * features[:, 1]
