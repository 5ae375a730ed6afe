"""Tanaka marks a candidate "not a fit"; Lan marks a job "not interested"."""

import pytest
from django.urls import reverse

from applications.models import Dismissal
from applications.stages import Side
from matching import services as matching_services
from matching.management.commands.train_matcher import outcomes_from_database
from tests.applications.helpers import profile_of
from tests.factories import VacancyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored_vacancy(tanaka_foods, lan, minh):
    vacancy = VacancyFactory(company=tanaka_foods, title="Onigiri line worker", min_jlpt_level=None)
    matching_services.match_refresh_vacancy(vacancy=vacancy)
    return vacancy


def listed_candidates(client, vacancy):
    response = client.get(reverse("vacancy_candidates", args=[vacancy.pk]))
    shown = list(response.context["page_obj"]) + list(response.context["ineligible"])
    return {match.candidate_id for match in shown}


def test_tanaka_hides_lan_as_not_a_fit(client, tanaka, lan, minh, scored_vacancy):
    client.force_login(tanaka)
    assert profile_of(lan).pk in listed_candidates(client, scored_vacancy)
    url = reverse("applications:not_a_fit", args=[scored_vacancy.pk, profile_of(lan).pk])

    response = client.post(url)

    assert response.status_code == 302
    assert Dismissal.objects.filter(candidate=profile_of(lan), side=Side.EMPLOYER).count() == 1
    assert listed_candidates(client, scored_vacancy) == {profile_of(minh).pk}


def test_sato_cannot_dismiss_for_tanakas_vacancy(client, sato, lan, scored_vacancy):
    client.force_login(sato)
    url = reverse("applications:not_a_fit", args=[scored_vacancy.pk, profile_of(lan).pk])

    assert client.post(url).status_code == 404
    assert not Dismissal.objects.exists()


def test_lan_hides_a_job_she_does_not_want(client, lan, scored_vacancy):
    client.force_login(lan)
    assert "Onigiri line worker" in client.get(reverse("dashboard")).content.decode()

    response = client.post(reverse("applications:not_interested", args=[scored_vacancy.pk]))

    assert response.status_code == 302
    page = client.get(reverse("dashboard")).content.decode()
    assert "Onigiri line worker" not in page


def test_an_employer_cannot_use_the_candidates_button(client, tanaka, scored_vacancy):
    client.force_login(tanaka)

    response = client.post(reverse("applications:not_interested", args=[scored_vacancy.pk]))

    assert response.status_code == 403


def test_dismissals_are_negative_outcomes_for_the_scorer(client, lan, tanaka, scored_vacancy):
    client.force_login(lan)
    client.post(reverse("applications:not_interested", args=[scored_vacancy.pk]))

    pairs = outcomes_from_database()

    assert pairs is not None
    assert list(pairs.labels) == [0.0]
    assert pairs.features.shape[0] == 1
