"""Pay arithmetic: how monthly pay for scheduled weekly hours compares with an hourly floor.

The expected figures are worked by hand: monthly hours are weekly hours × 52 ÷ 12, so 40 h a week
is 173⅓ h a month and 37.5 h a week is exactly 162.5 h a month.
"""

from decimal import Decimal

import pytest

from employers.wages import hourly_rate, meets_floor, minimum_monthly_salary, monthly_hours


@pytest.mark.parametrize(
    ("weekly_hours", "expected"),
    [
        (Decimal("40"), Decimal(2080) / Decimal(12)),
        (Decimal("37.5"), Decimal("162.5")),
        (Decimal("30"), Decimal("130")),
        (20, Decimal(1040) / Decimal(12)),
    ],
)
def test_monthly_hours_average_52_weeks_over_12_months(weekly_hours, expected):
    assert monthly_hours(weekly_hours) == expected


@pytest.mark.parametrize(
    ("monthly_salary_jpy", "weekly_hours", "expected"),
    [
        # Tanaka Foods' usual offer: ¥220,000 for 40 h → 220,000 ÷ 173⅓ = 1,269.23.
        (220_000, Decimal("40"), Decimal("1269.23")),
        # 37.5 h a week: 200,000 ÷ 162.5 = 1,230.769… → 1,230.76 (truncated, never rounded up).
        (200_000, Decimal("37.5"), Decimal("1230.76")),
        # 171,762.5 would be exactly ¥1,057/h at 37.5 h; 171,763 is a little above.
        (171_763, Decimal("37.5"), Decimal("1057.00")),
        (162_500, Decimal("37.5"), Decimal("1000.00")),
        (130_000, 30, Decimal("1000.00")),
        (130_000, 30.0, Decimal("1000.00")),
    ],
)
def test_hourly_rate_is_monthly_pay_over_average_monthly_hours(
    monthly_salary_jpy, weekly_hours, expected
):
    assert hourly_rate(monthly_salary_jpy, weekly_hours) == expected


def test_hourly_rate_is_truncated_to_the_sen():
    # 183,213 yen for 40 h is 1,056.998… yen an hour: shown as 1,056.99, never as the ¥1,057 floor.
    assert hourly_rate(183_213, Decimal("40")) == Decimal("1056.99")


@pytest.mark.parametrize("weekly_hours", [0, Decimal("0"), Decimal("-1")])
def test_hourly_rate_refuses_hours_that_are_not_positive(weekly_hours):
    with pytest.raises(ValueError, match="weekly_hours must be positive"):
        hourly_rate(200_000, weekly_hours)


@pytest.mark.parametrize(
    ("floor", "weekly_hours", "expected"),
    [
        # Fukuoka from 16 Nov 2025: 1,057 × 173⅓ = 183,213.33… → 183,214.
        (1057, Decimal("40"), 183_214),
        # Fukuoka at 37.5 h: 1,057 × 162.5 = 171,762.5 → 171,763.
        (1057, Decimal("37.5"), 171_763),
        # Fukuoka before: 992 × 173⅓ = 171,946.67 → 171,947.
        (992, Decimal("40"), 171_947),
        # Kumamoto from 1 Jan 2026: 1,034 × 173⅓ = 179,226.67 → 179,227.
        (1034, Decimal("40"), 179_227),
        # Miyazaki at 37.5 h: 1,023 × 162.5 = 166,237.5 → 166,238.
        (1023, Decimal("37.5"), 166_238),
        # Oita part-time, 20 h: 1,035 × 1,040 ÷ 12 = 89,700 exactly, so no rounding up.
        (1035, Decimal("20"), 89_700),
        # Whole-hour weeks that divide evenly stay exact too: 1,050 × 173⅓ = 182,000.
        (1050, 40, 182_000),
    ],
)
def test_minimum_monthly_salary_is_the_floor_times_monthly_hours_rounded_up(
    floor, weekly_hours, expected
):
    assert minimum_monthly_salary(floor, weekly_hours) == expected


@pytest.mark.parametrize(
    ("monthly_salary_jpy", "weekly_hours", "floor", "expected"),
    [
        (183_214, Decimal("40"), 1057, True),
        # Its hourly rate rounds to 1,057.00, yet it is 1,056.998… an hour: below the floor.
        (183_213, Decimal("40"), 1057, False),
        (171_763, Decimal("37.5"), 1057, True),
        (171_762, Decimal("37.5"), 1057, False),
        (89_700, Decimal("20"), 1035, True),
        (89_699, Decimal("20"), 1035, False),
        (171_947, Decimal("40"), 992, True),
        (171_946, Decimal("40"), 992, False),
        (220_000, Decimal("40"), 1057, True),
        (150_000, Decimal("40"), 1057, False),
    ],
)
def test_meets_floor_at_the_boundary(monthly_salary_jpy, weekly_hours, floor, expected):
    assert meets_floor(monthly_salary_jpy, weekly_hours, floor) is expected


@pytest.mark.parametrize(
    ("floor", "weekly_hours"),
    [(floor, hours) for floor in (952, 992, 1023, 1034, 1057) for hours in ("40", "37.5", "32")],
)
def test_minimum_monthly_salary_is_the_smallest_pay_that_meets_the_floor(floor, weekly_hours):
    hours = Decimal(weekly_hours)
    needed = minimum_monthly_salary(floor, hours)
    assert meets_floor(needed, hours, floor)
    assert not meets_floor(needed - 1, hours, floor)
