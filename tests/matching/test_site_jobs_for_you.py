"""Lan's "Jobs for you": the jobs she can apply to, best first, and what would open the others."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matching.tasks import refresh_candidate_matches
from tests.factories import CompanyFactory, jlpt, prefecture, sector
from tests.matching.site_helpers import (
    open_vacancy,
    page_text,
    passes_food_skills_test,
    score,
    section,
    texts,
)

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("dashboard")
ELIGIBLE_HEADING = "you can apply to"
INELIGIBLE_HEADING = "not open to you yet"


def construction_job(company, **fields):
    """SSW (i) construction work: Lan has not passed the construction skills test."""
    values = {
        "title": "Scaffolding crew",
        "sector": sector("construction"),
        "prefecture": prefecture("oita"),
        "required_skills": ["scaffolding"],
        "preferred_skills": [],
        "monthly_salary_jpy": 240_000,
    }
    values.update(fields)
    return open_vacancy(company, **values)


@pytest.fixture
def lans_jobs(lan, tanaka_foods, kyushu_build):
    """Two food jobs open to Lan (she has N4 and the food skills test), one construction job not."""
    profile = passes_food_skills_test(lan)
    jobs = {
        "bento": open_vacancy(tanaka_foods, title="Bento line worker", monthly_salary_jpy=240_000),
        "sauce": open_vacancy(
            tanaka_foods,
            title="Sauce bottling in Saga",
            prefecture=prefecture("saga"),
            required_skills=["food hygiene", "HACCP"],
            monthly_salary_jpy=190_000,
        ),
        "scaffolding": construction_job(kyushu_build),
    }
    refresh_candidate_matches.delay(profile.pk)
    return jobs


def dashboard_page(client, user):
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return page_text(response)


def test_lan_sees_the_jobs_she_can_apply_to_best_first(client, lan, lans_jobs):
    page = dashboard_page(client, lan)

    eligible = section(page, ELIGIBLE_HEADING, INELIGIBLE_HEADING)
    bento, sauce = score(lan, lans_jobs["bento"]), score(lan, lans_jobs["sauce"])
    assert bento.score > sauce.score
    assert "Jobs for you, Nguyễn Thị Lan" in page
    assert "2 jobs you can apply to" in page
    assert eligible.index("Bento line worker") < eligible.index("Sauce bottling in Saga")
    assert "Scaffolding crew" not in eligible


def test_lan_sees_why_each_job_suits_her(client, lan, lans_jobs):
    page = dashboard_page(client, lan)

    bento = score(lan, lans_jobs["bento"])
    assert bento.candidate_reasons
    for text in texts(bento.candidate_reasons, "en"):
        assert text in page
    assert f"Match {round(bento.score * 100)}%" in page


def test_lan_sees_the_job_not_open_to_her_apart_with_what_is_missing(client, lan, lans_jobs):
    page = dashboard_page(client, lan)

    missing = section(page, INELIGIBLE_HEADING)
    assert "1 job not open to you yet" in page
    assert "Scaffolding crew" in missing
    assert "SSW (i) needs the skills test in Construction" in missing
    assert "Bento line worker" not in missing


def test_lan_is_told_which_one_step_would_open_more_jobs(client, lan, lans_jobs, tanaka_foods):
    for title in ("Quality control (N3)", "Line leader (N3)"):
        open_vacancy(tanaka_foods, title=title, min_jlpt_level=jlpt("N3"))
    refresh_candidate_matches.delay(lan.candidate_profile.pk)

    page = dashboard_page(client, lan)

    assert "Passing JLPT N3 would open 2 more jobs" in page
    assert "Needs JLPT N3 or higher (has N4)" in section(page, INELIGIBLE_HEADING)


def test_lan_gets_no_hint_when_no_single_step_opens_a_job_she_wants(client, lan, lans_jobs):
    page = dashboard_page(client, lan)

    assert "unlock-hint" not in page


def test_lan_reading_in_vietnamese_sees_her_reasons_in_vietnamese(client, lan, lans_jobs):
    lan.language = "vi"
    lan.save(update_fields=["language"])

    page = dashboard_page(client, lan)

    bento = score(lan, lans_jobs["bento"])
    scaffolding = score(lan, lans_jobs["scaffolding"])
    for stored in (bento.candidate_reasons, scaffolding.failures):
        for vietnamese, english in zip(texts(stored, "vi"), texts(stored, "en"), strict=True):
            assert vietnamese in page
            if vietnamese != english:
                assert english not in page
    assert "cần đỗ kỳ thi kỹ năng ngành" in page
    assert "SSW (i) needs the skills test in Construction" not in page


def test_a_closed_vacancy_disappears_from_lans_page(client, lan, tanaka, lans_jobs):
    lans_jobs["bento"].status = "closed"
    lans_jobs["bento"].save(update_fields=["status"])

    page = dashboard_page(client, lan)

    assert "Bento line worker" not in page
    assert "1 job you can apply to" in page


# --- Query count ------------------------------------------------------------------------------
def kyushu_with_open_jobs(count, lan):
    """``count`` open vacancies at a few companies: most open to Lan, some needing other tests."""
    profile = passes_food_skills_test(lan)
    companies = CompanyFactory.create_batch(3)
    for number in range(count):
        company = companies[number % 3]
        if number % 4 == 3:
            construction_job(company, title=f"Construction job {number}")
        else:
            open_vacancy(company, title=f"Food job {number}")
    refresh_candidate_matches.delay(profile.pk)


def dashboard_queries(client, lan):
    client.force_login(lan)
    client.get(DASHBOARD)  # The session and the translation catalogue are warm from here on.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("vacancies", [5, 20])
def test_lans_page_costs_a_fixed_number_of_queries(
    client, lan, vacancies, django_assert_max_num_queries
):
    kyushu_with_open_jobs(vacancies, lan)
    client.force_login(lan)
    client.get(DASHBOARD)

    with django_assert_max_num_queries(19):
        response = client.get(DASHBOARD)

    assert response.status_code == 200


def test_lans_page_costs_the_same_with_5_or_20_open_jobs(client, lan):
    kyushu_with_open_jobs(5, lan)
    few = dashboard_queries(client, lan)

    kyushu_with_open_jobs(15, lan)
    many = dashboard_queries(client, lan)

    assert many == few
