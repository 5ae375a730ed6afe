"""A recruiter keeps the minimum wages up to date in the admin, as each revision is announced."""

import datetime
from decimal import Decimal

import pytest

from employers.services import vacancy_terms_errors
from employers.wages import minimum_monthly_salary
from reference.models import MinimumWage, Sector
from tests.factories import prefecture

pytestmark = pytest.mark.django_db

WAGES = "/admin/reference/minimumwage/"
NEXT_REVISION = datetime.date(2027, 10, 1)


@pytest.fixture
def desk(client, recruiter):
    client.force_login(recruiter)
    return client


def wage_form(wage_prefecture, yen, effective_from, source=""):
    return {
        "prefecture": wage_prefecture.pk,
        "yen_per_hour": str(yen),
        "effective_from": effective_from.isoformat(),
        "source": source,
    }


def test_the_recruiter_sees_every_floor(desk):
    response = desk.get(WAGES)

    assert response.status_code == 200
    assert response.context["cl"].result_count == 16


def test_the_recruiter_corrects_a_floor(desk):
    fukuoka = prefecture("fukuoka")
    wage = fukuoka.minimum_wages.get(effective_from=datetime.date(2025, 11, 16))

    response = desk.post(
        f"{WAGES}{wage.pk}/change/",
        wage_form(fukuoka, 1058, wage.effective_from, "Corrected from the gazette"),
    )

    wage.refresh_from_db()
    assert response.status_code == 302
    assert wage.yen_per_hour == 1058
    assert fukuoka.minimum_wage_on(datetime.date(2025, 11, 16)).yen_per_hour == 1058


def test_the_recruiter_adds_next_years_floor(desk):
    fukuoka = prefecture("fukuoka")

    response = desk.post(
        f"{WAGES}add/", wage_form(fukuoka, 1120, NEXT_REVISION, "Fiscal 2026 revision")
    )

    assert response.status_code == 302
    assert fukuoka.minimum_wage_on(NEXT_REVISION).yen_per_hour == 1120


def test_a_future_floor_does_not_apply_before_its_date(desk):
    fukuoka = prefecture("fukuoka")
    desk.post(f"{WAGES}add/", wage_form(fukuoka, 1120, NEXT_REVISION))

    assert fukuoka.minimum_wage_on(NEXT_REVISION - datetime.timedelta(days=1)).yen_per_hour == 1057


def test_a_vacancy_starting_after_the_added_floor_must_meet_it(desk):
    fukuoka = prefecture("fukuoka")
    desk.post(f"{WAGES}add/", wage_form(fukuoka, 1120, NEXT_REVISION))

    errors = vacancy_terms_errors(
        prefecture=fukuoka,
        monthly_salary_jpy=minimum_monthly_salary(1057, 40),
        weekly_hours=Decimal("40"),
        start_date=NEXT_REVISION,
        requires_deposit=False,
        has_penalty_clause=False,
        today=datetime.date(2027, 8, 1),
    )

    assert "¥1,120 an hour" in errors["monthly_salary_jpy"][0]


def test_two_floors_on_the_same_day_are_refused(desk):
    fukuoka = prefecture("fukuoka")

    response = desk.post(f"{WAGES}add/", wage_form(fukuoka, 1100, datetime.date(2025, 11, 16)))

    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors()
    assert fukuoka.minimum_wage_on(datetime.date(2025, 11, 16)).yen_per_hour == 1057


def test_a_floor_of_zero_is_refused(desk):
    fukuoka = prefecture("fukuoka")

    response = desk.post(f"{WAGES}add/", wage_form(fukuoka, 0, NEXT_REVISION))

    assert response.status_code == 200
    assert not MinimumWage.objects.filter(effective_from=NEXT_REVISION).exists()


def test_the_prefecture_page_shows_the_floor_in_force_today(desk):
    fukuoka = prefecture("fukuoka")
    today = fukuoka.minimum_wage_on()

    response = desk.get("/admin/reference/prefecture/")

    assert f"¥{today.yen_per_hour:,} (since {today.effective_from:%Y-%m-%d})" in (
        response.content.decode()
    )


def test_the_recruiter_renames_a_sector_in_vietnamese(desk):
    sector = Sector.objects.get(slug="nursing_care")

    response = desk.post(
        f"/admin/reference/sector/{sector.pk}/change/",
        {
            "slug": sector.slug,
            "kind": sector.kind,
            "ssw2_eligible": "",
            "sort_order": str(sector.sort_order),
            "name_en": sector.name_en,
            "name_ja": sector.name_ja,
            "name_vi": "Hộ lý",
        },
    )

    sector.refresh_from_db()
    assert response.status_code == 302
    assert sector.name_vi == "Hộ lý"


def test_an_employer_cannot_edit_minimum_wages(client, tanaka):
    fukuoka = prefecture("fukuoka")
    client.force_login(tanaka)

    response = client.post(f"{WAGES}add/", wage_form(fukuoka, 900, NEXT_REVISION))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not MinimumWage.objects.filter(effective_from=NEXT_REVISION).exists()
