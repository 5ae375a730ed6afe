"""Who may move an application where: the pipeline's table, checked move by move."""

import itertools

import pytest

from applications.stages import FINAL_STAGES, TRANSITIONS, Side, Stage, allowed_moves, can_move

A, S, I, O, H, R, W = (  # noqa: E741 - one letter per stage keeps the table readable
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEW,
    Stage.OFFER,
    Stage.HIRED,
    Stage.REJECTED,
    Stage.WITHDRAWN,
)

# Every move the pipeline allows; anything not listed here is refused.
EXPECTED: dict[tuple[Stage, Side], set[Stage]] = {
    (A, Side.EMPLOYER): {S, I, R},
    (A, Side.CANDIDATE): {W},
    (S, Side.EMPLOYER): {I, R},
    (S, Side.CANDIDATE): {W},
    (I, Side.EMPLOYER): {I, O, R},
    (I, Side.CANDIDATE): {W},
    (O, Side.EMPLOYER): {H, R},
    (O, Side.CANDIDATE): {W},
}


@pytest.mark.parametrize(
    ("stage", "side"),
    list(itertools.product(Stage, Side)),
    ids=lambda value: str(value),
)
def test_each_side_may_make_exactly_the_listed_moves(stage, side):
    assert set(allowed_moves(stage, side)) == EXPECTED.get((stage, side), set())


@pytest.mark.parametrize(
    ("stage", "to", "side"),
    list(itertools.product(Stage, Stage, Side)),
    ids=lambda value: str(value),
)
def test_can_move_agrees_with_the_table(stage, to, side):
    assert can_move(stage, to, side) is (to in EXPECTED.get((stage, side), set()))


@pytest.mark.parametrize("stage", sorted(FINAL_STAGES), ids=str)
def test_a_final_stage_allows_no_move_at_all(stage):
    assert TRANSITIONS[stage] == {}
    assert allowed_moves(stage, Side.EMPLOYER) == []
    assert allowed_moves(stage, Side.CANDIDATE) == []


def test_the_final_stages_are_hired_rejected_and_withdrawn():
    assert FINAL_STAGES == {H, R, W}


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_a_candidate_never_moves_an_application_to_screening(stage):
    assert not can_move(stage, S, Side.CANDIDATE)


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_an_employer_never_withdraws_an_application(stage):
    assert not can_move(stage, W, Side.EMPLOYER)


def test_the_table_names_every_stage():
    assert set(TRANSITIONS) == set(Stage)
