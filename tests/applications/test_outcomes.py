"""What Tanaka decides about applicants becomes what the scorer learns from."""

import datetime

import numpy as np
import pytest
from django.utils import timezone

from applications import services
from applications.stages import Stage
from matching.features import N_FEATURES
from matching.management.commands.train_matcher import outcomes_from_database
from tests.applications.factories import ApplicationFactory
from tests.applications.helpers import profile_of
from tests.factories import CandidateProfileFactory, VacancyFactory

pytestmark = pytest.mark.django_db


def interview(application, by):
    return services.application_transition(
        application=application,
        to=Stage.INTERVIEW,
        by=by,
        interview_at=timezone.now() + datetime.timedelta(days=5),
        interview_place="Tanaka Foods, Hakata factory",
    )


def reject(application, by):
    return services.application_transition(
        application=application, to=Stage.REJECTED, by=by, rejection_reason="Full."
    )


def labels_by_candidate(pairs) -> dict[int, float]:
    return {
        int(c.id): float(label) for c, label in zip(pairs.candidates, pairs.labels, strict=True)
    }


@pytest.fixture
def decided(tanaka, lan, minh, bento_line):
    """Tanaka interviewed Lan and rejected Minh without an interview."""
    lans = ApplicationFactory.create(candidate=profile_of(lan), vacancy=bento_line)
    minhs = ApplicationFactory.create(candidate=profile_of(minh), vacancy=bento_line)
    interview(lans, tanaka)
    reject(minhs, tanaka)
    return lans, minhs


def test_with_no_application_there_is_nothing_to_learn():
    assert outcomes_from_database() is None


def test_pending_applications_teach_nothing_yet(lan, minh, bento_line, tanaka):
    ApplicationFactory.create(candidate=profile_of(lan), vacancy=bento_line)
    screened = ApplicationFactory.create(candidate=profile_of(minh), vacancy=bento_line)
    services.application_transition(application=screened, to=Stage.SCREENING, by=tanaka)

    assert outcomes_from_database() is None


def test_an_interview_is_a_positive_example_and_a_rejection_before_it_a_negative(
    decided, lan, minh
):
    pairs = outcomes_from_database()

    assert labels_by_candidate(pairs) == {profile_of(lan).pk: 1.0, profile_of(minh).pk: 0.0}


def test_the_pairs_have_one_row_of_features_each(decided):
    pairs = outcomes_from_database()

    assert pairs.features.shape == (2, N_FEATURES)
    assert np.isfinite(pairs.features).all()
    assert pairs.eligible.shape == pairs.labels.shape == pairs.group.shape == (2,)
    assert len(pairs.candidates) == 2
    assert [v.id for v in pairs.vacancies] == [str(decided[0].vacancy_id)]


def test_pending_applications_are_left_out_beside_decided_ones(decided, bento_line):
    ApplicationFactory.create(vacancy=bento_line)  # Hoa applied yesterday

    pairs = outcomes_from_database()

    assert len(pairs.labels) == 2


def test_a_rejection_after_an_interview_still_counts_as_reaching_it(decided, tanaka, lan):
    lans, _ = decided
    reject(lans, tanaka)

    assert labels_by_candidate(outcomes_from_database())[profile_of(lan).pk] == 1.0


def test_a_hire_is_a_positive_example(decided, tanaka, lan):
    lans, _ = decided
    services.application_transition(application=lans, to=Stage.OFFER, by=tanaka)
    services.application_transition(application=lans, to=Stage.HIRED, by=tanaka)

    assert labels_by_candidate(outcomes_from_database())[profile_of(lan).pk] == 1.0


def test_a_withdrawal_before_an_interview_is_a_negative_example(lan, bento_line):
    application = ApplicationFactory.create(candidate=profile_of(lan), vacancy=bento_line)
    services.application_transition(application=application, to=Stage.WITHDRAWN, by=lan)

    assert labels_by_candidate(outcomes_from_database()) == {profile_of(lan).pk: 0.0}


def test_outcomes_are_grouped_by_vacancy(decided, tanaka, tanaka_foods):
    packing = VacancyFactory.create(company=tanaka_foods, title="Packing")
    for profile in CandidateProfileFactory.create_batch(3):
        reject(ApplicationFactory.create(candidate=profile, vacancy=packing), tanaka)

    pairs = outcomes_from_database()

    assert pairs.features.shape == (5, N_FEATURES)
    assert sorted(np.bincount(pairs.group).tolist()) == [2, 3]
    for index, vacancy in enumerate(pairs.vacancies):
        in_group = [c.id for c, g in zip(pairs.candidates, pairs.group, strict=True) if g == index]
        assert len(in_group) == (3 if vacancy.id == str(packing.pk) else 2)
