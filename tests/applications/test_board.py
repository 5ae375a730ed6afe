"""Tanaka's board for the bento line: applicants by stage, best match first, bulk moves."""

import pytest

from accounts.models import User
from applications import selectors
from applications.models import StageChange
from applications.stages import BOARD_ORDER, Stage
from tests.applications.factories import ApplicationFactory, match_score
from tests.applications.helpers import board_url, flash_messages, page_text, profile_of
from tests.factories import CandidateProfileFactory, UserFactory, VacancyFactory

pytestmark = pytest.mark.django_db


def applicant(vacancy, name: str, stage: str = Stage.APPLIED, score: float | None = None):
    profile = CandidateProfileFactory.create(
        user=UserFactory.create(email=f"{name.split()[-1].lower()}@example.test"), full_name=name
    )
    if score is not None:
        match_score(profile, vacancy, score)
    return ApplicationFactory.create(candidate=profile, vacancy=vacancy, stage=stage)


def column(response, stage: str) -> list[str]:
    return [
        application.candidate.full_name
        for column_stage, applications in response.context["columns"]
        if column_stage == stage
        for application in applications
    ]


def stage_of(application) -> str:
    application.refresh_from_db()
    return application.stage


def test_the_board_has_one_column_per_stage_in_pipeline_order(client, tanaka, bento_line):
    client.force_login(tanaka)

    response = client.get(board_url(bento_line))

    assert response.status_code == 200
    assert [stage for stage, _ in response.context["columns"]] == list(BOARD_ORDER)


def test_each_applicant_sits_in_the_column_of_their_stage(client, tanaka, bento_line):
    applicant(bento_line, "Nguyễn Thị Lan")
    applicant(bento_line, "Trần Văn Minh", Stage.SCREENING)
    applicant(bento_line, "Lê Thị Hoa", Stage.INTERVIEW)
    applicant(bento_line, "Phạm Văn Bình", Stage.REJECTED)
    client.force_login(tanaka)

    response = client.get(board_url(bento_line))

    assert column(response, Stage.APPLIED) == ["Nguyễn Thị Lan"]
    assert column(response, Stage.SCREENING) == ["Trần Văn Minh"]
    assert column(response, Stage.INTERVIEW) == ["Lê Thị Hoa"]
    assert column(response, Stage.REJECTED) == ["Phạm Văn Bình"]
    assert column(response, Stage.OFFER) == []


def test_the_best_match_comes_first_in_a_column(client, tanaka, bento_line):
    applicant(bento_line, "Trần Văn Minh", score=0.55)
    applicant(bento_line, "Phạm Văn Bình")  # applied before any score was stored
    applicant(bento_line, "Lê Thị Hoa", score=0.92)
    client.force_login(tanaka)

    response = client.get(board_url(bento_line))

    assert column(response, Stage.APPLIED) == ["Lê Thị Hoa", "Trần Văn Minh", "Phạm Văn Bình"]
    page = page_text(response)
    assert page.index("Match 92%") < page.index("Match 55%")


def test_the_board_shows_only_this_vacancys_applicants(client, tanaka, tanaka_foods, bento_line):
    other = VacancyFactory.create(company=tanaka_foods, title="Packing")
    applicant(bento_line, "Nguyễn Thị Lan")
    applicant(other, "Trần Văn Minh")
    client.force_login(tanaka)

    response = client.get(board_url(bento_line))

    assert column(response, Stage.APPLIED) == ["Nguyễn Thị Lan"]


def test_tanaka_moves_the_selected_applications_to_screening(client, tanaka, bento_line):
    hoa = applicant(bento_line, "Lê Thị Hoa")
    binh = applicant(bento_line, "Phạm Văn Bình")
    minh = applicant(bento_line, "Trần Văn Minh")
    client.force_login(tanaka)

    response = client.post(
        board_url(bento_line), {"applications": [hoa.pk, binh.pk], "to": Stage.SCREENING}
    )

    assert response.status_code == 302
    assert (stage_of(hoa), stage_of(binh), stage_of(minh)) == ("screening", "screening", "applied")
    moves = StageChange.objects.filter(to_stage=Stage.SCREENING)
    assert sorted(moves.values_list("application_id", flat=True)) == sorted([hoa.pk, binh.pk])
    assert {change.actor for change in moves} == {tanaka}


def test_tanaka_is_told_how_many_moved(client, tanaka, bento_line):
    hoa = applicant(bento_line, "Lê Thị Hoa")
    binh = applicant(bento_line, "Phạm Văn Bình")
    client.force_login(tanaka)

    response = client.post(
        board_url(bento_line),
        {"applications": [hoa.pk, binh.pk], "to": Stage.SCREENING},
        follow=True,
    )

    assert flash_messages(response) == ["2 applications moved."]


def test_a_bulk_rejection_without_a_reason_moves_nobody(client, tanaka, bento_line):
    hoa = applicant(bento_line, "Lê Thị Hoa")
    binh = applicant(bento_line, "Phạm Văn Bình", Stage.SCREENING)
    client.force_login(tanaka)

    response = client.post(
        board_url(bento_line), {"applications": [hoa.pk, binh.pk], "to": Stage.REJECTED}
    )

    assert response.status_code == 400
    assert flash_messages(response) == ["Give a reason: the candidate will see it."]
    assert (stage_of(hoa), stage_of(binh)) == ("applied", "screening")
    assert StageChange.objects.count() == 2  # only the two "applied" rows


def test_a_bulk_rejection_with_a_reason_moves_everyone_selected(client, tanaka, bento_line):
    hoa = applicant(bento_line, "Lê Thị Hoa")
    binh = applicant(bento_line, "Phạm Văn Bình", Stage.SCREENING)
    client.force_login(tanaka)

    client.post(
        board_url(bento_line),
        {
            "applications": [hoa.pk, binh.pk],
            "to": Stage.REJECTED,
            "rejection_reason": "The line is full.",
        },
    )

    assert (stage_of(hoa), stage_of(binh)) == ("rejected", "rejected")
    hoa.refresh_from_db()
    assert hoa.rejection_reason == "The line is full."


def test_one_refused_move_leaves_every_selected_application_where_it_was(
    client, tanaka, bento_line
):
    # Hoa can go to screening; Bình is there already, so her move is refused: all or nothing.
    hoa = applicant(bento_line, "Lê Thị Hoa")
    binh = applicant(bento_line, "Phạm Văn Bình", Stage.SCREENING)
    client.force_login(tanaka)

    response = client.post(
        board_url(bento_line), {"applications": [hoa.pk, binh.pk], "to": Stage.SCREENING}
    )

    assert response.status_code == 400
    assert flash_messages(response) == [
        "An application cannot move from “Screening” to “Screening”."
    ]
    assert (stage_of(hoa), stage_of(binh)) == ("applied", "screening")
    assert not StageChange.objects.filter(to_stage=Stage.SCREENING).exists()


def test_a_bulk_move_cannot_reach_an_application_past_screening(client, tanaka, bento_line):
    hoa = applicant(bento_line, "Lê Thị Hoa", Stage.INTERVIEW)
    client.force_login(tanaka)

    response = client.post(
        board_url(bento_line),
        {"applications": [hoa.pk], "to": Stage.REJECTED, "rejection_reason": "Full."},
    )

    assert response.status_code == 400
    assert stage_of(hoa) == Stage.INTERVIEW


def test_a_bulk_move_cannot_reach_another_vacancys_application(
    client, tanaka, sato, kyushu_build, bento_line
):
    scaffolding = VacancyFactory.create(company=kyushu_build, title="Scaffolding")
    elsewhere = applicant(scaffolding, "Lê Thị Hoa")
    client.force_login(tanaka)

    response = client.post(
        board_url(bento_line), {"applications": [elsewhere.pk], "to": Stage.SCREENING}
    )

    assert response.status_code == 400
    assert stage_of(elsewhere) == Stage.APPLIED


def test_sato_cannot_open_tanakas_board(client, sato, bento_line):
    applicant(bento_line, "Nguyễn Thị Lan")
    client.force_login(sato)

    assert client.get(board_url(bento_line)).status_code == 404


def test_sato_cannot_move_tanakas_applicants(client, sato, bento_line):
    hoa = applicant(bento_line, "Lê Thị Hoa")
    client.force_login(sato)

    response = client.post(board_url(bento_line), {"applications": [hoa.pk], "to": "screening"})

    assert response.status_code == 404
    assert stage_of(hoa) == Stage.APPLIED


def test_lan_cannot_open_the_board(client, lan, lans_application):
    client.force_login(lan)

    assert client.get(board_url(lans_application.vacancy)).status_code == 403


@pytest.mark.parametrize("count", [1, 6])
def test_the_board_costs_the_same_queries_however_many_applicants(
    django_assert_num_queries, tanaka, bento_line, count
):
    for n in range(count):
        applicant(bento_line, f"Nguyễn Văn {n}", score=0.5)
    tanaka = User.objects.get(pk=tanaka.pk)  # as a request would load him

    # His company, the applications with their candidates, and their match scores.
    with django_assert_num_queries(3):
        board = selectors.vacancy_board(vacancy=bento_line, user=tanaka)
        shown = [(a.candidate.full_name, a.candidate.jlpt_level, a.match) for a in board["applied"]]

    assert len(shown) == count


def test_the_board_page_lists_lan(client, tanaka, lan, lans_application):
    client.force_login(tanaka)

    page = page_text(client.get(board_url(lans_application.vacancy)))

    assert profile_of(lan).full_name in page
