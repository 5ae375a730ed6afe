"""Reads for applications: boards, timelines, and the pipeline's figures."""

from collections import defaultdict
from datetime import timedelta

from django.db.models import Prefetch, QuerySet

from accounts.models import User
from applications.models import Application, EmployerNote, Invitation, StageChange
from applications.permissions import applications_visible_to, invitations_visible_to
from applications.stages import BOARD_ORDER, Stage
from employers.models import Vacancy
from matching.models import MatchScore


def candidate_applications(*, user: User) -> QuerySet[Application]:
    """A candidate's applications with their timelines, newest first."""
    return (
        applications_visible_to(user)
        .select_related("vacancy", "vacancy__company", "vacancy__prefecture", "vacancy__sector")
        .prefetch_related(
            Prefetch("history", queryset=StageChange.objects.order_by("created_at", "pk"))
        )
        .order_by("-created_at")
    )


def candidate_invitations(*, user: User) -> QuerySet[Invitation]:
    return invitations_visible_to(user).select_related(
        "vacancy", "vacancy__company", "vacancy__prefecture"
    )


def vacancy_board(*, vacancy: Vacancy, user: User) -> dict[str, list[Application]]:
    """Applications to one vacancy grouped by stage (board columns), best match first.

    Each application carries ``match`` (its MatchScore or None) for the scores and reasons.
    """
    applications = list(
        applications_visible_to(user)
        .filter(vacancy=vacancy)
        .select_related("candidate", "candidate__user", "candidate__jlpt_level")
        .order_by("created_at")
    )
    scores = {
        m.candidate_id: m
        for m in MatchScore.objects.filter(
            vacancy=vacancy, candidate_id__in=[a.candidate_id for a in applications]
        )
    }
    board: dict[str, list[Application]] = {stage: [] for stage in BOARD_ORDER}
    for application in applications:
        application.match = scores.get(application.candidate_id)  # type: ignore[attr-defined]
        board[application.stage].append(application)
    for column in board.values():
        column.sort(key=lambda a: -(a.match.score if a.match else 0.0))  # type: ignore[attr-defined]
    return board


def application_detail(*, user: User, pk: int) -> Application:
    """One application the user may see (raises Application.DoesNotExist otherwise)."""
    return (
        applications_visible_to(user)
        .select_related(
            "vacancy",
            "vacancy__company",
            "candidate",
            "candidate__user",
            "candidate__jlpt_level",
            "candidate__residence_status",
        )
        .prefetch_related(
            Prefetch(
                "history",
                queryset=StageChange.objects.select_related("actor").order_by("created_at", "pk"),
            ),
            Prefetch("notes", queryset=EmployerNote.objects.select_related("author")),
            "candidate__sectors",
            "candidate__preferred_prefectures",
        )
        .get(pk=pk)
    )


def stage_durations(applications: QuerySet[Application]) -> dict[str, timedelta | None]:
    """Average time from application to first interview, and to hire, over these applications."""
    to_interview: list[timedelta] = []
    to_hire: list[timedelta] = []
    firsts: dict[int, dict[str, object]] = defaultdict(dict)
    for change in StageChange.objects.filter(application__in=applications).order_by(
        "created_at", "pk"
    ):
        firsts[change.application_id].setdefault(change.to_stage, change.created_at)
    for stages in firsts.values():
        applied = stages.get(Stage.APPLIED)
        if applied is None:
            continue
        if Stage.INTERVIEW in stages:
            to_interview.append(stages[Stage.INTERVIEW] - applied)  # type: ignore[operator]
        if Stage.HIRED in stages:
            to_hire.append(stages[Stage.HIRED] - applied)  # type: ignore[operator]

    def mean(values: list[timedelta]) -> timedelta | None:
        return sum(values, timedelta()) / len(values) if values else None

    return {"to_interview": mean(to_interview), "to_hire": mean(to_hire)}
