"""The recruiter imports candidates from a spreadsheet: the whole file goes in, or nothing does."""

import csv
import io
from typing import Any

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import CandidateProfile, CurrentLocation, Role, User
from accounts.resources import CandidateResource
from tests.factories import jlpt

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:accounts_candidateprofile_import")
PROCESS_URL = reverse("admin:accounts_candidateprofile_process_import")
HEADERS = [
    "email",
    "full_name",
    "date_of_birth",
    "hometown_province",
    "phone",
    "skills",
    "jlpt_level",
    "jft_basic",
    "care_japanese_test",
    "ssw_skill_tests",
    "ssw2_skill_tests",
    "titp_completed_sectors",
    "current_location",
    "residence_status",
    "sectors",
    "preferred_prefectures",
    "desired_monthly_salary_jpy",
    "experience_years",
    "has_degree",
    "available_from",
]


def row(**overrides: str) -> dict[str, str]:
    """Hoa's line in the recruiter's spreadsheet; overrides make the other people's lines."""
    values = {
        "email": "hoa@example.test",
        "full_name": "Phạm Thị Hoa",
        "date_of_birth": "1998-02-03",
        "hometown_province": "nghe_an",
        "phone": "+84 912 000 111",
        "skills": "forklift, welding、介護",
        "jlpt_level": "N4",
        "jft_basic": "1",
        "care_japanese_test": "0",
        "ssw_skill_tests": "food_manufacturing",
        "ssw2_skill_tests": "",
        "titp_completed_sectors": "",
        "current_location": "vietnam",
        "residence_status": "",
        "sectors": "food_manufacturing,construction",
        "preferred_prefectures": "fukuoka,saga",
        "desired_monthly_salary_jpy": "210000",
        "experience_years": "2",
        "has_degree": "0",
        "available_from": "2026-09-01",
    }
    values.update(overrides)
    return values


BAO = {"email": "bao@example.test", "full_name": "Lê Văn Bảo", "sectors": "construction"}


def dataset(*rows: dict[str, str]) -> tablib.Dataset:
    return tablib.Dataset(*[[r[h] for h in HEADERS] for r in rows], headers=HEADERS)


def import_rows(*rows: dict[str, str]) -> Any:
    return CandidateResource().import_data(
        dataset(*rows), dry_run=False, use_transactions=True, raise_errors=False
    )


def nothing_saved() -> bool:
    return (
        not User.objects.filter(email__in=["hoa@example.test", "bao@example.test"]).exists()
        and not CandidateProfile.objects.filter(
            full_name__in=["Phạm Thị Hoa", "Lê Văn Bảo"]
        ).exists()
    )


def test_good_rows_create_candidates_with_their_choices():
    result = import_rows(row(), row(**BAO))

    assert not result.has_errors() and not result.has_validation_errors()
    hoa = CandidateProfile.objects.get(user__email="hoa@example.test")
    assert hoa.user.role == Role.CANDIDATE
    assert not hoa.user.has_usable_password()
    assert hoa.full_name == "Phạm Thị Hoa"
    assert hoa.skills == ["forklift", "welding", "介護"]
    assert hoa.jlpt_level == jlpt("N4")
    assert hoa.jft_basic is True
    assert set(hoa.sectors.values_list("slug", flat=True)) == {"food_manufacturing", "construction"}
    assert set(hoa.preferred_prefectures.values_list("slug", flat=True)) == {"fukuoka", "saga"}
    assert list(hoa.ssw_skill_tests.values_list("slug", flat=True)) == ["food_manufacturing"]
    bao = CandidateProfile.objects.get(user__email="bao@example.test")
    assert list(bao.sectors.values_list("slug", flat=True)) == ["construction"]


def test_importing_lans_row_updates_her_profile_instead_of_duplicating_it(lan):
    result = import_rows(row(email="LAN@example.test", full_name="Nguyễn Thị Lan", jlpt_level="N3"))

    assert not result.has_errors() and not result.has_validation_errors()
    assert CandidateProfile.objects.filter(user=lan).count() == 1
    assert User.objects.filter(email__iexact="lan@example.test").count() == 1
    assert CandidateProfile.objects.get(user=lan).jlpt_level == jlpt("N3")


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"sectors": "food_manufacturing,knitting"}, id="unknown sector slug"),
        pytest.param({"preferred_prefectures": "tokyo"}, id="prefecture outside Kyushu"),
        pytest.param({"jlpt_level": "N6"}, id="bad jlpt code"),
        pytest.param({"email": "not-an-email"}, id="bad email"),
        pytest.param({"email": ""}, id="missing email"),
        pytest.param({"date_of_birth": "03/02/1998"}, id="date in another format"),
        pytest.param(
            {"residence_status": "ssw1", "current_location": CurrentLocation.VIETNAM},
            id="residence status while in Vietnam",
        ),
        pytest.param({"experience_years": "-1"}, id="negative experience"),
    ],
)
def test_one_bad_row_saves_nothing_at_all(bad):
    result = import_rows(row(), row(**{**BAO, **bad}))

    assert result.has_errors() or result.has_validation_errors()
    assert nothing_saved()


def test_the_bad_row_is_reported_by_its_number_and_field():
    result = import_rows(row(), row(**{**BAO, "jlpt_level": "N6"}))

    [invalid] = result.invalid_rows
    assert invalid.number == 2
    assert invalid.error_dict["jlpt_level"] == ["Unknown value: N6"]


def test_a_row_with_tanakas_employer_email_is_refused(tanaka):
    result = import_rows(row(), row(email="tanaka@example.test"))

    assert result.has_validation_errors()
    [invalid] = result.invalid_rows
    assert invalid.error_dict["email"] == [
        "tanaka@example.test belongs to a non-candidate account."
    ]
    assert not CandidateProfile.objects.filter(user=tanaka).exists()
    assert nothing_saved()


def csv_upload(*rows: dict[str, str]) -> SimpleUploadedFile:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADERS)
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile("candidates.csv", buffer.getvalue().encode(), "text/csv")


def csv_format_choice(response) -> str:
    choices = dict(
        (title, value) for value, title in response.context["form"].fields["format"].choices
    )
    return choices["csv"]


def test_the_recruiter_sees_the_row_errors_in_the_admin_and_nothing_is_saved(client, recruiter):
    client.force_login(recruiter)
    csv_format = csv_format_choice(client.get(IMPORT_URL))

    response = client.post(
        IMPORT_URL,
        {
            "import_file": csv_upload(row(), row(**{**BAO, "jlpt_level": "N6"})),
            "format": csv_format,
            "resource": "0",
        },
    )

    assert response.status_code == 200
    result = response.context["result"]
    assert result.has_validation_errors()
    page = response.content.decode()
    assert "Some rows failed to validate" in page
    assert "Unknown value: N6" in page
    # A file with errors offers no confirm step.
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert nothing_saved()


def test_the_recruiter_imports_a_good_file_in_two_steps(client, recruiter):
    client.force_login(recruiter)
    csv_format = csv_format_choice(client.get(IMPORT_URL))

    preview = client.post(
        IMPORT_URL,
        {"import_file": csv_upload(row(), row(**BAO)), "format": csv_format, "resource": "0"},
    )
    assert preview.status_code == 200
    assert nothing_saved()  # the first step is a dry run
    confirm = preview.context["confirm_form"]

    response = client.post(PROCESS_URL, {name: confirm.initial[name] for name in confirm.fields})

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accounts_candidateprofile_changelist")
    assert set(
        CandidateProfile.objects.filter(
            user__email__in=["hoa@example.test", "bao@example.test"]
        ).values_list("full_name", flat=True)
    ) == {"Phạm Thị Hoa", "Lê Văn Bảo"}


def test_lan_cannot_reach_the_import_page(client, lan):
    client.force_login(lan)

    response = client.post(
        IMPORT_URL, {"import_file": csv_upload(row()), "format": "1", "resource": "0"}
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert nothing_saved()
