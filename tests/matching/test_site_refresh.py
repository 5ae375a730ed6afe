"""Scores follow the site's changes: Tanaka publishes and closes, Lan edits her profile."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from employers import services as employer_services
from employers.models import VacancyStatus
from matching.models import MatchScore
from matching.services import matcher_model
from matching.tasks import refresh_vacancy_matches
from tests.accounts.helpers import complete_profile_data
from tests.factories import jlpt
from tests.matching.site_helpers import (
    codes,
    draft_vacancy,
    has_only_n5,
    open_vacancy,
    passes_food_skills_test,
    profile_of,
    rows_for,
    score,
)

pytestmark = pytest.mark.django_db

PROFILE_URL = reverse("accounts:profile")


@pytest.fixture
def bento_line(tanaka_foods, lan, minh):
    """Tanaka Foods' bento line (SSW (i), food manufacturing, N4), not yet published.

    Lan has N4 and the food manufacturing skills test; Minh has N5 and no test.
    """
    passes_food_skills_test(lan)
    has_only_n5(minh)
    return draft_vacancy(tanaka_foods, title="Bento line worker")


def publish(vacancy, by, capture):
    with capture(execute=True):
        employer_services.vacancy_publish(vacancy=vacancy, by=by)


def test_tanaka_publishing_scores_lan_and_minh(
    client, tanaka, lan, minh, bento_line, django_capture_on_commit_callbacks
):
    client.force_login(tanaka)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("employers:vacancy_publish", args=[bento_line.pk]))

    assert response.status_code == 302
    version = matcher_model().model_version
    for person in (lan, minh):
        stored = score(person, bento_line)
        assert stored.model_version == version
        assert 0 <= stored.score <= 1


def test_lan_with_n4_and_the_food_skills_test_is_eligible(
    tanaka, lan, bento_line, django_capture_on_commit_callbacks
):
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)

    stored = score(lan, bento_line)
    assert stored.eligible is True
    assert stored.score > 0
    assert stored.failures == []


def test_minh_with_n5_and_no_test_is_ineligible_and_told_why(
    tanaka, minh, bento_line, django_capture_on_commit_callbacks
):
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)

    stored = score(minh, bento_line)
    assert stored.eligible is False
    assert stored.score == 0
    assert {"needs_jlpt", "needs_ssw_skill_test"} <= set(codes(stored.failures))


def test_scoring_the_vacancy_again_keeps_one_row_per_candidate(
    tanaka, lan, minh, bento_line, django_capture_on_commit_callbacks
):
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)
    first = score(lan, bento_line)

    refresh_vacancy_matches.delay(bento_line.pk)
    refresh_vacancy_matches.delay(bento_line.pk)
    # Publishing an open vacancy again changes nothing and stores nothing twice.
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)

    assert rows_for(bento_line) == 2
    again = score(lan, bento_line)
    assert again.pk == first.pk
    assert again.score == pytest.approx(first.score)
    assert again.computed_at >= first.computed_at


def test_tanaka_saving_his_open_vacancy_rescores_it_without_duplicates(
    tanaka, lan, bento_line, django_capture_on_commit_callbacks
):
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)
    bento_line.refresh_from_db()
    bento_line.monthly_salary_jpy = 260_000

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.vacancy_save(
            vacancy=bento_line, visa_types=bento_line.visa_types.all(), by=tanaka
        )

    assert rows_for(bento_line) == 2
    reasons = {r["code"]: r["params"] for r in score(lan, bento_line).candidate_reasons}
    assert reasons["pay_above_wish"]["pay"] == 260_000


def test_closing_the_vacancy_deletes_its_scores(
    tanaka, bento_line, django_capture_on_commit_callbacks
):
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)
    assert rows_for(bento_line) == 2

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.vacancy_close(vacancy=bento_line, by=tanaka)

    assert rows_for(bento_line) == 0


def test_unverifying_tanaka_foods_deletes_the_scores_of_its_vacancies_only(
    tanaka, tanaka_foods, kyushu_build, lan, bento_line, django_capture_on_commit_callbacks
):
    publish(bento_line, tanaka, django_capture_on_commit_callbacks)
    site_job = open_vacancy(kyushu_build, title="Oita canteen")
    refresh_vacancy_matches.delay(site_job.pk)

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.company_unverify(company=tanaka_foods)

    assert rows_for(bento_line) == 0
    assert rows_for(site_job) == 2


def test_verifying_tanaka_foods_scores_its_open_vacancies(
    tanaka_foods, recruiter, lan, minh, django_capture_on_commit_callbacks
):
    tanaka_foods.verified_at = None
    tanaka_foods.save(update_fields=["verified_at"])
    waiting = open_vacancy(tanaka_foods, title="Published before verification")

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.company_verify(company=tanaka_foods, by=recruiter)

    assert rows_for(waiting) == 2


def test_a_draft_gets_no_scores(tanaka, bento_line, django_capture_on_commit_callbacks):
    bento_line.title = "Bento line worker (night shift)"

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.vacancy_save(
            vacancy=bento_line, visa_types=bento_line.visa_types.all(), by=tanaka
        )
    refresh_vacancy_matches.delay(bento_line.pk)

    assert bento_line.status == VacancyStatus.DRAFT
    assert rows_for(bento_line) == 0


# --- Lan edits her profile --------------------------------------------------------------------
@pytest.fixture
def scored_yesterday(tanaka, tanaka_foods, lan, minh, django_capture_on_commit_callbacks):
    """Tanaka's bento line is open and was scored yesterday, before Lan's edit."""
    vacancy = draft_vacancy(tanaka_foods, title="Bento line worker")
    publish(vacancy, tanaka, django_capture_on_commit_callbacks)
    yesterday = timezone.now() - datetime.timedelta(days=1)
    MatchScore.objects.filter(vacancy=vacancy).update(computed_at=yesterday)
    return vacancy


def post_profile(client, user, capture, **changes):
    client.force_login(user)
    with capture(execute=True):
        response = client.post(PROFILE_URL, complete_profile_data(**changes))
    assert response.status_code == 302, response.content.decode()[:2000]


def test_lan_adding_the_food_skills_test_makes_her_eligible(
    client, lan, scored_yesterday, django_capture_on_commit_callbacks
):
    before = score(lan, scored_yesterday)
    assert before.eligible is False
    assert "needs_ssw_skill_test" in codes(before.failures)

    post_profile(client, lan, django_capture_on_commit_callbacks)

    after = score(lan, scored_yesterday)
    assert after.eligible is True
    assert after.failures == []
    assert after.computed_at > before.computed_at


def test_lan_raising_her_jlpt_to_n4_makes_her_eligible(
    client, lan, tanaka, tanaka_foods, django_capture_on_commit_callbacks
):
    profile = passes_food_skills_test(lan)
    profile.jlpt_level = jlpt("N5")
    profile.save(update_fields=["jlpt_level"])
    vacancy = draft_vacancy(tanaka_foods)
    publish(vacancy, tanaka, django_capture_on_commit_callbacks)
    assert codes(score(lan, vacancy).failures) == ["needs_jlpt"]

    # N4, without JFT-Basic, so the JLPT level alone is what opens the job.
    post_profile(client, lan, django_capture_on_commit_callbacks, jft_basic=None)

    assert profile_of(lan).jlpt_level == jlpt("N4")
    assert score(lan, vacancy).eligible is True


def test_lan_editing_her_profile_leaves_minhs_scores_alone(
    client, lan, minh, scored_yesterday, django_capture_on_commit_callbacks
):
    before = score(minh, scored_yesterday)

    post_profile(client, lan, django_capture_on_commit_callbacks)

    after = score(minh, scored_yesterday)
    assert after.computed_at == before.computed_at
    assert (after.score, after.eligible, after.failures) == (
        before.score,
        before.eligible,
        before.failures,
    )
