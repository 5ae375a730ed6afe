"""The recruiter's desk: verifying companies and moderating vacancies in the admin."""

import pytest
from django.utils import timezone

from employers.models import Company, VacancyStatus
from employers.wages import minimum_monthly_salary
from tests.factories import CompanyFactory, EmployerFactory, VacancyFactory, prefecture

pytestmark = pytest.mark.django_db

COMPANIES = "/admin/employers/company/"
VACANCIES = "/admin/employers/vacancy/"


@pytest.fixture
def desk(client, recruiter):
    client.force_login(recruiter)
    return client


@pytest.fixture
def saga_greens():
    """A company that registered yesterday and awaits verification, with an open vacancy."""
    company = CompanyFactory(name_latin="Saga Greens", verified_at=None)
    EmployerFactory(email="nakamura@example.test", company=company)
    VacancyFactory(company=company, title="Greenhouse strawberry picker")
    return company


def run_action(client, url, action, objects):
    return client.post(url, {"action": action, "_selected_action": [obj.pk for obj in objects]})


def test_the_recruiter_can_open_the_companies_list(desk, saga_greens, tanaka_foods):
    response = desk.get(COMPANIES)

    assert response.status_code == 200
    assert {c.name_latin for c in response.context["cl"].result_list} == {
        "Saga Greens",
        "Tanaka Foods",
    }


def test_the_verify_action_records_when_and_by_whom(desk, recruiter, saga_greens):
    before = timezone.now()

    response = run_action(desk, COMPANIES, "verify_companies", [saga_greens])

    saga_greens.refresh_from_db()
    assert response.status_code == 302
    assert saga_greens.verified_at >= before
    assert saga_greens.verified_by == recruiter


def test_after_verification_the_companys_open_vacancy_is_public(desk, client, saga_greens):
    run_action(desk, COMPANIES, "verify_companies", [saga_greens])
    client.logout()

    assert "Greenhouse strawberry picker" in client.get("/vacancies/").content.decode()


def test_verifying_again_keeps_the_first_verification(desk, tanaka_foods):
    first = tanaka_foods.verified_at

    run_action(desk, COMPANIES, "verify_companies", [tanaka_foods])

    tanaka_foods.refresh_from_db()
    assert tanaka_foods.verified_at == first
    assert tanaka_foods.verified_by is None


def test_withdrawing_verification_clears_it(desk, recruiter, saga_greens):
    run_action(desk, COMPANIES, "verify_companies", [saga_greens])

    run_action(desk, COMPANIES, "unverify_companies", [saga_greens])

    saga_greens.refresh_from_db()
    assert saga_greens.verified_at is None
    assert saga_greens.verified_by is None


def test_withdrawing_verification_takes_the_vacancies_out_of_public_view(
    desk, client, tanaka_foods
):
    vacancy = VacancyFactory(company=tanaka_foods, title="Bento line worker")

    run_action(desk, COMPANIES, "unverify_companies", [tanaka_foods])
    client.logout()

    assert "Bento line worker" not in client.get("/vacancies/").content.decode()
    assert client.get(f"/vacancies/{vacancy.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("verified", "expected"),
    [("no", {"Saga Greens"}), ("yes", {"Tanaka Foods", "Kyushu Build"}), ("", None)],
)
def test_the_verified_filter_splits_the_companies(
    desk, saga_greens, tanaka_foods, kyushu_build, verified, expected
):
    response = desk.get(COMPANIES, {"verified": verified} if verified else {})

    shown = {c.name_latin for c in response.context["cl"].result_list}
    assert shown == (expected or set(Company.objects.values_list("name_latin", flat=True)))


def test_the_changelist_counts_open_vacancies(desk, tanaka_foods):
    VacancyFactory.create_batch(2, company=tanaka_foods)
    VacancyFactory(company=tanaka_foods, status=VacancyStatus.DRAFT, published_at=None)

    response = desk.get(COMPANIES)

    [row] = [c for c in response.context["cl"].result_list if c.pk == tanaka_foods.pk]
    assert row.open_count == 2


def test_the_close_action_closes_open_vacancies_only(desk, tanaka_foods):
    opened = VacancyFactory(company=tanaka_foods)
    draft = VacancyFactory(company=tanaka_foods, status=VacancyStatus.DRAFT, published_at=None)

    response = run_action(desk, VACANCIES, "close_vacancies", [opened, draft])

    opened.refresh_from_db()
    draft.refresh_from_db()
    assert response.status_code == 302
    assert opened.status == VacancyStatus.CLOSED
    assert opened.closed_at is not None
    assert draft.status == VacancyStatus.DRAFT


def test_an_employer_cannot_use_the_admin(client, tanaka):
    client.force_login(tanaka)

    response = client.get(COMPANIES)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


class TestVacancyChangeForm:
    @pytest.fixture
    def vacancy(self, tanaka_foods):
        return VacancyFactory(
            company=tanaka_foods, title="Bento line worker", monthly_salary_jpy=220_000
        )

    @pytest.fixture
    def admin_post(self, vacancy, vacancy_post):
        def build(**overrides):
            data = {"company": vacancy.company_id, "status": vacancy.status, "title": vacancy.title}
            return vacancy_post(**{**data, **overrides})

        return build

    def test_the_change_form_opens(self, desk, vacancy):
        assert desk.get(f"{VACANCIES}{vacancy.pk}/change/").status_code == 200

    def test_lawful_changes_are_saved(self, desk, vacancy, admin_post):
        response = desk.post(
            f"{VACANCIES}{vacancy.pk}/change/", admin_post(monthly_salary_jpy="230000")
        )

        vacancy.refresh_from_db()
        assert response.status_code == 302
        assert vacancy.monthly_salary_jpy == 230_000

    def test_a_recruiters_edit_rescores_the_vacancy(
        self, desk, vacancy, admin_post, lan, django_capture_on_commit_callbacks
    ):
        from matching.models import MatchScore

        with django_capture_on_commit_callbacks(execute=True):
            response = desk.post(
                f"{VACANCIES}{vacancy.pk}/change/", admin_post(monthly_salary_jpy="230000")
            )

        assert response.status_code == 302
        assert MatchScore.objects.filter(vacancy=vacancy, candidate__user=lan).exists()

    def test_pay_below_the_floor_is_refused_and_nothing_changes(self, desk, vacancy, admin_post):
        floor = prefecture("fukuoka").minimum_wage_on()
        too_low = minimum_monthly_salary(floor.yen_per_hour, 40) - 1

        response = desk.post(
            f"{VACANCIES}{vacancy.pk}/change/",
            admin_post(monthly_salary_jpy=str(too_low), title="Renamed"),
        )

        vacancy.refresh_from_db()
        assert response.status_code == 200
        errors = response.context["adminform"].form.errors
        assert f"¥{floor.yen_per_hour:,} an hour" in errors["monthly_salary_jpy"][0]
        assert vacancy.monthly_salary_jpy == 220_000
        assert vacancy.title == "Bento line worker"

    def test_a_deposit_is_refused_in_the_admin_too(self, desk, vacancy, admin_post):
        response = desk.post(f"{VACANCIES}{vacancy.pk}/change/", admin_post(requires_deposit="on"))

        vacancy.refresh_from_db()
        assert response.status_code == 200
        assert "requires_deposit" in response.context["adminform"].form.errors
        assert vacancy.requires_deposit is False
