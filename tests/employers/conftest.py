"""Fixtures for the employer stories: form data that an employer would type, ready to change."""

from collections.abc import Callable
from typing import Any

import pytest

from tests.factories import corporate_number, jlpt, prefecture, sector, visa


@pytest.fixture
def vacancy_post(db) -> Callable[..., dict[str, Any]]:
    """A complete, lawful vacancy as posted from the form; pass field=value to change one.

    A value of None leaves the field out, as a browser does with an unticked checkbox.
    """

    def build(**overrides: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": "Bento line worker",
            "description": "Packing and quality checks on a bento production line in Kasuya.",
            "sector": sector("food_manufacturing").pk,
            "prefecture": prefecture("fukuoka").pk,
            "city": "Kasuya",
            "required_skills": "food hygiene",
            "preferred_skills": "forklift",
            "min_jlpt_level": jlpt("N4").pk,
            "visa_types": [visa("ssw1").pk],
            "min_experience_years": "0",
            "monthly_salary_jpy": "220000",
            "weekly_hours": "40",
            "housing_support": "provided",
            "housing_note": "Shared flat ten minutes from the factory",
            "headcount": "2",
            "start_date": "",
            "placement_fee_payer": "employer",
            "travel_cost_payer": "employer",
            "visa_cost_payer": "employer",
            "training_cost_payer": "employer",
            "worker_fee_note": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return build


@pytest.fixture
def company_post(db) -> Callable[..., dict[str, Any]]:
    """A complete company registration, as Yamamoto of a Nagasaki fish processor would type it."""

    def build(**overrides: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name_ja": "山本水産株式会社",
            "name_latin": "Yamamoto Seafoods",
            "corporate_number": corporate_number(424_242),
            "prefecture": prefecture("nagasaki").pk,
            "city": "Nagasaki",
            "sectors": [sector("food_manufacturing").pk, sector("fishery").pk],
            "size": "10-49",
            "contact_person": "山本 花子",
            "contact_email": "hr@yamamoto-seafoods.test",
            "contact_phone": "095-000-0000",
            "website": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return build
