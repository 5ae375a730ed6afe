"""Invitations: Tanaka invites Lan; she accepts (which applies) or declines."""

import pytest

from applications.models import Invitation, InvitationStatus, Origin
from tests.api.factories import invitation, open_vacancy, profile_of

pytestmark = pytest.mark.django_db

URL = "/api/v1/invitations/"


def test_tanaka_invites_lan(client_for, tanaka, lan, bento_job):
    response = client_for(tanaka).post(
        URL,
        {"vacancy": bento_job.pk, "candidate": profile_of(lan).pk, "message": "Come and see us"},
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "pending"
    assert body["vacancy"]["id"] == bento_job.pk
    # Invited, not yet applied: Tanaka still sees no name or contact.
    assert body["candidate"]["contact"] is None
    assert Invitation.objects.get(pk=body["id"]).invited_by == tanaka


def test_inviting_twice_is_refused(client_for, tanaka, lan, bento_job):
    invitation(tanaka, bento_job, lan)

    response = client_for(tanaka).post(
        URL, {"vacancy": bento_job.pk, "candidate": profile_of(lan).pk}
    )

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "non_field_errors": ["This candidate has already been invited to this vacancy."]
    }


def test_tanaka_cannot_invite_to_another_companys_vacancy(client_for, tanaka, sato, lan):
    scaffolder = open_vacancy(sato, title="Scaffolder")

    response = client_for(tanaka).post(
        URL, {"vacancy": scaffolder.pk, "candidate": profile_of(lan).pk}
    )

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["vacancy"]


def test_a_candidate_cannot_invite(client_for, lan, minh, bento_job):
    response = client_for(lan).post(
        URL, {"vacancy": bento_job.pk, "candidate": profile_of(minh).pk}
    )

    assert response.status_code == 403


def test_each_side_lists_its_invitations(client_for, tanaka, sato, lan, minh, bento_job):
    invitation(tanaka, bento_job, lan, "Come and see us")

    def listed(user):
        return [i["message"] for i in client_for(user).get(URL).json()["results"]]

    assert listed(lan) == ["Come and see us"]
    assert listed(tanaka) == ["Come and see us"]
    assert listed(minh) == []
    assert listed(sato) == []


def test_lan_accepts_and_so_applies(client_for, tanaka, lan, bento_job):
    invited = invitation(tanaka, bento_job, lan)

    response = client_for(lan).post(f"{URL}{invited.pk}/accept/", {"message": "Yes please"})

    assert response.status_code == 201, response.json()
    assert response.json()["origin"] == Origin.INVITED
    assert response.json()["message"] == "Yes please"
    invited.refresh_from_db()
    assert invited.status == InvitationStatus.ACCEPTED


def test_lan_declines(client_for, tanaka, lan, bento_job):
    invited = invitation(tanaka, bento_job, lan)

    response = client_for(lan).post(f"{URL}{invited.pk}/decline/")

    assert response.status_code == 200
    assert response.json()["status"] == "declined"


def test_an_answered_invitation_cannot_be_answered_again(client_for, tanaka, lan, bento_job):
    invited = invitation(tanaka, bento_job, lan)
    client = client_for(lan)
    client.post(f"{URL}{invited.pk}/decline/")

    response = client.post(f"{URL}{invited.pk}/accept/")

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "non_field_errors": ["This invitation has already been answered."]
    }


def test_tanaka_cannot_answer_for_lan(client_for, tanaka, lan, bento_job):
    invited = invitation(tanaka, bento_job, lan)

    response = client_for(tanaka).post(f"{URL}{invited.pk}/accept/")

    assert response.status_code == 404
