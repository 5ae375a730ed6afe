"""Tanaka publishes the bento line: Lan, a strong match, hears about it once; Minh does not."""

import pytest
from django.urls import reverse

from accounts.models import CandidateProfile
from employers import services as employer_services
from matching import services as matching_services
from matching.tasks import refresh_vacancy_matches
from notifications.kinds import Kind
from notifications.models import Delivery, Event, Notification
from tests.matching.site_helpers import open_vacancy, passes_food_skills_test
from tests.notifications.helpers import emails_to, inbox_kinds

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(client, tanaka, bento_line, django_capture_on_commit_callbacks):
    """Tanaka presses "Publish" on the bento line; the match refresh and deliveries follow."""
    client.force_login(tanaka)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("employers:vacancy_publish", args=[bento_line.pk]))
    assert response.status_code == 302
    client.logout()
    bento_line.refresh_from_db()
    return bento_line


def test_lan_finds_tanakas_new_vacancy_in_her_inbox_once(lan, published):
    [notification] = Notification.objects.filter(recipient=lan)

    assert notification.kind == Kind.NEW_MATCH
    assert notification.payload["title"] == "Bento line worker"
    assert notification.payload["company"] == "Tanaka Foods"
    assert notification.url == reverse("vacancy_detail", args=[published.pk])


def test_lan_gets_one_email_about_the_new_vacancy(lan, published):
    [email] = emails_to(lan)

    assert email.subject == "[Kakehashi] A new job matches you: Bento line worker"
    assert "Tanaka Foods" in email.body


def test_minh_who_is_not_eligible_hears_nothing(minh, published):
    assert inbox_kinds(minh) == []
    assert emails_to(minh) == []
    assert not Delivery.objects.filter(recipient=minh).exists()


def test_tanaka_hears_of_the_strong_candidates_in_one_batch(tanaka, sato, published):
    [notification] = Notification.objects.filter(recipient=tanaka)

    assert notification.kind == Kind.NEW_CANDIDATE_MATCH
    assert notification.payload["count"] == 1
    assert notification.url == reverse("vacancy_candidates", args=[published.pk])
    assert inbox_kinds(sato) == []


def test_editing_refreshing_and_republishing_do_not_tell_lan_twice(
    lan, tanaka, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        published.description = "Packing, labelling and quality checks on the bento line."
        employer_services.vacancy_save(
            vacancy=published, visa_types=published.visa_types.all(), by=tanaka
        )
    with django_capture_on_commit_callbacks(execute=True):
        refresh_vacancy_matches.delay(published.pk)
    with django_capture_on_commit_callbacks(execute=True):
        matching_services.match_refresh_candidate(profile=CandidateProfile.objects.get(user=lan))
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.vacancy_close(vacancy=published, by=tanaka)
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.vacancy_publish(vacancy=published, by=tanaka)

    assert inbox_kinds(lan) == [Kind.NEW_MATCH]
    assert len(emails_to(lan)) == 1
    assert inbox_kinds(tanaka) == [Kind.NEW_CANDIDATE_MATCH]
    assert Event.objects.filter(kind=Kind.NEW_MATCH).count() == 1


def test_a_match_below_the_bar_is_not_announced(lan, published_with_a_high_bar):
    assert inbox_kinds(lan) == []
    assert not Event.objects.exists()


@pytest.fixture
def published_with_a_high_bar(settings, tanaka, bento_line, django_capture_on_commit_callbacks):
    """Only near-perfect matches are announced: Lan's strong match is not good enough."""
    settings.NOTIFY_MATCH_MIN_SCORE = 0.999
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.vacancy_publish(vacancy=bento_line, by=tanaka)
    return bento_line


def test_lan_hears_when_her_new_profile_makes_her_a_strong_match(
    lan, minh, tanaka, tanaka_foods, django_capture_on_commit_callbacks
):
    """Lan passes the skills test after the vacancy was published: her own refresh tells her."""
    vacancy = open_vacancy(tanaka_foods, title="Onigiri line worker")
    profile = passes_food_skills_test(lan)

    with django_capture_on_commit_callbacks(execute=True):
        matching_services.match_refresh_candidate(profile=profile)

    [notification] = Notification.objects.filter(recipient=lan)
    assert notification.kind == Kind.NEW_MATCH
    assert notification.payload["vacancy_id"] == vacancy.pk
