"""Lan decides what comes by email: a kind turned off, or one click to stop every email."""

import pytest
from django.urls import reverse

from notifications import services
from notifications.kinds import Kind
from notifications.models import DeliveryStatus, Preference
from tests.notifications.helpers import email_delivery, emails_to, inbox_kinds, page_text

pytestmark = pytest.mark.django_db

PREFERENCES = reverse("notifications:preferences")


def tell_lan(lan, capture, key: str = "invitation:1") -> None:
    """Tanaka Foods invites Lan to apply (recorded and delivered as the site does)."""
    with capture(execute=True):
        services.notify(
            kind=Kind.INVITATION,
            recipients=[lan],
            payload={"title": "Bento line worker", "company": "Tanaka Foods"},
            dedupe_key=key,
        )


def every_email_but(kind: str) -> dict[str, str]:
    """The preferences form with every email box ticked except ``kind``'s, weekly digest."""
    kinds = [k for k in Kind.values if k != kind]
    return {"digest": "weekly", **{f"email_{k}": "on" for k in kinds}}


def test_lan_turns_off_invitation_emails_and_still_sees_them_on_the_site(
    client, lan, django_capture_on_commit_callbacks
):
    client.force_login(lan)
    response = client.post(PREFERENCES, every_email_but(Kind.INVITATION))
    assert response.status_code == 302

    tell_lan(lan, django_capture_on_commit_callbacks)

    assert email_delivery(lan, Kind.INVITATION).status == DeliveryStatus.SKIPPED
    assert emails_to(lan) == []
    assert inbox_kinds(lan) == [Kind.INVITATION]


def test_lan_keeps_the_emails_she_did_not_turn_off(client, lan, django_capture_on_commit_callbacks):
    client.force_login(lan)
    client.post(PREFERENCES, every_email_but(Kind.NEW_MATCH))

    tell_lan(lan, django_capture_on_commit_callbacks)

    assert email_delivery(lan, Kind.INVITATION).status == DeliveryStatus.SENT
    assert len(emails_to(lan)) == 1


def test_the_preferences_page_shows_lan_only_candidate_kinds(client, lan):
    client.force_login(lan)

    text = page_text(client.get(PREFERENCES))

    assert "An employer invited you to apply" in text
    assert "A company awaits verification" not in text
    assert "A new application" not in text


def test_the_unsubscribe_link_asks_before_it_acts(client, lan):
    response = client.get(
        reverse("notifications:unsubscribe", args=[services.unsubscribe_token(lan)])
    )

    assert response.status_code == 200
    assert "Stop all emails from Kakehashi to lan@example.test?" in page_text(response)
    assert not Preference.objects.filter(user=lan, unsubscribed_all=True).exists()


def test_lan_unsubscribes_with_one_click_without_signing_in(
    client, lan, django_capture_on_commit_callbacks
):
    url = reverse("notifications:unsubscribe", args=[services.unsubscribe_token(lan)])

    response = client.post(url)

    assert response.status_code == 200
    assert "we will not send you emails any more" in page_text(response)
    tell_lan(lan, django_capture_on_commit_callbacks)
    assert emails_to(lan) == []
    assert inbox_kinds(lan) == [Kind.INVITATION]


def test_unsubscribing_skips_the_emails_still_waiting(
    client, lan, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        services.notify(kind=Kind.INVITATION, recipients=[lan], payload={}, dedupe_key="inv:9")

    client.post(reverse("notifications:unsubscribe", args=[services.unsubscribe_token(lan)]))

    assert email_delivery(lan, Kind.INVITATION).status == DeliveryStatus.SKIPPED


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_unsubscribe_link_is_refused(client, lan, method):
    token = services.unsubscribe_token(lan)[:-2] + "xx"

    response = getattr(client, method)(reverse("notifications:unsubscribe", args=[token]))

    assert response.status_code == 400
    assert "This unsubscribe link is not valid." in page_text(response)
    assert not Preference.objects.filter(unsubscribed_all=True).exists()


def test_saving_preferences_again_turns_email_back_on(
    client, lan, django_capture_on_commit_callbacks
):
    client.post(reverse("notifications:unsubscribe", args=[services.unsubscribe_token(lan)]))
    client.force_login(lan)

    client.post(PREFERENCES, every_email_but(Kind.NEW_MATCH))

    tell_lan(lan, django_capture_on_commit_callbacks)
    assert len(emails_to(lan)) == 1
