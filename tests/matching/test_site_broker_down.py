"""The broker is down when Tanaka publishes or Lan saves her profile: their work still succeeds.

Scores are refreshed after commit and the nightly refresh repairs anything missed, so a failed
enqueue is logged and never turns the request into an error page.
"""

import logging
from unittest import mock

import pytest
from django.urls import reverse
from kombu.exceptions import OperationalError

from employers.models import Vacancy, VacancyStatus
from matching.models import MatchScore
from tests.accounts.helpers import complete_profile_data
from tests.matching.site_helpers import draft_vacancy, profile_of

BROKER_DOWN = OperationalError("[Errno 111] Connection refused")


def broker_down(task: str):
    return mock.patch(f"matching.tasks.{task}.delay", side_effect=BROKER_DOWN)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_tanaka_publishes_while_the_broker_is_down(client, tanaka, tanaka_foods, lan, caplog):
    """A real commit at the end of the request, so the enqueue runs inside it as in production."""
    vacancy = draft_vacancy(tanaka_foods)
    client.force_login(tanaka)

    with broker_down("refresh_vacancy_matches") as delay, caplog.at_level(logging.ERROR):
        response = client.post(reverse("employers:vacancy_publish", args=[vacancy.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("vacancy_detail", args=[vacancy.pk])
    assert Vacancy.objects.get(pk=vacancy.pk).status == VacancyStatus.OPEN
    delay.assert_called_once_with(vacancy.pk)
    assert "Connection refused" in caplog.text
    assert not MatchScore.objects.exists()


@pytest.mark.django_db
def test_lan_saves_her_profile_while_the_broker_is_down(
    client, lan, caplog, django_capture_on_commit_callbacks
):
    client.force_login(lan)

    with (
        broker_down("refresh_candidate_matches") as delay,
        caplog.at_level(logging.ERROR),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(
            reverse("accounts:profile"), complete_profile_data(full_name="Nguyễn Thị Lan Anh")
        )

    assert response.status_code == 302
    assert profile_of(lan).full_name == "Nguyễn Thị Lan Anh"
    delay.assert_called_once_with(profile_of(lan).pk)
    assert "Connection refused" in caplog.text
