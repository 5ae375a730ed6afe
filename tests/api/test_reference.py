"""Reference data: the slugs and codes every other endpoint speaks, with their names."""

import datetime

import pytest

from reference.models import MinimumWage
from tests.factories import prefecture

pytestmark = pytest.mark.django_db


def test_sectors_have_names_in_three_languages(anonymous):
    response = anonymous.get("/api/v1/reference/sectors/", HTTP_ACCEPT_LANGUAGE="vi")

    assert response.status_code == 200
    sectors = {s["slug"]: s for s in response.json()}
    assert len(sectors) == 19
    care = sectors["nursing_care"]
    assert care["name_en"] == "Nursing care"
    assert care["name_ja"] == "介護"
    assert care["name"] == care["name_vi"]
    assert care["kind"] == "ssw"
    assert sectors["semiconductor"]["kind"] == "professional"


def test_prefectures_carry_the_minimum_wage_in_force(anonymous):
    fukuoka = prefecture("fukuoka")
    MinimumWage.objects.create(
        prefecture=fukuoka, yen_per_hour=2_000, effective_from=datetime.date(2099, 10, 1)
    )

    response = anonymous.get("/api/v1/reference/prefectures/", HTTP_ACCEPT_LANGUAGE="ja")

    prefectures = {p["slug"]: p for p in response.json()}
    assert len(prefectures) == 8
    assert prefectures["fukuoka"]["name"] == "福岡県"
    # The 2099 floor is not in force yet.
    assert prefectures["fukuoka"]["minimum_wage"] == {
        "yen_per_hour": 1_057,
        "effective_from": "2025-11-16",
    }


def test_a_prefecture_without_a_recorded_floor_says_null(anonymous):
    MinimumWage.objects.filter(prefecture__slug="saga").delete()

    prefectures = {p["slug"]: p for p in anonymous.get("/api/v1/reference/prefectures/").json()}

    assert prefectures["saga"]["minimum_wage"] is None


def test_visa_types_and_jlpt_levels(anonymous):
    visas = anonymous.get("/api/v1/reference/visa-types/").json()
    levels = anonymous.get("/api/v1/reference/jlpt-levels/").json()

    assert {"ssw1", "ssw2", "titp", "esd", "engineer"} <= {v["slug"] for v in visas}
    assert [level["code"] for level in levels] == ["N5", "N4", "N3", "N2", "N1"]
    assert levels[0] == {"code": "N5", "rank": 1, "name": "JLPT N5"}


def test_reference_lists_take_a_fixed_number_of_queries(anonymous, django_assert_max_num_queries):
    # The prefectures, their floors in force, and the request's savepoint and its release.
    with django_assert_max_num_queries(4):
        anonymous.get("/api/v1/reference/prefectures/")
