"""Lan's inbox on the site: what is new, marking it read, and nothing of Minh's."""

import re

import pytest
from django.urls import reverse

from notifications import services
from notifications.kinds import Kind
from notifications.models import Notification
from tests.notifications.helpers import page_text

pytestmark = pytest.mark.django_db

INBOX = reverse("notifications:inbox")
MARK_READ = reverse("notifications:mark_read")
BADGE_RE = re.compile(r'<span class="badge badge-unread"[^>]*>(\d+)</span>')


def invite(user, title: str, capture) -> Notification:
    """An employer invites ``user`` to apply for ``title``; the invitation reaches the inbox."""
    with capture(execute=True):
        services.notify(
            kind=Kind.INVITATION,
            recipients=[user],
            payload={"title": title, "company": "Tanaka Foods"},
            dedupe_key=f"invitation:{user.pk}:{title}",
        )
    return Notification.objects.get(recipient=user, payload__title=title)


def unread_badge(response) -> int | None:
    match = BADGE_RE.search(response.content.decode())
    return int(match.group(1)) if match else None


@pytest.fixture
def lans_invitations(lan, django_capture_on_commit_callbacks):
    return [
        invite(lan, title, django_capture_on_commit_callbacks)
        for title in ("Bento line worker", "Onigiri line worker", "Sushi line worker")
    ]


@pytest.fixture
def minhs_invitation(minh, django_capture_on_commit_callbacks):
    return invite(minh, "Forklift driver at the Kasuya depot", django_capture_on_commit_callbacks)


def test_lan_sees_her_unread_count_in_the_header(client, lan, lans_invitations):
    client.force_login(lan)

    response = client.get(reverse("dashboard"))

    assert unread_badge(response) == 3


def test_lan_reads_her_invitations_in_the_inbox(client, lan, lans_invitations):
    client.force_login(lan)

    text = page_text(client.get(INBOX))

    assert "Tanaka Foods invites you to apply: Sushi line worker" in text
    assert "Tanaka Foods invites you to apply: Bento line worker" in text


def test_lan_marks_one_notification_read(client, lan, lans_invitations):
    client.force_login(lan)
    bento, onigiri, sushi = lans_invitations

    response = client.post(MARK_READ, {"id": [onigiri.pk]})

    assert response.status_code == 302
    assert set(Notification.objects.filter(read_at__isnull=True).values_list("pk", flat=True)) == {
        bento.pk,
        sushi.pk,
    }
    assert unread_badge(client.get(INBOX)) == 2


def test_marking_read_never_sends_lan_to_another_site(client, lan, lans_invitations):
    client.force_login(lan)

    response = client.post(MARK_READ, {"next": "https://evil.example/phish"})

    assert response.status_code == 302
    assert response["Location"] == INBOX


def test_an_id_beyond_the_database_range_is_ignored(client, lan, lans_invitations):
    client.force_login(lan)

    response = client.post(MARK_READ, {"id": ["9" * 30, "abc"]})

    assert response.status_code == 302
    assert Notification.objects.filter(recipient=lan, read_at__isnull=True).count() == 3


def test_lan_marks_everything_read(client, lan, lans_invitations):
    client.force_login(lan)

    client.post(MARK_READ)

    assert not Notification.objects.filter(recipient=lan, read_at__isnull=True).exists()
    assert unread_badge(client.get(INBOX)) is None


def test_minh_cannot_mark_lans_notifications_read(client, minh, lans_invitations, minhs_invitation):
    client.force_login(minh)

    client.post(MARK_READ, {"id": [n.pk for n in lans_invitations]})

    assert (
        Notification.objects.filter(recipient__email="lan@example.test", read_at=None).count() == 3
    )
    minhs_invitation.refresh_from_db()
    assert minhs_invitation.read_at is None


def test_minh_marking_all_read_leaves_lans_unread(client, minh, lans_invitations, minhs_invitation):
    client.force_login(minh)

    client.post(MARK_READ)

    assert Notification.objects.filter(read_at__isnull=True).count() == 3
    minhs_invitation.refresh_from_db()
    assert minhs_invitation.read_at is not None


def test_lans_inbox_never_shows_minhs_notifications(
    client, lan, lans_invitations, minhs_invitation
):
    client.force_login(lan)

    response = client.get(INBOX)

    assert "Forklift driver" not in page_text(response)
    assert minhs_invitation not in [n for n, _message in response.context["items"]]


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(INBOX)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_lan_reads_her_inbox_in_japanese_after_switching(client, lan, lans_invitations):
    """Notifications store their parameters, so old ones follow a change of language."""
    client.force_login(lan)

    text = page_text(client.get(INBOX, headers={"accept-language": "ja"}))

    assert "Tanaka Foodsから応募の招待: Sushi line worker" in text
