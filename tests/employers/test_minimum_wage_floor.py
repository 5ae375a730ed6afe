"""The minimum-wage floor a vacancy's pay must meet, at its boundaries and on its effective dates."""

import datetime
from decimal import Decimal

import pytest

from employers.models import Vacancy
from employers.services import vacancy_terms_errors
from employers.wages import minimum_monthly_salary
from reference.models import Prefecture
from tests.factories import prefecture

pytestmark = pytest.mark.django_db

FORTY_HOURS = Decimal("40")
FUKUOKA_RISE = datetime.date(2025, 11, 16)  # ¥992 → ¥1,057
KUMAMOTO_RISE = datetime.date(2026, 1, 1)  # ¥952 → ¥1,034


def pay_errors(slug, monthly_salary_jpy, *, today, start_date=None, weekly_hours=FORTY_HOURS):
    return vacancy_terms_errors(
        prefecture=prefecture(slug),
        monthly_salary_jpy=monthly_salary_jpy,
        weekly_hours=weekly_hours,
        start_date=start_date,
        requires_deposit=False,
        has_penalty_clause=False,
        today=today,
    )


def test_fukuoka_pay_at_the_exact_minimum_for_40_hours_passes():
    assert pay_errors("fukuoka", minimum_monthly_salary(1057, 40), today=FUKUOKA_RISE) == {}


def test_fukuoka_pay_one_yen_below_the_minimum_is_refused():
    errors = pay_errors("fukuoka", minimum_monthly_salary(1057, 40) - 1, today=FUKUOKA_RISE)

    assert list(errors) == ["monthly_salary_jpy"]


def test_the_refusal_names_the_floor_its_date_and_the_pay_needed():
    [message] = pay_errors("fukuoka", 183_213, today=FUKUOKA_RISE)["monthly_salary_jpy"]

    assert "Fukuoka" in message
    assert "¥1,057 an hour" in message
    assert "Nov. 16, 2025" in message
    assert "Pay at least ¥183,214 a month" in message


def test_pay_at_the_37_5_hour_minimum_passes_and_one_yen_less_fails():
    hours = Decimal("37.5")
    needed = minimum_monthly_salary(1057, hours)

    assert pay_errors("fukuoka", needed, today=FUKUOKA_RISE, weekly_hours=hours) == {}
    assert "monthly_salary_jpy" in pay_errors(
        "fukuoka", needed - 1, today=FUKUOKA_RISE, weekly_hours=hours
    )


def test_the_day_before_the_fukuoka_rise_the_old_floor_applies():
    eve = FUKUOKA_RISE - datetime.timedelta(days=1)

    # Enough under ¥992 an hour, though short of the new ¥1,057.
    assert pay_errors("fukuoka", minimum_monthly_salary(992, 40), today=eve) == {}


def test_the_day_before_the_fukuoka_rise_pay_below_the_old_floor_names_992():
    eve = FUKUOKA_RISE - datetime.timedelta(days=1)

    [message] = pay_errors("fukuoka", minimum_monthly_salary(992, 40) - 1, today=eve)[
        "monthly_salary_jpy"
    ]

    assert "¥992 an hour" in message
    assert "Pay at least ¥171,947 a month" in message


def test_pay_that_met_the_old_fukuoka_floor_is_refused_from_the_rise():
    assert "monthly_salary_jpy" in pay_errors(
        "fukuoka", minimum_monthly_salary(992, 40), today=FUKUOKA_RISE
    )


def test_work_starting_after_a_future_rise_must_meet_the_future_floor():
    # Posted in December 2025 for a January 2026 start in Kumamoto, after the rise to ¥1,034.
    errors = pay_errors(
        "kumamoto",
        minimum_monthly_salary(952, 40),
        today=datetime.date(2025, 12, 1),
        start_date=datetime.date(2026, 1, 10),
    )

    [message] = errors["monthly_salary_jpy"]
    assert "¥1,034 an hour" in message
    assert "Jan. 1, 2026" in message
    assert "Pay at least ¥179,227 a month" in message


def test_work_starting_after_a_future_rise_passes_at_the_future_minimum():
    errors = pay_errors(
        "kumamoto",
        minimum_monthly_salary(1034, 40),
        today=datetime.date(2025, 12, 1),
        start_date=datetime.date(2026, 1, 10),
    )

    assert errors == {}


def test_work_without_a_start_date_uses_the_floor_in_force_today():
    errors = pay_errors(
        "kumamoto", minimum_monthly_salary(952, 40), today=datetime.date(2025, 12, 1)
    )

    assert errors == {}


def test_a_start_date_already_past_uses_todays_floor_not_the_old_one():
    errors = pay_errors(
        "kumamoto",
        minimum_monthly_salary(952, 40),
        today=KUMAMOTO_RISE,
        start_date=datetime.date(2025, 12, 20),
    )

    assert "monthly_salary_jpy" in errors


def test_every_prefecture_has_a_floor_in_force_today():
    without_floor = [p.slug for p in Prefecture.objects.all() if p.minimum_wage_on() is None]

    assert Prefecture.objects.count() == 8
    assert without_floor == []


class TestThroughTheEmployersForm:
    """Tanaka posts a vacancy in Fukuoka at /employer/vacancies/new/."""

    url = "/employer/vacancies/new/"

    @pytest.fixture
    def needed(self):
        floor = prefecture("fukuoka").minimum_wage_on()
        return floor, minimum_monthly_salary(floor.yen_per_hour, 40)

    def test_pay_at_todays_minimum_is_saved_as_a_draft(self, client, tanaka, vacancy_post, needed):
        _floor, pay = needed
        client.force_login(tanaka)

        response = client.post(self.url, vacancy_post(monthly_salary_jpy=pay))

        vacancy = Vacancy.objects.get()
        assert response.status_code == 302
        assert vacancy.monthly_salary_jpy == pay
        assert vacancy.status == "draft"

    def test_pay_one_yen_below_is_refused_with_status_400(
        self, client, tanaka, vacancy_post, needed
    ):
        _floor, pay = needed
        client.force_login(tanaka)

        response = client.post(self.url, vacancy_post(monthly_salary_jpy=pay - 1))

        assert response.status_code == 400
        assert Vacancy.objects.count() == 0

    def test_the_error_is_shown_beside_the_monthly_pay_field(
        self, client, tanaka, vacancy_post, needed
    ):
        floor, pay = needed
        client.force_login(tanaka)

        response = client.post(self.url, vacancy_post(monthly_salary_jpy=pay - 1))

        assert list(response.context["form"].errors) == ["monthly_salary_jpy"]
        html = response.content.decode()
        [pay_field] = [
            block
            for block in html.split('<div class="field')
            if 'name="monthly_salary_jpy"' in block
        ]
        assert "field-invalid" in pay_field
        assert f"¥{floor.yen_per_hour:,} an hour" in pay_field
        assert f"Pay at least ¥{pay:,} a month" in pay_field
