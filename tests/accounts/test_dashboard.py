"""After signing in, each person lands where their work is."""

import pytest
from django.urls import reverse

from accounts.models import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_hoa_without_a_profile_is_sent_to_fill_it_in(client):
    hoa = UserFactory(email="hoa@example.test")
    client.force_login(hoa)

    response = client.get(reverse("dashboard"))

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")


def test_lan_with_a_profile_sees_her_jobs_page(client, lan):
    client.force_login(lan)

    response = client.get(reverse("dashboard"))

    assert response.status_code == 200
    assert "Jobs for you, Nguyễn Thị Lan" in response.content.decode()


def test_an_employer_without_a_company_is_sent_to_register_it(client):
    yamada = UserFactory(email="yamada@example.test", role=Role.EMPLOYER)
    client.force_login(yamada)

    response = client.get(reverse("dashboard"))

    assert response.status_code == 302
    assert response["Location"] == reverse("employers:company_register")


def test_tanaka_with_a_company_is_sent_to_his_vacancies(client, tanaka):
    client.force_login(tanaka)

    response = client.get(reverse("dashboard"))

    assert response.status_code == 302
    assert response["Location"] == reverse("employers:vacancy_list")


def test_the_recruiter_is_sent_to_the_admin(client, recruiter):
    client.force_login(recruiter)

    response = client.get(reverse("dashboard"))

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(reverse("dashboard"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
