"""A recruiter imports Tanaka Foods' vacancies from a spreadsheet, and exports them again."""

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from employers.models import Vacancy, VacancyStatus
from employers.resources import VacancyResource
from tests.factories import VacancyFactory, jlpt, visa

pytestmark = pytest.mark.django_db

HEADERS = [
    "id",
    "company_corporate_number",
    "title",
    "description",
    "sector",
    "prefecture",
    "city",
    "required_skills",
    "preferred_skills",
    "min_jlpt_level",
    "visa_types",
    "min_experience_years",
    "monthly_salary_jpy",
    "weekly_hours",
    "housing_support",
    "housing_note",
    "headcount",
    "start_date",
    "placement_fee_payer",
    "travel_cost_payer",
    "visa_cost_payer",
    "training_cost_payer",
    "worker_fee_note",
    "requires_deposit",
    "has_penalty_clause",
    "status",
]


@pytest.fixture
def row(tanaka_foods):
    """One spreadsheet row for Tanaka Foods; pass column=value to change a cell."""

    def build(**cells):
        values = {
            "id": "",
            "company_corporate_number": tanaka_foods.corporate_number,
            "title": "Bento line worker",
            "description": "Packing and quality checks on a bento production line.",
            "sector": "food_manufacturing",
            "prefecture": "fukuoka",
            "city": "Kasuya",
            "required_skills": "food hygiene, forklift",
            "preferred_skills": "",
            "min_jlpt_level": "N4",
            "visa_types": "ssw1,titp",
            "min_experience_years": "0",
            "monthly_salary_jpy": "220000",
            "weekly_hours": "40",
            "housing_support": "provided",
            "housing_note": "",
            "headcount": "3",
            "start_date": "",
            "placement_fee_payer": "employer",
            "travel_cost_payer": "employer",
            "visa_cost_payer": "employer",
            "training_cost_payer": "employer",
            "worker_fee_note": "",
            "requires_deposit": "0",
            "has_penalty_clause": "0",
            "status": "open",
        }
        values.update(cells)
        return [values[header] for header in HEADERS]

    return build


def dataset(*rows):
    return tablib.Dataset(*rows, headers=HEADERS)


def run_import(data):
    return VacancyResource().import_data(
        data, dry_run=False, raise_errors=False, use_transactions=True
    )


def row_errors(result):
    """{row number: {field: [messages]}} for every refused row."""
    return {invalid.number: invalid.error_dict for invalid in result.invalid_rows}


def test_good_rows_are_imported(row):
    result = run_import(
        dataset(row(), row(title="Onigiri packer", status="draft", visa_types="ssw1"))
    )

    assert not result.has_errors()
    assert not result.has_validation_errors()
    assert result.totals["new"] == 2
    assert sorted(Vacancy.objects.values_list("title", flat=True)) == [
        "Bento line worker",
        "Onigiri packer",
    ]


def test_an_imported_row_keeps_its_slugs_and_tags(row, tanaka_foods):
    run_import(dataset(row()))

    vacancy = Vacancy.objects.get()
    assert vacancy.company == tanaka_foods
    assert vacancy.sector.slug == "food_manufacturing"
    assert vacancy.prefecture.slug == "fukuoka"
    assert vacancy.min_jlpt_level == jlpt("N4")
    assert set(vacancy.visa_types.all()) == {visa("ssw1"), visa("titp")}
    assert vacancy.required_skills == ["food hygiene", "forklift"]


def test_an_imported_open_vacancy_gets_a_publication_date(row):
    run_import(dataset(row(status="open")))

    vacancy = Vacancy.objects.get()
    assert vacancy.status == VacancyStatus.OPEN
    assert vacancy.published_at is not None


@pytest.mark.parametrize(
    ("cells", "field", "message"),
    [
        ({"monthly_salary_jpy": "150000"}, "monthly_salary_jpy", "below the minimum wage"),
        ({"prefecture": "tokyo"}, "prefecture", "Unknown value: tokyo"),
        ({"requires_deposit": "1"}, "requires_deposit", "deposit or guarantee money"),
        ({"has_penalty_clause": "1"}, "has_penalty_clause", "penalty clause"),
        ({"visa_types": "ssw1,tourist"}, "visa_types", "Unknown value(s): tourist"),
        ({"sector": "mining"}, "sector", "Unknown value: mining"),
        ({"weekly_hours": "48"}, "weekly_hours", "less than or equal to 40"),
        ({"company_corporate_number": "1180301018771"}, "company", "Unknown value"),
    ],
    ids=[
        "below-minimum-wage",
        "unknown-prefecture",
        "deposit",
        "penalty-clause",
        "unknown-visa",
        "unknown-sector",
        "48-hours",
        "unknown-company",
    ],
)
def test_one_bad_row_is_reported_by_field_and_nothing_is_saved(row, cells, field, message):
    result = run_import(
        dataset(row(title="Good first row"), row(title="Bad second row", **cells), row())
    )

    errors = row_errors(result)
    assert list(errors) == [2]
    assert any(message in text for text in errors[2][field])
    assert Vacancy.objects.count() == 0


def test_export_writes_slugs_not_database_ids(tanaka_foods):
    VacancyFactory(
        company=tanaka_foods,
        title="Bento line worker",
        visa_types=[visa("ssw1"), visa("ssw2")],
        required_skills=["food hygiene", "forklift"],
    )

    [exported] = VacancyResource().export().dict

    assert exported["company_corporate_number"] == tanaka_foods.corporate_number
    assert exported["sector"] == "food_manufacturing"
    assert exported["prefecture"] == "fukuoka"
    assert exported["min_jlpt_level"] == "N4"
    assert sorted(exported["visa_types"].split(",")) == ["ssw1", "ssw2"]
    assert exported["required_skills"] == "food hygiene, forklift"


def test_an_exported_file_imports_back_as_an_update(tanaka_foods):
    vacancy = VacancyFactory(company=tanaka_foods, title="Bento line worker")
    exported = VacancyResource().export()

    result = run_import(exported)

    assert not result.has_validation_errors()
    assert result.totals["update"] == 1
    assert Vacancy.objects.get().pk == vacancy.pk


class TestAdminImport:
    url = "/admin/employers/vacancy/import/"

    @pytest.fixture
    def desk(self, client, recruiter):
        client.force_login(recruiter)
        return client

    def upload(self, client, data):
        choices = client.get(self.url).context["form"].fields["format"].choices
        csv_index = next(value for value, label in choices if label == "csv")
        upload = SimpleUploadedFile("vacancies.csv", data.export("csv").encode(), "text/csv")
        return client.post(self.url, {"resource": "0", "format": csv_index, "import_file": upload})

    def test_a_good_file_is_previewed_then_imported_on_confirmation(self, desk, row):
        preview = self.upload(desk, dataset(row(), row(title="Onigiri packer")))

        assert preview.status_code == 200
        assert Vacancy.objects.count() == 0
        confirm = preview.context["confirm_form"]
        response = desk.post(
            "/admin/employers/vacancy/process_import/",
            {name: confirm[name].value() for name in confirm.fields},
        )
        assert response.status_code == 302
        assert Vacancy.objects.count() == 2

    def test_a_file_with_a_bad_row_shows_the_error_and_offers_no_confirmation(self, desk, row):
        response = self.upload(desk, dataset(row(), row(prefecture="tokyo")))

        assert response.status_code == 200
        assert "confirm_form" not in response.context
        assert response.context["result"].has_validation_errors()
        assert "Unknown value: tokyo" in response.content.decode()
        assert Vacancy.objects.count() == 0
