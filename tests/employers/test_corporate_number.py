"""The 13-digit corporate number (法人番号) and its check digit."""

import pytest
from django.core.exceptions import ValidationError

from employers.models import Company
from employers.validators import corporate_number_check_digit, validate_corporate_number
from tests.factories import CompanyFactory, UserFactory

NATIONAL_TAX_AGENCY = "7000012050002"
TOYOTA = "1180301018771"


@pytest.mark.parametrize("number", [NATIONAL_TAX_AGENCY, TOYOTA])
def test_real_corporate_numbers_pass(number):
    validate_corporate_number(number)  # raises if the number is refused
    assert corporate_number_check_digit(number[1:]) == int(number[0])


@pytest.mark.parametrize("wrong_digit", ["1", "5", "8", "9"])
def test_a_changed_check_digit_is_refused(wrong_digit):
    with pytest.raises(ValidationError) as refused:
        validate_corporate_number(wrong_digit + NATIONAL_TAX_AGENCY[1:])

    assert refused.value.code == "corporate_number_check_digit"
    assert refused.value.messages == [
        "This corporate number's check digit is wrong; please check the number."
    ]


def test_a_changed_body_digit_is_refused():
    with pytest.raises(ValidationError) as refused:
        validate_corporate_number("1180301018772")

    assert refused.value.code == "corporate_number_check_digit"


@pytest.mark.parametrize(
    "number",
    [
        NATIONAL_TAX_AGENCY[:12],  # 12 digits
        NATIONAL_TAX_AGENCY + "0",  # 14 digits
        "70000120500AB",  # letters
        "７０００１２０５０００２",  # full-width digits reach the validator only if not normalised
        "",
    ],
)
def test_anything_but_13_ascii_digits_is_refused(number):
    with pytest.raises(ValidationError) as refused:
        validate_corporate_number(number)

    assert refused.value.code == "corporate_number_format"
    assert refused.value.messages == ["A corporate number has exactly 13 digits."]


@pytest.mark.django_db
class TestInTheCompanyForm:
    url = "/employer/company/register/"

    @pytest.fixture
    def yamamoto(self, client):
        user = UserFactory(role="employer", email="yamamoto@example.test")
        client.force_login(user)
        return user

    def test_full_width_digits_with_spaces_and_hyphens_are_normalised(
        self, client, yamamoto, company_post
    ):
        response = client.post(
            self.url, company_post(corporate_number="７０００ ０１２０-５０００２")
        )

        assert response.status_code == 302
        assert Company.objects.get().corporate_number == NATIONAL_TAX_AGENCY

    def test_a_wrong_check_digit_is_shown_beside_the_field(self, client, yamamoto, company_post):
        response = client.post(self.url, company_post(corporate_number="8000012050002"))

        assert response.status_code == 400
        assert response.context["form"].errors["corporate_number"] == [
            "This corporate number's check digit is wrong; please check the number."
        ]
        assert Company.objects.count() == 0

    def test_twelve_digits_are_refused(self, client, yamamoto, company_post):
        response = client.post(self.url, company_post(corporate_number="700001205000"))

        assert response.status_code == 400
        assert response.context["form"].errors["corporate_number"] == [
            "A corporate number has exactly 13 digits."
        ]

    def test_a_number_already_registered_is_refused(self, client, yamamoto, company_post):
        CompanyFactory(corporate_number=NATIONAL_TAX_AGENCY, name_latin="Already Here")

        response = client.post(
            self.url, company_post(corporate_number="７０００-０１２０-５０００２")
        )

        assert response.status_code == 400
        assert response.context["form"].errors["corporate_number"] == [
            "Company with this Corporate number already exists."
        ]
        assert list(Company.objects.values_list("name_latin", flat=True)) == ["Already Here"]
