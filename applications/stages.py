"""The hiring pipeline's stages and the moves allowed between them (pure: no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    APPLIED = "applied", _("Applied")
    SCREENING = "screening", _("Screening")
    INTERVIEW = "interview", _("Interview")
    OFFER = "offer", _("Offer")
    HIRED = "hired", _("Hired")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Side(models.TextChoices):
    EMPLOYER = "employer", _("Employer")
    CANDIDATE = "candidate", _("Candidate")


# Who may move an application from one stage to another. Hired, rejected and withdrawn are final.
# An interview may be moved to another interview (rescheduled).
TRANSITIONS: dict[Stage, dict[Stage, Side]] = {
    Stage.APPLIED: {
        Stage.SCREENING: Side.EMPLOYER,
        Stage.INTERVIEW: Side.EMPLOYER,
        Stage.REJECTED: Side.EMPLOYER,
        Stage.WITHDRAWN: Side.CANDIDATE,
    },
    Stage.SCREENING: {
        Stage.INTERVIEW: Side.EMPLOYER,
        Stage.REJECTED: Side.EMPLOYER,
        Stage.WITHDRAWN: Side.CANDIDATE,
    },
    Stage.INTERVIEW: {
        Stage.INTERVIEW: Side.EMPLOYER,
        Stage.OFFER: Side.EMPLOYER,
        Stage.REJECTED: Side.EMPLOYER,
        Stage.WITHDRAWN: Side.CANDIDATE,
    },
    Stage.OFFER: {
        Stage.HIRED: Side.EMPLOYER,
        Stage.REJECTED: Side.EMPLOYER,
        Stage.WITHDRAWN: Side.CANDIDATE,
    },
    Stage.HIRED: {},
    Stage.REJECTED: {},
    Stage.WITHDRAWN: {},
}

FINAL_STAGES = frozenset({Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN})
ACTIVE_STAGES = frozenset(Stage) - FINAL_STAGES
# Outcomes the scorer learns from: reaching an interview or a hire is a positive example.
POSITIVE_STAGES = frozenset({Stage.INTERVIEW, Stage.OFFER, Stage.HIRED})
# The order of the columns on an employer's board.
BOARD_ORDER = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEW,
    Stage.OFFER,
    Stage.HIRED,
    Stage.REJECTED,
    Stage.WITHDRAWN,
)


def allowed_moves(stage: str, side: str) -> list[Stage]:
    """The stages ``side`` may move an application at ``stage`` to."""
    return [to for to, who in TRANSITIONS[Stage(stage)].items() if who == side]


def can_move(stage: str, to: str, side: str) -> bool:
    return TRANSITIONS[Stage(stage)].get(Stage(to)) == side
