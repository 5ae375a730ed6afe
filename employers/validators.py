"""Validators for company data."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def corporate_number_check_digit(base12: str) -> int:
    """Check digit of a Japanese corporate number (法人番号) from its last 12 digits.

    National Tax Agency rule: with the 12 digits numbered from the right (P1 … P12), Q = 1 for odd
    positions and 2 for even ones; the check digit is 9 - (sum of Pn × Qn mod 9).
    """
    total = 0
    for position, char in enumerate(reversed(base12), start=1):
        total += int(char) * (1 if position % 2 else 2)
    return 9 - (total % 9)


def validate_corporate_number(value: str) -> None:
    if len(value) != 13 or not value.isascii() or not value.isdigit():
        raise ValidationError(
            _("A corporate number has exactly 13 digits."), code="corporate_number_format"
        )
    if int(value[0]) != corporate_number_check_digit(value[1:]):
        raise ValidationError(
            _("This corporate number's check digit is wrong; please check the number."),
            code="corporate_number_check_digit",
        )
