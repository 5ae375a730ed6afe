"""Lan withdraws her application; only she can, and her timeline says so."""

import pytest
from django.urls import reverse

from applications.models import StageChange
from applications.stages import Stage
from tests.applications.factories import ApplicationFactory
from tests.applications.helpers import MY_APPLICATIONS, flash_messages, page_text, profile_of

pytestmark = pytest.mark.django_db


def withdraw_url(application):
    return reverse("applications:withdraw", args=[application.pk])


def test_lan_withdraws_her_application(client, lan, lans_application):
    client.force_login(lan)

    response = client.post(withdraw_url(lans_application), {"note": "I accepted another offer."})

    assert response.status_code == 302
    assert response["Location"] == MY_APPLICATIONS
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.WITHDRAWN
    change = StageChange.objects.filter(application=lans_application).last()
    assert (change.actor, change.from_stage, change.to_stage, change.note) == (
        lan,
        Stage.APPLIED,
        Stage.WITHDRAWN,
        "I accepted another offer.",
    )


def test_lans_timeline_shows_the_withdrawal(client, lan, lans_application):
    client.force_login(lan)

    response = client.post(withdraw_url(lans_application), follow=True)

    assert flash_messages(response) == ["Your application has been withdrawn."]
    [application] = response.context["applications"]
    assert [c.to_stage for c in application.history.all()] == [Stage.APPLIED, Stage.WITHDRAWN]
    page = page_text(response)
    assert "Withdrawn" in page.split('<ol class="timeline">', 1)[1]
    assert withdraw_url(lans_application) not in page


def test_lan_sees_a_withdraw_button_while_her_application_is_open(client, lan, lans_application):
    client.force_login(lan)

    page = page_text(client.get(MY_APPLICATIONS))

    assert withdraw_url(lans_application) in page


def test_minh_cannot_withdraw_lans_application(client, minh, lans_application):
    client.force_login(minh)

    response = client.post(withdraw_url(lans_application))

    assert response.status_code == 404
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_sato_cannot_withdraw_lans_application(client, sato, lans_application):
    client.force_login(sato)

    assert client.post(withdraw_url(lans_application)).status_code == 404
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_tanaka_cannot_withdraw_lans_application_from_his_own_board(
    client, tanaka, lans_application
):
    client.force_login(tanaka)

    assert client.post(withdraw_url(lans_application)).status_code == 404
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_lan_cannot_withdraw_once_hired(client, lan, bento_line):
    application = ApplicationFactory.create(
        candidate=profile_of(lan), vacancy=bento_line, stage=Stage.HIRED
    )
    client.force_login(lan)

    response = client.post(withdraw_url(application), follow=True)

    assert flash_messages(response) == ["An application cannot move from “Hired” to “Withdrawn”."]
    application.refresh_from_db()
    assert application.stage == Stage.HIRED


def test_withdrawing_needs_a_post(client, lan, lans_application):
    client.force_login(lan)

    assert client.get(withdraw_url(lans_application)).status_code == 405
