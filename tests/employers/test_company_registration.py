"""Yamamoto, a new employer in Nagasaki, registers a company at /employer/company/register/."""

import pytest

from employers.models import Company, CompanyMembership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/employer/company/register/"

REQUIRED_FIELDS = [
    "name_ja",
    "name_latin",
    "corporate_number",
    "prefecture",
    "city",
    "sectors",
    "size",
    "contact_person",
    "contact_email",
]


@pytest.fixture
def yamamoto(client):
    """Yamamoto signed up as an employer and has no company yet."""
    user = UserFactory(role="employer", email="yamamoto@example.test")
    client.force_login(user)
    return user


def test_a_new_employer_sees_the_empty_registration_form(client, yamamoto):
    response = client.get(URL)

    assert response.status_code == 200
    assert response.context["registering"] is True
    assert not response.context["form"].is_bound


def test_a_new_employer_registers_and_is_sent_to_their_vacancies(client, yamamoto, company_post):
    response = client.post(URL, company_post())

    assert response.status_code == 302
    assert response["Location"] == "/employer/vacancies/"


def test_the_registered_company_is_saved_with_its_sectors_and_member(
    client, yamamoto, company_post
):
    client.post(URL, company_post())

    company = Company.objects.get()
    assert company.name_latin == "Yamamoto Seafoods"
    assert company.prefecture.slug == "nagasaki"
    assert sorted(company.sectors.values_list("slug", flat=True)) == [
        "fishery",
        "food_manufacturing",
    ]
    assert CompanyMembership.objects.get(user=yamamoto).company == company


def test_a_newly_registered_company_awaits_verification(client, yamamoto, company_post):
    client.post(URL, company_post())

    company = Company.objects.get()
    assert company.verified_at is None
    assert company.verified_by is None
    assert not company.is_verified


def test_the_employer_is_told_that_a_recruiter_will_verify_the_company(
    client, yamamoto, company_post
):
    response = client.post(URL, company_post(), follow=True)

    assert "A recruiter will verify it" in response.content.decode()


@pytest.mark.parametrize("field", REQUIRED_FIELDS)
def test_each_required_field_left_empty_is_refused(client, yamamoto, company_post, field):
    data = company_post()
    del data[field]

    response = client.post(URL, data)

    assert response.status_code == 400
    assert response.context["form"].errors[field] == ["This field is required."]
    assert Company.objects.count() == 0
    assert not CompanyMembership.objects.filter(user=yamamoto).exists()


def test_an_invalid_email_is_refused(client, yamamoto, company_post):
    response = client.post(URL, company_post(contact_email="not-an-address"))

    assert response.status_code == 400
    assert "contact_email" in response.context["form"].errors
    assert Company.objects.count() == 0


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_candidate_cannot_register_a_company(client, lan, company_post, method):
    client.force_login(lan)

    response = getattr(client, method)(URL, company_post())

    assert response.status_code == 403
    assert Company.objects.count() == 0


def test_an_anonymous_visitor_is_sent_to_log_in(client, company_post):
    response = client.post(URL, company_post())

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert Company.objects.count() == 0


def test_an_employer_with_a_company_is_redirected_to_edit_it(client, tanaka):
    client.force_login(tanaka)

    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"] == "/employer/company/"


def test_an_employer_with_a_company_cannot_register_a_second_one(client, tanaka, company_post):
    client.force_login(tanaka)

    response = client.post(URL, company_post())

    assert response.status_code == 302
    assert not Company.objects.filter(name_latin="Yamamoto Seafoods").exists()


def test_an_employer_without_a_company_is_sent_to_register_first(client, yamamoto):
    response = client.get("/employer/vacancies/new/")

    assert response.status_code == 302
    assert response["Location"] == URL


def test_changing_the_corporate_number_withdraws_verification(client, tanaka, tanaka_foods):
    from tests.factories import corporate_number

    client.force_login(tanaka)
    data = {
        "name_ja": tanaka_foods.name_ja,
        "name_latin": tanaka_foods.name_latin,
        "corporate_number": corporate_number(987_654),
        "prefecture": tanaka_foods.prefecture_id,
        "city": tanaka_foods.city,
        "sectors": [s.pk for s in tanaka_foods.sectors.all()],
        "size": tanaka_foods.size,
        "contact_person": tanaka_foods.contact_person,
        "contact_email": tanaka_foods.contact_email,
    }
    response = client.post("/employer/company/", data)
    assert response.status_code == 302
    tanaka_foods.refresh_from_db()
    assert tanaka_foods.corporate_number == corporate_number(987_654)
    assert tanaka_foods.verified_at is None


def test_changing_the_contact_person_keeps_verification(client, tanaka, tanaka_foods):
    client.force_login(tanaka)
    data = {
        "name_ja": tanaka_foods.name_ja,
        "name_latin": tanaka_foods.name_latin,
        "corporate_number": tanaka_foods.corporate_number,
        "prefecture": tanaka_foods.prefecture_id,
        "city": tanaka_foods.city,
        "sectors": [s.pk for s in tanaka_foods.sectors.all()],
        "size": tanaka_foods.size,
        "contact_person": "佐藤 花子",
        "contact_email": tanaka_foods.contact_email,
    }
    assert client.post("/employer/company/", data).status_code == 302
    tanaka_foods.refresh_from_db()
    assert tanaka_foods.contact_person == "佐藤 花子"
    assert tanaka_foods.verified_at is not None
