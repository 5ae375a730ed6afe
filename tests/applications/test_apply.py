"""Lan applies to Tanaka Foods' open bento line, once, and only where applying makes sense."""

import pytest
from django.conf import settings
from django.urls import reverse

from applications.models import Application, Origin, StageChange
from applications.stages import Stage
from employers.models import VacancyStatus
from tests.applications.helpers import MY_APPLICATIONS, apply_url, flash_messages, page_text
from tests.factories import CompanyFactory, UserFactory, VacancyFactory

pytestmark = pytest.mark.django_db

MESSAGE = "I worked three years in a seafood factory in Nghệ An."


def test_lans_application_reaches_tanaka_foods_at_the_applied_stage(client, lan, bento_line):
    client.force_login(lan)

    response = client.post(apply_url(bento_line), {"message": MESSAGE})

    assert response.status_code == 302
    assert response["Location"] == MY_APPLICATIONS
    application = Application.objects.get()
    assert application.candidate.user == lan
    assert application.vacancy == bento_line
    assert application.stage == Stage.APPLIED
    assert application.origin == Origin.APPLIED
    assert application.message == MESSAGE


def test_lans_application_starts_its_history_with_one_row_by_her(client, lan, bento_line):
    client.force_login(lan)

    client.post(apply_url(bento_line), {"message": MESSAGE})

    [change] = StageChange.objects.all()
    assert (change.from_stage, change.to_stage, change.actor) == ("", Stage.APPLIED, lan)


def test_lan_sees_her_application_is_sent(client, lan, bento_line):
    client.force_login(lan)

    response = client.post(apply_url(bento_line), {"message": MESSAGE}, follow=True)

    assert flash_messages(response) == ["Your application has been sent."]
    assert "Bento line worker" in page_text(response)


def test_applying_twice_is_refused_with_a_message(client, lan, bento_line):
    client.force_login(lan)
    client.post(apply_url(bento_line), {"message": MESSAGE}, follow=True)

    response = client.post(apply_url(bento_line), {"message": "Again"}, follow=True)

    assert flash_messages(response) == ["You have already applied to this vacancy."]
    assert Application.objects.count() == 1
    assert StageChange.objects.count() == 1
    assert Application.objects.get().message == MESSAGE


def test_the_vacancy_page_shows_lan_she_already_applied(client, lan, lans_application):
    client.force_login(lan)

    page = page_text(client.get(reverse("vacancy_detail", args=[lans_application.vacancy_id])))

    assert "You applied: Applied." in page
    assert apply_url(lans_application.vacancy) not in page


def test_the_vacancy_page_offers_lan_the_apply_form(client, lan, bento_line):
    client.force_login(lan)

    page = page_text(client.get(reverse("vacancy_detail", args=[bento_line.pk])))

    assert f'action="{apply_url(bento_line)}"' in page


@pytest.mark.parametrize(
    "vacancy_fields",
    [
        pytest.param({"status": VacancyStatus.DRAFT, "published_at": None}, id="draft"),
        pytest.param({"status": VacancyStatus.CLOSED}, id="closed"),
        pytest.param({"company": None}, id="company not verified"),
    ],
)
def test_lan_cannot_apply_where_the_vacancy_is_not_open(client, lan, tanaka_foods, vacancy_fields):
    company = vacancy_fields.pop("company", tanaka_foods) or CompanyFactory.create(verified_at=None)
    vacancy = VacancyFactory.create(company=company, **vacancy_fields)
    client.force_login(lan)

    response = client.post(apply_url(vacancy), {"message": MESSAGE})

    assert response.status_code == 404
    assert not Application.objects.exists()


def test_an_employer_cannot_apply(client, sato, bento_line):
    client.force_login(sato)

    response = client.post(apply_url(bento_line), {"message": MESSAGE})

    assert response.status_code == 403
    assert not Application.objects.exists()


def test_tanaka_cannot_apply_to_his_own_vacancy(client, tanaka, bento_line):
    client.force_login(tanaka)

    assert client.post(apply_url(bento_line)).status_code == 403
    assert not Application.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, bento_line):
    response = client.post(apply_url(bento_line), {"message": MESSAGE})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))
    assert not Application.objects.exists()


def test_a_candidate_without_a_profile_is_sent_to_write_one(client, bento_line):
    newcomer = UserFactory.create(email="hung@example.test")
    client.force_login(newcomer)

    response = client.post(apply_url(bento_line), {"message": MESSAGE})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    assert not Application.objects.exists()


def test_applying_needs_a_post(client, lan, bento_line):
    client.force_login(lan)

    assert client.get(apply_url(bento_line)).status_code == 405
    assert not Application.objects.exists()


def test_a_message_longer_than_2000_characters_is_refused(client, lan, bento_line):
    client.force_login(lan)

    response = client.post(apply_url(bento_line), {"message": "x" * 2001}, follow=True)

    assert len(flash_messages(response)) == 1
    assert not Application.objects.exists()
