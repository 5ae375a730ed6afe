"""Public vacancies: open ones of verified companies, with the site's filters."""

import pytest

from employers.models import CostPayer, VacancyStatus
from tests.api.factories import draft_vacancy, open_vacancy
from tests.factories import CompanyFactory, VacancyFactory, jlpt, prefecture, sector, visa

pytestmark = pytest.mark.django_db

URL = "/api/v1/vacancies/"


def titles(response) -> set[str]:
    return {v["title"] for v in response.json()["results"]}


def test_anyone_lists_open_vacancies_of_verified_companies(anonymous, tanaka, bento_job):
    draft_vacancy(tanaka, title="Not yet published")
    VacancyFactory(company=CompanyFactory(verified_at=None), title="Unverified company")
    open_vacancy(tanaka, title="Closed one", status=VacancyStatus.CLOSED)

    response = anonymous.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 1
    [vacancy] = body["results"]
    assert vacancy["title"] == "Bento line worker"
    assert vacancy["company"]["name_latin"] == "Tanaka Foods"
    assert vacancy["sector"] == "food_manufacturing"
    assert vacancy["prefecture"] == "fukuoka"
    assert vacancy["min_jlpt_level"] == "N4"
    assert vacancy["visa_types"] == ["ssw1"]
    assert vacancy["monthly_salary_jpy"] == 230_000
    assert vacancy["weekly_hours"] == 40.0
    assert vacancy["zero_fee"] is True


def test_the_list_is_paginated(anonymous, tanaka):
    for n in range(3):
        open_vacancy(tanaka, title=f"Line worker {n}")

    first = anonymous.get(URL, {"page_size": 2}).json()
    second = anonymous.get(URL, {"page_size": 2, "page": 2}).json()

    assert first["count"] == 3
    assert len(first["results"]) == 2
    assert first["next"] is not None
    assert len(second["results"]) == 1
    assert second["next"] is None


def test_a_page_past_the_end_is_a_404(anonymous, bento_job):
    response = anonymous.get(URL, {"page": 5})

    assert response.status_code == 404
    assert response.json() == {"errors": {"detail": ["Invalid page."]}, "status": 404}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"sector": "construction"}, {"Scaffolder"}),
        ({"prefecture": "oita"}, {"Scaffolder"}),
        ({"jlpt": "N4"}, {"Bento line worker"}),
        ({"jlpt": "N2"}, {"Bento line worker", "Scaffolder"}),
        ({"visa": "ssw2"}, {"Scaffolder"}),
        ({"min_pay": 250_000}, {"Scaffolder"}),
        ({"zero_fee": "true"}, {"Bento line worker"}),
        ({"q": "scaffold"}, {"Scaffolder"}),
    ],
)
def test_the_sites_filters_apply(anonymous, tanaka, query, expected):
    open_vacancy(tanaka, title="Bento line worker", monthly_salary_jpy=230_000)
    open_vacancy(
        tanaka,
        title="Scaffolder",
        sector=sector("construction"),
        prefecture=prefecture("oita"),
        min_jlpt_level=jlpt("N3"),
        monthly_salary_jpy=280_000,
        visa_types=[visa("ssw2")],
        travel_cost_payer=CostPayer.WORKER,
    )

    response = anonymous.get(URL, query)

    assert response.status_code == 200
    assert titles(response) == expected


def test_an_unknown_filter_value_is_a_400_naming_it(anonymous, bento_job):
    response = anonymous.get(URL, {"sector": "space_travel", "min_pay": "lots"})

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"sector", "min_pay"}


def test_anyone_opens_an_open_vacancy(anonymous, bento_job):
    response = anonymous.get(f"{URL}{bento_job.pk}/")

    assert response.status_code == 200
    assert response.json()["title"] == "Bento line worker"


def test_a_draft_is_not_found_by_the_public(anonymous, client_for, tanaka, packing_draft):
    for client in (anonymous, client_for(tanaka)):
        response = client.get(f"{URL}{packing_draft.pk}/")

        assert response.status_code == 404
        assert "Packing" not in response.content.decode()
