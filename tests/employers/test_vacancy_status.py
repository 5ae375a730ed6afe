"""Tanaka takes a vacancy from draft to open to closed."""

import pytest

from employers.models import VacancyStatus
from tests.factories import CompanyFactory, EmployerFactory, VacancyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(tanaka_foods):
    return VacancyFactory(
        company=tanaka_foods,
        title="Bento line worker",
        status=VacancyStatus.DRAFT,
        published_at=None,
    )


@pytest.fixture
def opened(tanaka_foods):
    return VacancyFactory(company=tanaka_foods, title="Onigiri packer")


def publish(client, vacancy, **kwargs):
    return client.post(f"/employer/vacancies/{vacancy.pk}/publish/", **kwargs)


def close(client, vacancy, **kwargs):
    return client.post(f"/employer/vacancies/{vacancy.pk}/close/", **kwargs)


def test_publishing_a_draft_opens_it(client, tanaka, draft):
    client.force_login(tanaka)

    response = publish(client, draft)

    draft.refresh_from_db()
    assert response["Location"] == f"/vacancies/{draft.pk}/"
    assert draft.status == VacancyStatus.OPEN
    assert draft.published_at is not None


def test_a_published_vacancy_of_a_verified_company_is_public(client, tanaka, draft):
    client.force_login(tanaka)
    publish(client, draft)
    client.logout()

    assert "Bento line worker" in client.get("/vacancies/").content.decode()


def test_tanaka_is_told_the_vacancy_is_published(client, tanaka, draft):
    client.force_login(tanaka)

    response = publish(client, draft, follow=True)

    assert "Vacancy published." in response.content.decode()


def test_closing_an_open_vacancy_closes_it(client, tanaka, opened):
    client.force_login(tanaka)

    response = close(client, opened)

    opened.refresh_from_db()
    assert response["Location"] == f"/vacancies/{opened.pk}/"
    assert opened.status == VacancyStatus.CLOSED
    assert opened.closed_at is not None


def test_a_closed_vacancy_leaves_the_public_list(client, tanaka, opened):
    client.force_login(tanaka)
    close(client, opened)
    client.logout()

    assert "Onigiri packer" not in client.get("/vacancies/").content.decode()


def test_a_closed_vacancy_can_be_published_again(client, tanaka, opened):
    client.force_login(tanaka)
    close(client, opened)

    publish(client, opened)

    opened.refresh_from_db()
    assert opened.status == VacancyStatus.OPEN
    assert opened.closed_at is None


def test_publishing_pay_now_below_the_floor_is_refused(client, tanaka, tanaka_foods):
    # Saved before Fukuoka's rise; ¥170,000 for 40 h is ¥980.77 an hour, under today's floor.
    stale = VacancyFactory(
        company=tanaka_foods,
        monthly_salary_jpy=170_000,
        status=VacancyStatus.DRAFT,
        published_at=None,
    )
    client.force_login(tanaka)

    response = publish(client, stale)

    stale.refresh_from_db()
    assert response["Location"] == f"/employer/vacancies/{stale.pk}/edit/"
    assert stale.status == VacancyStatus.DRAFT
    assert stale.published_at is None


def test_publishing_pay_below_the_floor_shows_why(client, tanaka, tanaka_foods):
    stale = VacancyFactory(
        company=tanaka_foods,
        monthly_salary_jpy=170_000,
        status=VacancyStatus.DRAFT,
        published_at=None,
    )
    client.force_login(tanaka)

    html = publish(client, stale, follow=True).content.decode()

    assert "below the minimum wage in Fukuoka" in html
    assert "Pay at least ¥" in html


def test_publishing_without_any_residence_status_is_refused(client, tanaka, tanaka_foods):
    bare = VacancyFactory(
        company=tanaka_foods, status=VacancyStatus.DRAFT, published_at=None, visa_types=[]
    )
    client.force_login(tanaka)

    html = publish(client, bare, follow=True).content.decode()

    bare.refresh_from_db()
    assert bare.status == VacancyStatus.DRAFT
    assert "Choose at least one residence status." in html


def test_closing_a_draft_is_refused(client, tanaka, draft):
    client.force_login(tanaka)

    response = close(client, draft, follow=True)

    draft.refresh_from_db()
    assert draft.status == VacancyStatus.DRAFT
    assert draft.closed_at is None
    assert "Only an open vacancy can be closed." in response.content.decode()


@pytest.mark.parametrize("action", ["publish", "close"])
def test_a_get_request_changes_nothing(client, tanaka, draft, action):
    client.force_login(tanaka)

    response = client.get(f"/employer/vacancies/{draft.pk}/{action}/")

    draft.refresh_from_db()
    assert response.status_code == 405
    assert draft.status == VacancyStatus.DRAFT


def test_publishing_for_an_unverified_company_warns_it_is_not_public_yet(client):
    newcomer = CompanyFactory(name_latin="Saga Greens", verified_at=None)
    nakamura = EmployerFactory(email="nakamura@example.test", company=newcomer)
    draft = VacancyFactory(company=newcomer, status=VacancyStatus.DRAFT, published_at=None)
    client.force_login(nakamura)

    html = publish(client, draft, follow=True).content.decode()

    draft.refresh_from_db()
    assert draft.status == VacancyStatus.OPEN
    assert "It becomes public once a recruiter verifies your company." in html
