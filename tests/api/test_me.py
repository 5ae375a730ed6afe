"""/api/v1/me/: each person's own account; a candidate edits her profile by the form's rules."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from accounts.models import CandidateProfile, Role
from tests.api.factories import profile_of
from tests.factories import UserFactory, sector

pytestmark = pytest.mark.django_db


def test_lan_sees_her_account_and_profile(client_for, lan):
    body = client_for(lan).get("/api/v1/me/").json()

    assert body["email"] == "lan@example.test"
    assert body["role"] == "candidate"
    assert body["company"] is None
    profile = body["candidate_profile"]
    assert profile["full_name"] == "Nguyễn Thị Lan"
    assert profile["jlpt_level"] == "N4"
    assert profile["sectors"] == ["food_manufacturing"]
    assert profile["preferred_prefectures"] == ["fukuoka"]
    assert profile["experience_years"] == 2.0
    assert profile["cv_uploaded"] is False


def test_tanaka_sees_his_company_and_no_profile(client_for, tanaka):
    body = client_for(tanaka).get("/api/v1/me/").json()

    assert body["role"] == "employer"
    assert body["candidate_profile"] is None
    assert body["company"]["name_latin"] == "Tanaka Foods"
    assert body["company"]["is_verified"] is True


def test_lan_changes_her_skills_sectors_and_level(client_for, lan):
    response = client_for(lan).patch(
        "/api/v1/me/",
        {
            "candidate_profile": {
                "skills": ["forklift", "  welding ", "Forklift"],
                "sectors": ["food_manufacturing", "food_service"],
                "jlpt_level": "N3",
            }
        },
    )

    assert response.status_code == 200, response.json()
    profile = profile_of(lan)
    # The form's tag rules apply: trimmed, no repeats.
    assert profile.skills == ["forklift", "welding"]
    assert set(profile.sectors.values_list("slug", flat=True)) == {
        "food_manufacturing",
        "food_service",
    }
    assert profile.jlpt_level.code == "N3"
    # What was not sent is unchanged.
    assert profile.full_name == "Nguyễn Thị Lan"
    assert response.json()["candidate_profile"]["jlpt_level"] == "N3"


def test_profile_errors_come_field_by_field_in_the_forms_words(client_for, lan):
    response = client_for(lan).patch(
        "/api/v1/me/",
        {
            "candidate_profile": {
                "date_of_birth": str(timezone.localdate() + datetime.timedelta(days=1)),
                "sectors": [],
                "seeking_transfer": True,
            }
        },
    )

    assert response.status_code == 400
    assert response.json() == {
        "errors": {
            "candidate_profile.date_of_birth": ["The date of birth cannot be in the future."],
            "candidate_profile.sectors": ["This field is required."],
            "candidate_profile.seeking_transfer": [
                "A transfer applies only to workers already in Japan."
            ],
        },
        "status": 400,
    }
    assert profile_of(lan).sectors.count() == 1


def test_in_japan_without_a_residence_status_is_refused(client_for, lan):
    response = client_for(lan).patch(
        "/api/v1/me/", {"candidate_profile": {"current_location": "japan"}}
    )

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "candidate_profile.residence_status": ["Choose your current residence status in Japan."]
    }


def test_an_unknown_slug_is_named(client_for, lan):
    response = client_for(lan).patch(
        "/api/v1/me/", {"candidate_profile": {"preferred_prefectures": ["tokyo"]}}
    )

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["candidate_profile.preferred_prefectures"]


def test_a_profile_error_speaks_vietnamese(client_for, lan):
    response = client_for(lan, language="vi").patch(
        "/api/v1/me/", {"candidate_profile": {"date_of_birth": "2015-01-01"}}
    )

    with translation.override("vi"):
        expected = gettext(
            "You must be at least %(age)d years old to work in Japan under these statuses."
        ) % {"age": 18}
    assert "18" in expected and "You must" not in expected
    assert response.json()["errors"]["candidate_profile.date_of_birth"] == [expected]


def test_a_new_candidate_creates_her_profile(client_for):
    hoa = UserFactory(email="hoa@example.test", role=Role.CANDIDATE)

    response = client_for(hoa).patch(
        "/api/v1/me/",
        {
            "candidate_profile": {
                "full_name": "Phạm Thị Hoa",
                "date_of_birth": "1999-03-08",
                "sectors": ["nursing_care"],
            }
        },
    )

    assert response.status_code == 200, response.json()
    profile = CandidateProfile.objects.get(user=hoa)
    assert list(profile.sectors.all()) == [sector("nursing_care")]
    assert profile.current_location == "vietnam"


def test_a_new_candidate_must_give_the_required_fields(client_for):
    hoa = UserFactory(email="hoa@example.test", role=Role.CANDIDATE)

    response = client_for(hoa).patch("/api/v1/me/", {"candidate_profile": {"jlpt_level": "N5"}})

    assert response.status_code == 400
    assert set(response.json()["errors"]) == {
        "candidate_profile.full_name",
        "candidate_profile.date_of_birth",
        "candidate_profile.sectors",
    }
    assert not CandidateProfile.objects.filter(user=hoa).exists()


def test_anyone_changes_their_language(client_for, tanaka):
    response = client_for(tanaka).patch("/api/v1/me/", {"language": "ja"})

    assert response.status_code == 200
    tanaka.refresh_from_db()
    assert tanaka.language == "ja"


def test_an_employer_has_no_candidate_profile_to_change(client_for, tanaka):
    response = client_for(tanaka).patch(
        "/api/v1/me/", {"candidate_profile": {"full_name": "Tanaka"}}
    )

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "candidate_profile": ["Only candidate accounts have a candidate profile."]
    }


def test_an_unknown_language_is_refused(client_for, lan):
    response = client_for(lan).patch("/api/v1/me/", {"language": "fr"})

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["language"]
