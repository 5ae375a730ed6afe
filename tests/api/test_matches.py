"""Matches: Lan's ranked jobs with reasons in her language; Tanaka's pseudonymous candidates."""

import pytest

from matching.models import MatchScore
from matching.reasons import render_reason
from matching.types import Reason
from tests.api.factories import application, open_vacancy, profile_of, scored
from tests.factories import sector, visa

pytestmark = pytest.mark.django_db


@pytest.fixture
def lan_passed_the_skills_test(lan):
    profile_of(lan).ssw_skill_tests.set([sector("food_manufacturing")])
    return lan


def rendered(stored: list[dict], language: str) -> list[str]:
    return [render_reason(Reason(r["code"], r.get("params") or {}), language) for r in stored]


def test_lan_sees_her_matches_with_reasons(client_for, lan_passed_the_skills_test, bento_job):
    scored(bento_job)

    response = client_for(lan_passed_the_skills_test).get("/api/v1/matches/")

    assert response.status_code == 200
    [match] = response.json()["results"]
    assert match["vacancy"]["title"] == "Bento line worker"
    assert match["eligible"] is True
    assert 0 < match["score"] <= 1
    stored = MatchScore.objects.get(
        vacancy=bento_job, candidate=profile_of(lan_passed_the_skills_test)
    )
    assert match["reasons"] == rendered(stored.candidate_reasons, "en")
    assert match["failures"] == []


def test_reasons_follow_the_requests_language(client_for, lan_passed_the_skills_test, bento_job):
    scored(bento_job)

    [match] = (
        client_for(lan_passed_the_skills_test, language="vi")
        .get("/api/v1/matches/")
        .json()["results"]
    )

    stored = MatchScore.objects.get(vacancy=bento_job)
    assert match["reasons"] == rendered(stored.candidate_reasons, "vi")
    assert match["reasons"] != rendered(stored.candidate_reasons, "en")


def test_an_ineligible_match_says_what_it_needs(client_for, lan, bento_job):
    scored(bento_job)

    [match] = client_for(lan).get("/api/v1/matches/", {"eligible": "false"}).json()["results"]

    assert match["eligible"] is False
    assert match["score"] == 0
    assert match["failures"]


def test_an_employer_has_no_candidate_matches(client_for, tanaka):
    assert client_for(tanaka).get("/api/v1/matches/").status_code == 403


def test_tanaka_sees_candidates_without_names_or_contact(client_for, tanaka, lan, minh, bento_job):
    profile = profile_of(lan)
    # Lan is in Japan and quietly looking for a new employer: Tanaka must never learn it.
    profile.current_location = "japan"
    profile.residence_status = visa("titp")
    profile.seeking_transfer = True
    profile.save(update_fields=["current_location", "residence_status", "seeking_transfer"])
    scored(bento_job)

    response = client_for(tanaka).get(f"/api/v1/company/vacancies/{bento_job.pk}/matches/")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    candidate = next(m["candidate"] for m in body["results"] if m["candidate"]["id"] == profile.pk)
    assert candidate == {
        "id": profile.pk,
        "jlpt_level": "N4",
        "skills": ["food hygiene", "forklift"],
        "sectors": ["food_manufacturing"],
        "preferred_prefectures": ["fukuoka"],
        "experience_years": 2.0,
        "contact": None,
    }
    text = response.content.decode()
    for private in ("Nguyễn Thị Lan", "lan@example.test", "+84 912 345 678", "seeking_transfer"):
        assert private not in text


def test_once_lan_applies_tanaka_sees_her_contact_details_only(
    client_for, tanaka, lan, minh, bento_job
):
    scored(bento_job)
    application(lan, bento_job)

    body = client_for(tanaka).get(f"/api/v1/company/vacancies/{bento_job.pk}/matches/").json()

    contacts = {m["candidate"]["id"]: m["candidate"]["contact"] for m in body["results"]}
    assert contacts[profile_of(lan).pk] == {
        "full_name": "Nguyễn Thị Lan",
        "email": "lan@example.test",
        "phone": "+84 912 345 678",
    }
    assert contacts[profile_of(minh).pk] is None
    assert "Trần Văn Minh" not in str(body)


def test_candidate_filters_apply_and_bad_ones_are_named(client_for, tanaka, lan, bento_job):
    scored(bento_job)
    url = f"/api/v1/company/vacancies/{bento_job.pk}/matches/"
    client = client_for(tanaka)

    assert client.get(url, {"jlpt": "N2"}).json()["count"] == 0
    assert client.get(url, {"prefecture": "fukuoka"}).json()["count"] == 1
    bad = client.get(url, {"prefecture": "tokyo", "jlpt": "N9"})
    assert bad.status_code == 400
    assert set(bad.json()["errors"]) == {"prefecture", "jlpt"}


def test_sato_cannot_see_the_candidates_for_tanakas_vacancy(client_for, sato, lan, bento_job):
    scored(bento_job)

    response = client_for(sato).get(f"/api/v1/company/vacancies/{bento_job.pk}/matches/")

    assert response.status_code == 404
    assert "food hygiene" not in response.content.decode()


def test_tanakas_other_vacancy_has_its_own_candidates(client_for, tanaka, lan, bento_job):
    other = open_vacancy(tanaka, title="Night shift")

    response = client_for(tanaka).get(f"/api/v1/company/vacancies/{other.pk}/matches/")

    assert response.json()["count"] == 0
