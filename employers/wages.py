"""Pay arithmetic (pure: no models), used by forms, services and the matcher."""

from decimal import ROUND_DOWN, Decimal

WEEKS_PER_YEAR = Decimal(52)
MONTHS_PER_YEAR = Decimal(12)


def monthly_hours(weekly_hours: Decimal | float | int) -> Decimal:
    """Average scheduled hours a month: weekly hours × 52 weeks ÷ 12 months."""
    return Decimal(str(weekly_hours)) * WEEKS_PER_YEAR / MONTHS_PER_YEAR


def hourly_rate(monthly_salary_jpy: int, weekly_hours: Decimal | float | int) -> Decimal:
    """Hourly pay in yen, truncated to the sen, from monthly pay and weekly scheduled hours.

    This is how the Minimum Wage Act compares monthly pay with an hourly floor: monthly pay
    divided by the average scheduled hours in a month.
    """
    hours = monthly_hours(weekly_hours)
    if hours <= 0:
        raise ValueError("weekly_hours must be positive")
    # Truncated, so that pay just under a floor never displays as equal to it.
    return (Decimal(monthly_salary_jpy) / hours).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def minimum_monthly_salary(floor_yen_per_hour: int, weekly_hours: Decimal | float | int) -> int:
    """The smallest whole-yen monthly pay that meets the hourly floor for these hours."""
    exact = Decimal(floor_yen_per_hour) * monthly_hours(weekly_hours)
    return int(exact.to_integral_value(rounding="ROUND_CEILING"))


def meets_floor(
    monthly_salary_jpy: int, weekly_hours: Decimal | float | int, floor_yen_per_hour: int
) -> bool:
    # Compare whole yen with the exact minimum: the hourly rate is rounded to the sen, and a
    # rounded-up 1,056.998 would otherwise count as meeting a ¥1,057 floor.
    return monthly_salary_jpy >= minimum_monthly_salary(floor_yen_per_hour, weekly_hours)
