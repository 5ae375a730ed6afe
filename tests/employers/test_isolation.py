"""Sato of Kyushu Build must see and touch nothing of Tanaka Foods'; candidates and strangers stay out."""

import pytest

from employers.models import VacancyStatus
from tests.factories import CompanyFactory, EmployerFactory, VacancyFactory, sector

pytestmark = pytest.mark.django_db

EMPLOYER_PAGES = [
    "/employer/company/register/",
    "/employer/company/",
    "/employer/vacancies/",
    "/employer/vacancies/new/",
]


@pytest.fixture
def tanakas_draft(tanaka, tanaka_foods):
    return VacancyFactory(
        company=tanaka_foods,
        title="Secret bento line plan",
        status=VacancyStatus.DRAFT,
        published_at=None,
    )


@pytest.fixture
def tanakas_open(tanaka, tanaka_foods):
    return VacancyFactory(company=tanaka_foods, title="Onigiri packer")


class TestSatoAgainstTanakasVacancies:
    @pytest.fixture(autouse=True)
    def _as_sato(self, client, sato):
        client.force_login(sato)

    def test_sato_cannot_open_tanakas_draft(self, client, tanakas_draft):
        assert client.get(f"/vacancies/{tanakas_draft.pk}/").status_code == 404

    def test_sato_cannot_open_tanakas_edit_page(self, client, tanakas_draft):
        assert client.get(f"/employer/vacancies/{tanakas_draft.pk}/edit/").status_code == 404

    def test_sato_cannot_overwrite_tanakas_vacancy(self, client, tanakas_draft, vacancy_post):
        response = client.post(
            f"/employer/vacancies/{tanakas_draft.pk}/edit/", vacancy_post(title="Hijacked")
        )

        tanakas_draft.refresh_from_db()
        assert response.status_code == 404
        assert tanakas_draft.title == "Secret bento line plan"

    def test_sato_cannot_publish_tanakas_draft(self, client, tanakas_draft):
        response = client.post(f"/employer/vacancies/{tanakas_draft.pk}/publish/")

        tanakas_draft.refresh_from_db()
        assert response.status_code == 404
        assert tanakas_draft.status == VacancyStatus.DRAFT

    def test_sato_cannot_close_tanakas_open_vacancy(self, client, tanakas_open):
        response = client.post(f"/employer/vacancies/{tanakas_open.pk}/close/")

        tanakas_open.refresh_from_db()
        assert response.status_code == 404
        assert tanakas_open.status == VacancyStatus.OPEN

    def test_tanakas_vacancies_are_not_in_satos_list(
        self, client, kyushu_build, tanakas_draft, tanakas_open
    ):
        VacancyFactory(
            company=kyushu_build, title="Scaffolding crew", sector=sector("construction")
        )

        html = client.get("/employer/vacancies/").content.decode()

        assert "Scaffolding crew" in html
        assert "Secret bento line plan" not in html
        assert "Onigiri packer" not in html

    def test_sato_sees_tanakas_open_vacancy_like_anyone_else(self, client, tanakas_open):
        response = client.get(f"/vacancies/{tanakas_open.pk}/")

        assert response.status_code == 200
        assert response.context["is_owner"] is False
        assert f"/employer/vacancies/{tanakas_open.pk}/edit/" not in response.content.decode()


def test_tanaka_sees_his_own_draft_with_owner_actions(client, tanaka, tanakas_draft):
    client.force_login(tanaka)

    response = client.get(f"/vacancies/{tanakas_draft.pk}/")

    assert response.status_code == 200
    assert response.context["is_owner"] is True
    assert f"/employer/vacancies/{tanakas_draft.pk}/publish/" in response.content.decode()


def test_a_candidate_cannot_open_tanakas_draft(client, lan, tanakas_draft):
    client.force_login(lan)

    assert client.get(f"/vacancies/{tanakas_draft.pk}/").status_code == 404


@pytest.mark.parametrize("url", EMPLOYER_PAGES)
def test_a_candidate_is_forbidden_employer_pages(client, lan, url):
    client.force_login(lan)

    assert client.get(url).status_code == 403


@pytest.mark.parametrize("action", ["edit", "publish", "close"])
def test_a_candidate_is_forbidden_vacancy_actions(client, lan, tanakas_draft, action):
    client.force_login(lan)

    response = client.post(f"/employer/vacancies/{tanakas_draft.pk}/{action}/")

    tanakas_draft.refresh_from_db()
    assert response.status_code == 403
    assert tanakas_draft.status == VacancyStatus.DRAFT


@pytest.mark.parametrize("url", EMPLOYER_PAGES)
def test_an_anonymous_visitor_is_sent_to_log_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"


def test_an_anonymous_publish_is_sent_to_log_in_and_changes_nothing(client, tanakas_draft):
    response = client.post(f"/employer/vacancies/{tanakas_draft.pk}/publish/")

    tanakas_draft.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert tanakas_draft.status == VacancyStatus.DRAFT


class TestUnverifiedCompany:
    """Saga Greens registered yesterday; no recruiter has verified it yet."""

    @pytest.fixture
    def saga_greens(self):
        return CompanyFactory(name_latin="Saga Greens", verified_at=None)

    @pytest.fixture
    def nakamura(self, saga_greens):
        return EmployerFactory(email="nakamura@example.test", company=saga_greens)

    @pytest.fixture
    def greenhouse_job(self, saga_greens):
        return VacancyFactory(company=saga_greens, title="Greenhouse strawberry picker")

    def test_its_open_vacancy_is_not_in_the_public_list(self, client, greenhouse_job):
        html = client.get("/vacancies/").content.decode()

        assert "Greenhouse strawberry picker" not in html

    def test_its_open_vacancy_page_is_not_found_for_strangers(self, client, greenhouse_job):
        assert client.get(f"/vacancies/{greenhouse_job.pk}/").status_code == 404

    def test_its_open_vacancy_page_is_not_found_for_candidates(self, client, lan, greenhouse_job):
        client.force_login(lan)

        assert client.get(f"/vacancies/{greenhouse_job.pk}/").status_code == 404

    def test_its_owner_sees_the_vacancy_with_a_warning(self, client, nakamura, greenhouse_job):
        client.force_login(nakamura)

        response = client.get(f"/vacancies/{greenhouse_job.pk}/")

        assert response.status_code == 200
        assert "awaiting verification" in response.content.decode()

    def test_a_recruiter_sees_the_vacancy(self, client, recruiter, greenhouse_job):
        client.force_login(recruiter)

        response = client.get(f"/vacancies/{greenhouse_job.pk}/")

        assert response.status_code == 200
        assert "Greenhouse strawberry picker" in response.content.decode()
