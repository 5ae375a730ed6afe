"""What Tanaka may and may not post: field checks, the zero-fee badge, and database constraints."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from employers.models import Vacancy, VacancyStatus
from tests.factories import VacancyFactory

pytestmark = pytest.mark.django_db

CREATE_URL = "/employer/vacancies/new/"
BADGE = "Zero fees to the worker"


def yesterday() -> str:
    return (timezone.localdate() - datetime.timedelta(days=1)).isoformat()


def test_a_lawful_vacancy_is_saved_as_tanakas_draft(client, tanaka, tanaka_foods, vacancy_post):
    client.force_login(tanaka)

    response = client.post(CREATE_URL, vacancy_post())

    vacancy = Vacancy.objects.get()
    assert response["Location"] == f"/vacancies/{vacancy.pk}/"
    assert vacancy.company == tanaka_foods
    assert vacancy.created_by == tanaka
    assert vacancy.status == VacancyStatus.DRAFT
    assert vacancy.published_at is None
    assert vacancy.required_skills == ["food hygiene"]
    assert list(vacancy.visa_types.values_list("slug", flat=True)) == ["ssw1"]


@pytest.mark.parametrize(
    ("field", "overrides", "message"),
    [
        ("title", {"title": ""}, "This field is required."),
        ("visa_types", {"visa_types": []}, "This field is required."),
        ("weekly_hours", {"weekly_hours": "0"}, "greater than or equal to 1"),
        ("weekly_hours", {"weekly_hours": "41"}, "less than or equal to 40"),
        ("headcount", {"headcount": "0"}, "greater than or equal to 1"),
        ("monthly_salary_jpy", {"monthly_salary_jpy": "0"}, "greater than or equal to 1"),
        ("start_date", {"start_date": yesterday}, "The start date cannot be in the past."),
        ("requires_deposit", {"requires_deposit": "on"}, "deposit or guarantee money"),
        ("has_penalty_clause", {"has_penalty_clause": "on"}, "penalty clause for leaving early"),
        ("sector", {"sector": "999999"}, "Select a valid choice."),
    ],
    ids=[
        "empty-title",
        "no-visa-types",
        "zero-hours",
        "41-hours",
        "no-one-to-hire",
        "zero-pay",
        "past-start",
        "deposit",
        "penalty-clause",
        "unknown-sector",
    ],
)
def test_bad_input_is_refused_beside_its_field_and_nothing_is_saved(
    client, tanaka, vacancy_post, field, overrides, message
):
    client.force_login(tanaka)
    data = vacancy_post(**{k: v() if callable(v) else v for k, v in overrides.items()})

    response = client.post(CREATE_URL, data)

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert any(message in error for error in errors[field])
    assert Vacancy.objects.count() == 0


def test_a_deposit_is_refused_with_the_reason(client, tanaka, vacancy_post):
    client.force_login(tanaka)

    response = client.post(CREATE_URL, vacancy_post(requires_deposit="on"))

    assert response.context["form"].errors["requires_deposit"] == [
        "A deposit or guarantee money charged to the worker is prohibited. "
        "Remove it to post this vacancy."
    ]
    assert "is prohibited" in response.content.decode()


def test_editing_an_old_vacancy_keeps_its_past_start_date(
    client, tanaka, tanaka_foods, vacancy_post
):
    # The past-date check is for new dates only: a vacancy that started last year stays editable.
    started = timezone.localdate() - datetime.timedelta(days=30)
    vacancy = VacancyFactory(company=tanaka_foods, start_date=started, status=VacancyStatus.DRAFT)
    client.force_login(tanaka)

    response = client.post(
        f"/employer/vacancies/{vacancy.pk}/edit/",
        vacancy_post(title="Bento line leader", start_date=started.isoformat()),
    )

    vacancy.refresh_from_db()
    assert response.status_code == 302
    assert vacancy.title == "Bento line leader"


class TestZeroFeeBadge:
    def test_shown_on_the_detail_page_when_the_employer_pays_everything(self, client, tanaka_foods):
        vacancy = VacancyFactory(company=tanaka_foods)

        assert BADGE in client.get(f"/vacancies/{vacancy.pk}/").content.decode()

    def test_shown_on_the_list_when_the_employer_pays_everything(self, client, tanaka_foods):
        VacancyFactory(company=tanaka_foods)

        assert BADGE in client.get("/vacancies/").content.decode()

    @pytest.mark.parametrize(
        ("payer_field", "payer"),
        [
            ("placement_fee_payer", "worker"),
            ("travel_cost_payer", "shared"),
            ("visa_cost_payer", "worker"),
            ("training_cost_payer", "shared"),
        ],
    )
    def test_not_shown_on_the_detail_page_when_the_worker_pays_anything(
        self, client, tanaka_foods, payer_field, payer
    ):
        vacancy = VacancyFactory(company=tanaka_foods, **{payer_field: payer})

        response = client.get(f"/vacancies/{vacancy.pk}/")

        assert response.status_code == 200
        assert BADGE not in response.content.decode()

    def test_not_shown_on_the_list_when_the_worker_pays_travel(self, client, tanaka_foods):
        VacancyFactory(company=tanaka_foods, title="Kitchen hand", travel_cost_payer="worker")

        html = client.get("/vacancies/").content.decode()

        assert "Kitchen hand" in html
        assert BADGE not in html


class TestDatabaseConstraints:
    """Even a save that skips the forms and services cannot store what the law forbids."""

    def refuse(self, **fields):
        with pytest.raises(IntegrityError), transaction.atomic():
            VacancyFactory.build(**fields).save()

    def test_a_worker_deposit_cannot_be_stored(self, tanaka_foods):
        self.refuse(company=tanaka_foods, requires_deposit=True)

        assert Vacancy.objects.count() == 0

    def test_a_penalty_clause_cannot_be_stored(self, tanaka_foods):
        self.refuse(company=tanaka_foods, has_penalty_clause=True)

        assert Vacancy.objects.count() == 0

    def test_fifty_hours_a_week_cannot_be_stored(self, tanaka_foods):
        self.refuse(company=tanaka_foods, weekly_hours=Decimal("50"))

        assert Vacancy.objects.count() == 0

    def test_an_open_vacancy_without_a_publication_date_cannot_be_stored(self, tanaka_foods):
        self.refuse(company=tanaka_foods, status=VacancyStatus.OPEN, published_at=None)

        assert Vacancy.objects.count() == 0

    def test_zero_people_to_hire_cannot_be_stored(self, tanaka_foods):
        self.refuse(company=tanaka_foods, headcount=0)

        assert Vacancy.objects.count() == 0

    def test_a_lawful_vacancy_is_stored(self, tanaka_foods):
        VacancyFactory.build(company=tanaka_foods).save()

        assert Vacancy.objects.count() == 1
