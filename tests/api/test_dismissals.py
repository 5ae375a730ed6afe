"""Hiding a pair through the API: Lan is "not interested" in a job, Tanaka finds Lan "not a fit".

Each side's mark hides the pair from that side's ranked list only, once, and is kept as an
outcome the matcher learns from.
"""

import pytest

from applications.models import Dismissal
from applications.stages import Side
from tests.api.factories import open_vacancy, profile_of, scored

pytestmark = pytest.mark.django_db


def ranked_titles(client) -> list[str]:
    return [m["vacancy"]["title"] for m in client.get("/api/v1/matches/").json()["results"]]


def ranked_candidates(client, vacancy) -> list[int]:
    response = client.get(f"/api/v1/company/vacancies/{vacancy.pk}/matches/")
    return [m["candidate"]["id"] for m in response.json()["results"]]


def not_a_fit(vacancy, candidate_id: int) -> str:
    return f"/api/v1/company/vacancies/{vacancy.pk}/matches/{candidate_id}/not-a-fit/"


def test_lan_hides_a_job_she_is_not_interested_in(client_for, lan, tanaka, bento_job):
    other = open_vacancy(tanaka, title="Bento line worker (weekends)")
    scored(bento_job)
    scored(other)
    client = client_for(lan)
    assert sorted(ranked_titles(client)) == ["Bento line worker", "Bento line worker (weekends)"]

    response = client.post(f"/api/v1/matches/{bento_job.pk}/not-interested/")

    assert response.status_code == 201
    body = response.json()
    assert (body["vacancy"], body["candidate"], body["side"]) == (
        bento_job.pk,
        profile_of(lan).pk,
        "candidate",
    )
    assert ranked_titles(client) == ["Bento line worker (weekends)"]
    # Tanaka still sees Lan: the mark hides the pair from Lan's side only.
    assert profile_of(lan).pk in ranked_candidates(client_for(tanaka), bento_job)


def test_marking_twice_changes_nothing(client_for, lan, bento_job):
    scored(bento_job)
    client = client_for(lan)

    first = client.post(f"/api/v1/matches/{bento_job.pk}/not-interested/")
    second = client.post(f"/api/v1/matches/{bento_job.pk}/not-interested/")

    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json() == first.json()
    assert Dismissal.objects.count() == 1


def test_a_job_lan_cannot_see_is_not_found(client_for, lan, packing_draft):
    client = client_for(lan)

    for path in (
        f"/api/v1/matches/{packing_draft.pk}/not-interested/",  # Tanaka's unpublished draft
        "/api/v1/matches/999999/not-interested/",
    ):
        response = client.post(path)
        assert response.status_code == 404
        assert set(response.json()["errors"]) == {"detail"}
        assert "Packing staff" not in response.content.decode()
    assert not Dismissal.objects.exists()


def test_not_interested_is_for_candidates(client_for, anonymous, tanaka, bento_job):
    path = f"/api/v1/matches/{bento_job.pk}/not-interested/"

    assert anonymous.post(path).status_code == 401
    assert client_for(tanaka).post(path).status_code == 403
    assert not Dismissal.objects.exists()


def test_tanaka_marks_lan_not_a_fit_for_one_vacancy(client_for, lan, minh, tanaka, bento_job):
    other = open_vacancy(tanaka, title="Bento line worker (weekends)")
    scored(bento_job)
    scored(other)
    client = client_for(tanaka)
    lans = profile_of(lan).pk
    assert lans in ranked_candidates(client, bento_job)

    response = client.post(not_a_fit(bento_job, lans))

    assert response.status_code == 201
    assert response.json()["side"] == "employer"
    assert lans not in ranked_candidates(client, bento_job)
    assert profile_of(minh).pk in ranked_candidates(client, bento_job)
    assert lans in ranked_candidates(client, other)  # only for that vacancy
    assert ranked_titles(client_for(lan)) != []  # Lan's own list is not touched
    assert client.post(not_a_fit(bento_job, lans)).status_code == 200
    assert list(Dismissal.objects.values_list("side", flat=True)) == [Side.EMPLOYER]


def test_a_candidate_not_ranked_for_the_vacancy_is_not_found(client_for, lan, tanaka, bento_job):
    # Nothing has been scored for the vacancy yet, so no candidate is ranked for it.
    response = client_for(tanaka).post(not_a_fit(bento_job, profile_of(lan).pk))

    assert response.status_code == 404
    assert set(response.json()["errors"]) == {"detail"}
    assert not Dismissal.objects.exists()


def test_not_a_fit_is_for_the_vacancys_own_company(
    client_for, anonymous, lan, minh, sato, bento_job
):
    scored(bento_job)
    path = not_a_fit(bento_job, profile_of(lan).pk)

    assert anonymous.post(path).status_code == 401
    assert client_for(minh).post(path).status_code == 403  # a candidate
    assert client_for(sato).post(path).status_code == 404  # another company's employer
    assert not Dismissal.objects.exists()
