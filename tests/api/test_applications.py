"""Applications: Lan applies; Tanaka moves her along; private notes stay with Tanaka Foods."""

import datetime

import pytest
from django.utils import timezone

from applications.models import Application, StageChange
from applications.stages import Stage
from tests.api.factories import application, moved, note, open_vacancy

pytestmark = pytest.mark.django_db

URL = "/api/v1/applications/"


def test_lan_applies_to_an_open_vacancy(client_for, lan, bento_job):
    response = client_for(lan).post(URL, {"vacancy": bento_job.pk, "message": "Xin chào!"})

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["stage"] == "applied"
    assert body["origin"] == "applied"
    assert body["message"] == "Xin chào!"
    assert body["vacancy"]["title"] == "Bento line worker"
    assert body["allowed_moves"] == ["withdrawn"]
    assert body["notes"] is None
    # Lan sees her own contact details on her application.
    assert body["candidate"]["contact"]["full_name"] == "Nguyễn Thị Lan"
    created = Application.objects.get(pk=body["id"])
    assert StageChange.objects.filter(application=created, to_stage="applied").exists()


def test_applying_twice_is_refused(client_for, lan, bento_job):
    application(lan, bento_job)

    response = client_for(lan).post(URL, {"vacancy": bento_job.pk})

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "non_field_errors": ["You have already applied to this vacancy."]
    }


def test_a_draft_vacancy_cannot_be_applied_to(client_for, lan, packing_draft):
    response = client_for(lan).post(URL, {"vacancy": packing_draft.pk})

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["vacancy"]


def test_an_employer_cannot_apply(client_for, tanaka, bento_job):
    response = client_for(tanaka).post(URL, {"vacancy": bento_job.pk})

    assert response.status_code == 403
    assert response.json()["errors"] == {"detail": ["This page is for candidates."]}


def test_each_side_lists_what_is_theirs(client_for, lan, minh, tanaka, sato, bento_job):
    application(lan, bento_job)
    application(minh, open_vacancy(sato, title="Scaffolder"))

    def listed(user):
        return [a["vacancy"]["title"] for a in client_for(user).get(URL).json()["results"]]

    assert listed(lan) == ["Bento line worker"]
    assert listed(tanaka) == ["Bento line worker"]
    assert listed(sato) == ["Scaffolder"]
    assert listed(minh) == ["Scaffolder"]


def test_the_list_filters_by_stage_and_vacancy(client_for, lan, minh, tanaka, bento_job):
    moved(application(lan, bento_job), Stage.SCREENING, tanaka)
    application(minh, bento_job)
    client = client_for(tanaka)

    assert client.get(URL, {"stage": "screening"}).json()["count"] == 1
    assert client.get(URL, {"vacancy": bento_job.pk}).json()["count"] == 2
    assert client.get(URL, {"stage": "lost"}).status_code == 400


def test_tanaka_moves_lans_application_to_screening(client_for, lan, tanaka, bento_job):
    lans = application(lan, bento_job)

    response = client_for(tanaka).post(
        f"{URL}{lans.pk}/transition/", {"to": "screening", "note": "Good profile"}
    )

    assert response.status_code == 200, response.json()
    assert response.json()["stage"] == "screening"
    assert set(response.json()["allowed_moves"]) == {"interview", "rejected"}
    lans.refresh_from_db()
    assert lans.stage == Stage.SCREENING


def test_an_interview_needs_a_time_and_a_place(client_for, lan, tanaka, bento_job):
    lans = application(lan, bento_job)

    response = client_for(tanaka).post(f"{URL}{lans.pk}/transition/", {"to": "interview"})

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "interview_at": ["Give the interview's date and time."],
        "interview_place": ["Give the interview's place or video link."],
    }


def test_tanaka_invites_lan_to_an_interview(client_for, lan, tanaka, bento_job):
    lans = application(lan, bento_job)
    when = timezone.now() + datetime.timedelta(days=2)

    response = client_for(tanaka).post(
        f"{URL}{lans.pk}/transition/",
        {"to": "interview", "interview_at": when.isoformat(), "interview_place": "Zoom"},
    )

    assert response.status_code == 200, response.json()
    assert response.json()["interview_place"] == "Zoom"


def test_a_rejection_needs_a_reason_lan_will_see(client_for, lan, tanaka, bento_job):
    lans = application(lan, bento_job)
    client = client_for(tanaka)

    refused = client.post(f"{URL}{lans.pk}/transition/", {"to": "rejected"})
    done = client.post(
        f"{URL}{lans.pk}/transition/", {"to": "rejected", "rejection_reason": "Position filled."}
    )

    assert refused.status_code == 400
    assert list(refused.json()["errors"]) == ["rejection_reason"]
    assert done.status_code == 200
    assert client_for(lan).get(f"{URL}{lans.pk}/").json()["rejection_reason"] == "Position filled."


def test_lan_withdraws_but_cannot_move_herself_forward(client_for, lan, bento_job):
    lans = application(lan, bento_job)
    client = client_for(lan)

    forward = client.post(f"{URL}{lans.pk}/transition/", {"to": "screening"})
    withdrawn = client.post(f"{URL}{lans.pk}/transition/", {"to": "withdrawn"})

    assert forward.status_code == 400
    assert list(forward.json()["errors"]) == ["to"]
    assert withdrawn.status_code == 200
    assert withdrawn.json()["stage"] == "withdrawn"
    assert withdrawn.json()["allowed_moves"] == []


def test_an_unknown_stage_is_named(client_for, lan, bento_job):
    lans = application(lan, bento_job)

    response = client_for(lan).post(f"{URL}{lans.pk}/transition/", {"to": "promoted"})

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["to"]


def test_the_history_tells_the_story_oldest_first(client_for, lan, tanaka, bento_job):
    lans = application(lan, bento_job)
    moved(lans, Stage.SCREENING, tanaka, note="Strong hygiene skills")

    response = client_for(lan).get(f"{URL}{lans.pk}/history/")

    assert response.status_code == 200
    assert [(c["from_stage"], c["to_stage"], c["actor_role"]) for c in response.json()] == [
        ("", "applied", "candidate"),
        ("applied", "screening", "employer"),
    ]
    assert response.json()[1]["note"] == "Strong hygiene skills"


def test_tanakas_private_notes_never_reach_lan(client_for, lan, tanaka, recruiter, bento_job):
    lans = application(lan, bento_job)
    note(tanaka, lans, "Ask about the night shift")

    for_tanaka = client_for(tanaka).get(f"{URL}{lans.pk}/").json()
    for_recruiter = client_for(recruiter).get(f"{URL}{lans.pk}/").json()
    for_lan = client_for(lan).get(f"{URL}{lans.pk}/")
    lan_list = client_for(lan).get(URL)

    assert [n["text"] for n in for_tanaka["notes"]] == ["Ask about the night shift"]
    assert [n["text"] for n in for_recruiter["notes"]] == ["Ask about the night shift"]
    assert for_lan.json()["notes"] is None
    assert "night shift" not in for_lan.content.decode()
    assert "night shift" not in lan_list.content.decode()


def test_tanaka_sees_lans_contact_on_her_application_until_she_withdraws(
    client_for, lan, tanaka, bento_job
):
    lans = application(lan, bento_job)

    before = client_for(tanaka).get(f"{URL}{lans.pk}/").json()["candidate"]["contact"]
    moved(lans, Stage.WITHDRAWN, lan)
    after = client_for(tanaka).get(f"{URL}{lans.pk}/")

    assert before["email"] == "lan@example.test"
    assert after.json()["candidate"]["contact"] is None
    assert "lan@example.test" not in after.content.decode()


def test_a_recruiter_sees_applications_but_cannot_move_them(client_for, lan, recruiter, bento_job):
    lans = application(lan, bento_job)
    client = client_for(recruiter)

    assert client.get(URL).json()["count"] == 1
    response = client.post(f"{URL}{lans.pk}/transition/", {"to": "screening"})
    assert response.status_code == 403
    assert response.json()["errors"] == {
        "detail": ["Only the company that owns this vacancy can do this."]
    }
