"""Tanaka's own vacancies: written, checked by law, published, closed, deleted while drafts."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from employers.models import Vacancy, VacancyStatus
from tests.api.factories import company_of, open_vacancy

pytestmark = pytest.mark.django_db

URL = "/api/v1/company/vacancies/"


def new_vacancy(**changes):
    fields = {
        "title": "Rice ball line worker",
        "description": "Shape and pack rice balls for convenience stores.",
        "sector": "food_manufacturing",
        "prefecture": "fukuoka",
        "city": "Kasuya",
        "required_skills": ["food hygiene"],
        "min_jlpt_level": "N4",
        "visa_types": ["ssw1"],
        "monthly_salary_jpy": 215_000,
        "weekly_hours": 40,
    }
    fields.update(changes)
    return fields


def test_tanaka_lists_only_his_companys_vacancies(
    client_for, tanaka, sato, bento_job, packing_draft
):
    open_vacancy(sato, title="Kyushu Build scaffolder")

    response = client_for(tanaka).get(URL)

    assert response.status_code == 200
    body = response.json()
    assert {v["title"] for v in body["results"]} == {"Bento line worker", "Packing staff (draft)"}
    draft = next(v for v in body["results"] if v["status"] == "draft")
    assert draft["is_public"] is False


def test_tanaka_writes_a_vacancy_which_is_saved_as_a_draft(client_for, tanaka):
    response = client_for(tanaka).post(URL, new_vacancy())

    assert response.status_code == 201, response.json()
    body = response.json()
    vacancy = Vacancy.objects.get(pk=body["id"])
    assert vacancy.company == company_of(tanaka)
    assert vacancy.created_by == tanaka
    assert vacancy.status == VacancyStatus.DRAFT
    assert body["status"] == "draft"
    assert body["visa_types"] == ["ssw1"]
    assert body["housing_support"] == "none"
    assert body["placement_fee_payer"] == "employer"


def test_pay_below_the_minimum_wage_is_refused_on_the_pay_field(client_for, tanaka):
    response = client_for(tanaka).post(URL, new_vacancy(monthly_salary_jpy=150_000))

    assert response.status_code == 400
    body = response.json()
    assert list(body["errors"]) == ["monthly_salary_jpy"]
    assert (
        "below the minimum wage in Fukuoka of ¥1,057 an hour"
        in body["errors"]["monthly_salary_jpy"][0]
    )
    assert body["status"] == 400
    assert not Vacancy.objects.exists()


def test_the_minimum_wage_message_speaks_vietnamese(client_for, tanaka):
    response = client_for(tanaka, language="vi").post(URL, new_vacancy(monthly_salary_jpy=150_000))

    [message] = response.json()["errors"]["monthly_salary_jpy"]
    with translation.override("vi"):
        translated_start = gettext(
            "¥%(pay)s a month for %(hours)s hours a week is ¥%(hourly)s an hour, below the "
            "minimum wage in %(prefecture)s of ¥%(floor)s an hour (in force from %(since)s). "
            "Pay at least ¥%(needed)s a month."
        ).split("%(")[0]
    assert "below the minimum wage" not in message
    assert message.startswith(translated_start)


def test_a_deposit_and_a_penalty_clause_are_refused_field_by_field(client_for, tanaka):
    response = client_for(tanaka).post(
        URL, new_vacancy(requires_deposit=True, has_penalty_clause=True)
    )

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"requires_deposit", "has_penalty_clause"}


def test_missing_and_malformed_fields_are_named(client_for, tanaka):
    response = client_for(tanaka).post(
        URL, {"title": "", "sector": "space_travel", "weekly_hours": 60, "visa_types": []}
    )

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"title", "description", "sector", "prefecture", "city", "monthly_salary_jpy"} <= set(
        errors
    )
    assert "weekly_hours" in errors


def test_a_start_date_in_the_past_is_refused(client_for, tanaka):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    response = client_for(tanaka).post(URL, new_vacancy(start_date=str(yesterday)))

    assert response.status_code == 400
    assert response.json()["errors"] == {"start_date": ["The start date cannot be in the past."]}


def test_tanaka_changes_one_field(client_for, tanaka, bento_job):
    response = client_for(tanaka).patch(f"{URL}{bento_job.pk}/", {"title": "Bento line leader"})

    assert response.status_code == 200, response.json()
    bento_job.refresh_from_db()
    assert bento_job.title == "Bento line leader"
    assert bento_job.monthly_salary_jpy == 230_000
    assert bento_job.status == VacancyStatus.OPEN


def test_a_change_below_the_minimum_wage_is_refused(client_for, tanaka, bento_job):
    response = client_for(tanaka).patch(f"{URL}{bento_job.pk}/", {"monthly_salary_jpy": 100_000})

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["monthly_salary_jpy"]
    bento_job.refresh_from_db()
    assert bento_job.monthly_salary_jpy == 230_000


def test_tanaka_publishes_a_draft(client_for, tanaka, packing_draft):
    response = client_for(tanaka).post(f"{URL}{packing_draft.pk}/publish/")

    assert response.status_code == 200
    assert response.json()["status"] == "open"
    assert response.json()["is_public"] is True
    packing_draft.refresh_from_db()
    assert packing_draft.published_at is not None


def test_tanaka_closes_an_open_vacancy(client_for, tanaka, bento_job):
    response = client_for(tanaka).post(f"{URL}{bento_job.pk}/close/")

    assert response.status_code == 200
    assert response.json()["status"] == "closed"


def test_closing_a_draft_is_refused(client_for, tanaka, packing_draft):
    response = client_for(tanaka).post(f"{URL}{packing_draft.pk}/close/")

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "non_field_errors": ["Only an open vacancy can be closed."]
    }


def test_tanaka_deletes_a_draft(client_for, tanaka, packing_draft):
    response = client_for(tanaka).delete(f"{URL}{packing_draft.pk}/")

    assert response.status_code == 204
    assert not Vacancy.objects.filter(pk=packing_draft.pk).exists()


def test_an_open_vacancy_cannot_be_deleted(client_for, tanaka, bento_job):
    response = client_for(tanaka).delete(f"{URL}{bento_job.pk}/")

    assert response.status_code == 409
    assert response.json() == {
        "errors": {"detail": ["Only a draft vacancy can be deleted. Close it instead."]},
        "status": 409,
    }
    assert Vacancy.objects.filter(pk=bento_job.pk).exists()


def test_a_candidate_may_not_use_the_company_area(client_for, lan):
    response = client_for(lan).get(URL)

    assert response.status_code == 403
    assert response.json() == {"errors": {"detail": ["This page is for employers."]}, "status": 403}
