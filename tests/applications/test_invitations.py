"""Tanaka invites Lan to apply; Lan accepts or declines, once, and nobody else can answer."""

import pytest
from django.urls import reverse

from applications.models import Application, Invitation, InvitationStatus, Origin, StageChange
from applications.stages import Stage
from tests.applications.factories import InvitationFactory, match_score
from tests.applications.helpers import MY_APPLICATIONS, flash_messages, page_text, profile_of

pytestmark = pytest.mark.django_db

WELCOME = "Our bento line would suit your seafood factory experience."


def invite_url(vacancy, user):
    return reverse("applications:invite", args=[vacancy.pk, profile_of(user).pk])


def accept_url(invitation):
    return reverse("applications:invitation_accept", args=[invitation.pk])


def decline_url(invitation):
    return reverse("applications:invitation_decline", args=[invitation.pk])


@pytest.fixture
def invitation(lan, tanaka, bento_line):
    """Tanaka invited Lan to apply to the bento line."""
    return InvitationFactory.create(
        candidate=profile_of(lan), vacancy=bento_line, invited_by=tanaka
    )


def test_the_candidates_page_offers_tanaka_an_invite_button(client, tanaka, lan, bento_line):
    match_score(profile_of(lan), bento_line, 0.8)
    client.force_login(tanaka)

    page = page_text(client.get(reverse("vacancy_candidates", args=[bento_line.pk])))

    assert f'action="{invite_url(bento_line, lan)}"' in page


def test_tanaka_invites_lan_from_the_candidates_page(client, tanaka, lan, bento_line):
    client.force_login(tanaka)

    response = client.post(invite_url(bento_line, lan), {"message": WELCOME})

    assert response.status_code == 302
    assert response["Location"] == reverse("vacancy_candidates", args=[bento_line.pk])
    invitation = Invitation.objects.get()
    assert (invitation.candidate.user, invitation.vacancy, invitation.invited_by) == (
        lan,
        bento_line,
        tanaka,
    )
    assert invitation.status == InvitationStatus.PENDING
    assert invitation.message == WELCOME


def test_lan_sees_the_invitation_on_her_applications_page(client, lan, invitation):
    client.force_login(lan)

    response = client.get(MY_APPLICATIONS)

    assert list(response.context["invitations"]) == [invitation]
    page = page_text(response)
    assert "Bento line worker" in page
    assert accept_url(invitation) in page
    assert decline_url(invitation) in page


def test_lan_accepts_and_her_application_is_sent(client, lan, invitation):
    client.force_login(lan)

    response = client.post(accept_url(invitation), follow=True)

    assert flash_messages(response) == ["Invitation accepted: your application has been sent."]
    application = Application.objects.get()
    assert (application.candidate.user, application.vacancy) == (lan, invitation.vacancy)
    assert application.origin == Origin.INVITED
    assert application.stage == Stage.APPLIED
    [change] = StageChange.objects.filter(application=application)
    assert (change.actor, change.to_stage) == (lan, Stage.APPLIED)
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ACCEPTED
    assert invitation.answered_at is not None


def test_lan_declines(client, lan, invitation):
    client.force_login(lan)

    response = client.post(decline_url(invitation), follow=True)

    assert flash_messages(response) == ["Invitation declined."]
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.DECLINED
    assert invitation.answered_at is not None
    assert not Application.objects.exists()
    assert list(response.context["invitations"]) == []


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("accept", "decline", InvitationStatus.ACCEPTED),
        ("decline", "accept", InvitationStatus.DECLINED),
        ("accept", "accept", InvitationStatus.ACCEPTED),
    ],
)
def test_an_invitation_is_answered_only_once(client, lan, invitation, first, second, status):
    urls = {"accept": accept_url(invitation), "decline": decline_url(invitation)}
    client.force_login(lan)
    client.post(urls[first], follow=True)

    response = client.post(urls[second], follow=True)

    assert flash_messages(response) == ["This invitation has already been answered."]
    invitation.refresh_from_db()
    assert invitation.status == status
    assert Application.objects.count() == (1 if status == InvitationStatus.ACCEPTED else 0)


@pytest.mark.parametrize("answer", ["accept", "decline"])
def test_minh_cannot_answer_lans_invitation(client, minh, invitation, answer):
    client.force_login(minh)

    response = client.post(reverse(f"applications:invitation_{answer}", args=[invitation.pk]))

    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING
    assert not Application.objects.exists()


def test_tanaka_cannot_answer_for_lan(client, tanaka, invitation):
    client.force_login(tanaka)

    assert client.post(accept_url(invitation)).status_code == 404
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING


def test_sato_cannot_invite_for_tanakas_vacancy(client, sato, lan, bento_line):
    client.force_login(sato)

    response = client.post(invite_url(bento_line, lan), {"message": WELCOME})

    assert response.status_code == 404
    assert not Invitation.objects.exists()


def test_lan_cannot_invite_anyone(client, lan, minh, bento_line):
    client.force_login(lan)

    assert client.post(invite_url(bento_line, minh)).status_code == 403
    assert not Invitation.objects.exists()


def test_inviting_lan_twice_is_refused(client, tanaka, lan, bento_line):
    client.force_login(tanaka)
    client.post(invite_url(bento_line, lan), {"message": WELCOME}, follow=True)

    response = client.post(invite_url(bento_line, lan), {"message": "Again"}, follow=True)

    assert flash_messages(response) == ["This candidate has already been invited to this vacancy."]
    assert Invitation.objects.count() == 1


def test_inviting_lan_after_she_applied_is_refused(client, tanaka, lan, lans_application):
    client.force_login(tanaka)

    response = client.post(invite_url(lans_application.vacancy, lan), follow=True)

    assert flash_messages(response) == ["This candidate has already applied to this vacancy."]
    assert not Invitation.objects.exists()


def test_accepting_after_lan_already_applied_is_refused(client, lan, lans_application):
    invitation = InvitationFactory.create(
        candidate=profile_of(lan), vacancy=lans_application.vacancy
    )
    client.force_login(lan)

    response = client.post(accept_url(invitation), follow=True)

    assert flash_messages(response) == ["You have already applied to this vacancy."]
    assert Application.objects.count() == 1
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING
