"""python manage.py train_matcher [--bootstrap] [--output PATH]

Trains the scorer, reports it on held-out vacancies beside two baselines (rules only, TF-IDF text
similarity), and writes a new versioned model file. Without --bootstrap it trains on recorded
outcomes when there are enough, and otherwise says so and uses the bootstrap set.
"""

from pathlib import Path
from typing import Any

import numpy as np
from django.core.management.base import BaseCommand, CommandParser

from matching.bootstrap import PairSet, generate_pairs, held_out_groups
from matching.evaluation import auc, mean_ndcg, rules_only_scores, tfidf_scores
from matching.scoring import DEFAULT_MODEL_PATH, save_model, train_model
from matching.types import CandidateData

# Fewer outcomes than this and a model learns the noise of a few interviews, not the pattern.
MIN_OUTCOMES = 500


def outcomes_from_database() -> PairSet | None:
    """Recorded outcomes as a PairSet, or None when no application has an outcome yet.

    An application that reached an interview, an offer or a hire is a positive example; one the
    employer rejected before any interview, or that the candidate withdrew, a negative one, and
    so is a pair an employer marked "not a fit" or a candidate "not interested". Applications still waiting (applied, screening) teach nothing yet. Features
    are computed with ``matching.features`` from the profile and vacancy as they are now (the
    site keeps no snapshot of them), so training and ranking share one definition.
    """
    from applications.models import Application, Dismissal, StageChange
    from applications.stages import POSITIVE_STAGES, Stage
    from matching import selectors
    from matching.features import CandidateBatch, vacancy_features
    from matching.reference_data import load_reference_data
    from matching.rules import eligibility_mask

    reached = set(
        StageChange.objects.filter(to_stage__in=POSITIVE_STAGES).values_list(
            "application_id", flat=True
        )
    )
    decided = Application.objects.filter(
        stage__in=[*POSITIVE_STAGES, Stage.REJECTED, Stage.WITHDRAWN]
    ).values_list("pk", "candidate_id", "vacancy_id")
    rows = [(pk, c, v, 1 if pk in reached else 0) for pk, c, v in decided]
    # "Not a fit" (employer) and "not interested" (candidate) are negative outcomes too.
    applied_pairs = {(c, v) for _, c, v, _ in rows}
    for c, v in Dismissal.objects.values_list("candidate_id", "vacancy_id").distinct():
        if (c, v) not in applied_pairs:
            rows.append((0, c, v, 0))  # no application: the first field is unused
            applied_pairs.add((c, v))
    if not rows:
        return None
    from accounts.models import CandidateProfile
    from employers.models import Vacancy

    ref = load_reference_data()
    candidates = {
        int(c.id): c
        for c in selectors.candidate_data(
            CandidateProfile.objects.filter(pk__in={c for _, c, _, _ in rows})
        )
    }
    vacancies = {
        int(v.id): v
        for v in selectors.vacancy_data(
            Vacancy.objects.filter(pk__in={v for _, _, v, _ in rows})
            .select_related("sector", "prefecture", "min_jlpt_level")
            .prefetch_related("visa_types")
        )
    }
    vacancy_ids = sorted(vacancies)
    features: list[np.ndarray] = []
    eligible: list[np.ndarray] = []
    labels: list[int] = []
    group: list[int] = []
    pair_candidates: list[CandidateData] = []
    for index, vacancy_id in enumerate(vacancy_ids):
        pairs = [(c, label) for _, c, v, label in rows if v == vacancy_id and c in candidates]
        if not pairs:
            continue
        batch = CandidateBatch.from_candidates([candidates[c] for c, _ in pairs])
        features.append(vacancy_features(vacancies[vacancy_id], batch, ref))
        eligible.append(eligibility_mask(vacancies[vacancy_id], batch, ref))
        labels.extend(label for _, label in pairs)
        group.extend([index] * len(pairs))
        pair_candidates.extend(candidates[c] for c, _ in pairs)
    if not labels:
        return None
    label_array = np.asarray(labels, dtype=np.float64)
    return PairSet(
        features=np.vstack(features),
        labels=label_array,
        suitability=label_array,  # real outcomes have no latent score; the label stands in
        eligible=np.concatenate(eligible),
        group=np.array(group),
        vacancies=tuple(vacancies[v] for v in vacancy_ids),
        candidates=tuple(pair_candidates),
        ref=ref,
    )


class Command(BaseCommand):
    help = "Train the matcher's scorer, compare it with baselines, and save a versioned model."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--bootstrap", action="store_true", help="train on the synthetic bootstrap set"
        )
        parser.add_argument(
            "--output",
            default=str(DEFAULT_MODEL_PATH),
            help=f"where to write the model (default: {DEFAULT_MODEL_PATH})",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        pairs: PairSet | None = None
        source = "bootstrap"
        if not options["bootstrap"]:
            pairs = outcomes_from_database()
            if pairs is None:
                self.stdout.write(
                    "No recorded outcomes to learn from yet (no application has reached an "
                    "interview, a hire, a rejection or a withdrawal); training on the bootstrap "
                    "set instead."
                )
            elif len(pairs.labels) < MIN_OUTCOMES:
                self.stdout.write(
                    f"Only {len(pairs.labels)} recorded outcomes (fewer than {MIN_OUTCOMES}); "
                    "training on the bootstrap set instead."
                )
                pairs = None
            else:
                source = "outcomes"
        if pairs is None:
            pairs = generate_pairs()

        held = held_out_groups(pairs)
        train = ~held & pairs.eligible
        model = train_model(pairs.features[train], pairs.labels[train], source=source)

        # Held-out evaluation. AUC: on eligible pairs, how well each method separates good
        # outcomes from poor ones. NDCG@10: each held-out vacancy's whole pool ranked, with a
        # pair relevant only if it is eligible and had a good outcome.
        test = held
        groups = pairs.group[test]
        eligible = pairs.eligible[test]
        labels = pairs.labels[test]
        relevance = (labels * eligible).astype(float)
        fit = model.predict(pairs.features[test])
        tfidf = tfidf_scores(
            pairs.vacancies, [pairs.candidates[i] for i in np.flatnonzero(test)], groups
        )
        rules = rules_only_scores(pairs.features[test], eligible)
        ranked = {
            "matcher": np.where(eligible, 1.0 + fit, fit * 0.0),
            "rules only": rules,
            "TF-IDF": tfidf,
        }
        point = {"matcher": fit, "rules only": rules, "TF-IDF": tfidf}
        metrics: dict[str, float] = {}
        self.stdout.write(
            f"Trained on {int(train.sum())} eligible pairs; held out {len(np.unique(groups))} "
            f"vacancies ({int(test.sum())} pairs, {int(eligible.sum())} eligible)."
        )
        self.stdout.write(f"{'method':<12} {'ROC AUC':>8} {'NDCG@10':>8}")
        for name in ranked:
            roc = auc(labels[eligible], point[name][eligible])
            ndcg = mean_ndcg(relevance, ranked[name], groups)
            metrics[f"{name} auc"] = round(roc, 4)
            metrics[f"{name} ndcg@10"] = round(ndcg, 4)
            self.stdout.write(f"{name:<12} {roc:>8.3f} {ndcg:>8.3f}")

        model = train_model(
            pairs.features[train], pairs.labels[train], source=source, metrics=metrics
        )
        path = save_model(model, Path(options["output"]))
        self.stdout.write(f"Model version: {model.model_version}")
        self.stdout.write(f"Saved to {path}")
