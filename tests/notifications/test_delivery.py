"""Delivering Lan's invitation: SMTP failures, retries, dead letters, duplicates and rollbacks."""

import datetime
import smtplib
from unittest import mock

import pytest
from celery.exceptions import Retry
from django.core import mail
from django.db import transaction

from config.celery import app as celery_app
from notifications import services, tasks
from notifications.kinds import Kind
from notifications.models import Delivery, DeliveryStatus, Event, Notification
from notifications.tasks import MAX_ATTEMPTS, deliver_event
from tests.notifications.helpers import FailingSmtpBackend, email_delivery, emails_to, inbox_kinds

pytestmark = pytest.mark.django_db

DELIVERIES = "/admin/notifications/delivery/"


@pytest.fixture
def smtp_fails(settings):
    """The mail server refuses messages: set ``.failures`` to how many (None: all of them)."""
    settings.EMAIL_BACKEND = "tests.notifications.helpers.FailingSmtpBackend"
    FailingSmtpBackend.failures = 0
    FailingSmtpBackend.refused = 0
    yield FailingSmtpBackend
    FailingSmtpBackend.failures = 0


@pytest.fixture
def retries_as_a_worker_does():
    """Inline tasks hand a retry back to Celery, which runs it again at once (no countdown),
    instead of raising it to the caller as the site's inline mode does."""
    previous = celery_app.conf.task_eager_propagates
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = previous


def record_invitation(lan) -> Event:
    """Tanaka Foods invites Lan; recorded in its own committed transaction, not yet delivered."""
    event = services.notify(
        kind=Kind.INVITATION,
        recipients=[lan],
        payload={"title": "Bento line worker", "company": "Tanaka Foods"},
        dedupe_key="invitation:bento:lan",
    )
    assert event is not None
    return event


@pytest.fixture
def invitation(lan, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        return record_invitation(lan)


def test_a_refused_email_waits_with_its_error_and_attempt_recorded(lan, invitation, smtp_fails):
    smtp_fails.failures = 2

    with pytest.raises(Retry):
        deliver_event(invitation.pk)

    delivery = email_delivery(lan, Kind.INVITATION)
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 1
    assert "SMTPException" in delivery.last_error
    assert "451 4.3.0" in delivery.last_error
    assert inbox_kinds(lan) == [Kind.INVITATION]


def test_an_email_refused_twice_is_sent_on_the_third_attempt(lan, invitation, smtp_fails):
    smtp_fails.failures = 2

    for _ in range(2):
        with pytest.raises(Retry):
            deliver_event(invitation.pk)
    assert email_delivery(lan, Kind.INVITATION).attempts == 2
    deliver_event(invitation.pk)

    delivery = email_delivery(lan, Kind.INVITATION)
    assert delivery.status == DeliveryStatus.SENT
    assert delivery.attempts == 3
    assert delivery.sent_at is not None
    assert len(emails_to(lan)) == 1


@pytest.mark.usefixtures("retries_as_a_worker_does")
def test_celery_retries_the_refused_email_until_it_goes_through(lan, invitation, smtp_fails):
    smtp_fails.failures = 2

    deliver_event.delay(invitation.pk)

    assert email_delivery(lan, Kind.INVITATION).status == DeliveryStatus.SENT
    assert smtp_fails.refused == 2
    assert len(emails_to(lan)) == 1


@pytest.mark.usefixtures("retries_as_a_worker_does")
def test_after_max_attempts_the_email_is_dead_and_stays_in_the_inbox(lan, invitation, smtp_fails):
    smtp_fails.failures = None

    deliver_event.delay(invitation.pk)

    delivery = email_delivery(lan, Kind.INVITATION)
    assert delivery.status == DeliveryStatus.DEAD
    assert delivery.attempts == MAX_ATTEMPTS
    assert smtp_fails.refused == MAX_ATTEMPTS
    assert emails_to(lan) == []
    assert inbox_kinds(lan) == [Kind.INVITATION]


@pytest.mark.usefixtures("retries_as_a_worker_does")
def test_a_recruiter_sends_a_dead_email_again_from_the_admin(
    client, recruiter, lan, invitation, smtp_fails, django_capture_on_commit_callbacks
):
    smtp_fails.failures = None
    deliver_event.delay(invitation.pk)
    dead = email_delivery(lan, Kind.INVITATION)
    smtp_fails.failures = 0  # the mail server is repaired
    client.force_login(recruiter)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            DELIVERIES, {"action": "retry", "_selected_action": [dead.pk]}, follow=True
        )

    assert "1 delivery queued again." in response.content.decode()
    dead.refresh_from_db()
    assert dead.status == DeliveryStatus.SENT
    assert len(emails_to(lan)) == 1


def test_the_admin_retry_leaves_sent_deliveries_alone(
    client, recruiter, lan, invitation, django_capture_on_commit_callbacks
):
    deliver_event.delay(invitation.pk)
    sent = email_delivery(lan, Kind.INVITATION)
    client.force_login(recruiter)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            DELIVERIES, {"action": "retry", "_selected_action": [sent.pk]}, follow=True
        )

    assert "0 deliveries queued again." in response.content.decode()
    assert len(emails_to(lan)) == 1


def test_a_duplicated_delivery_task_sends_one_email(lan, invitation):
    first = deliver_event.delay(invitation.pk).get()
    second = deliver_event.delay(invitation.pk).get()

    assert first == {"sent": 2, "failed": 0}
    assert second == {"sent": 0, "failed": 0}
    assert len(emails_to(lan)) == 1
    assert Notification.objects.filter(recipient=lan).count() == 1


def test_the_same_cause_recorded_twice_makes_one_event(lan, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        record_invitation(lan)
    with django_capture_on_commit_callbacks(execute=True):
        record_invitation(lan)

    assert Event.objects.count() == 1
    assert Delivery.objects.count() == 2
    assert len(emails_to(lan)) == 1


def test_the_email_names_its_delivery_for_receivers_that_drop_duplicates(lan, invitation):
    deliver_event.delay(invitation.pk)

    [email] = emails_to(lan)
    assert email.extra_headers["X-Kakehashi-Delivery"] == str(
        email_delivery(lan, Kind.INVITATION).pk
    )


def test_a_notification_whose_change_rolls_back_leaves_nothing(
    lan, django_capture_on_commit_callbacks
):
    class TanakaChangedHisMind(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(TanakaChangedHisMind), transaction.atomic():
            record_invitation(lan)
            raise TanakaChangedHisMind

    assert callbacks == []
    assert not Event.objects.exists()
    assert not Delivery.objects.exists()
    assert mail.outbox == []


def test_nothing_is_recorded_while_muted(lan, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, services.muted():
        assert (
            services.notify(kind=Kind.INVITATION, recipients=[lan], payload={}, dedupe_key="k")
            is None
        )

    assert callbacks == []
    assert not Event.objects.exists()
    assert mail.outbox == []


def test_an_inactive_person_is_not_notified(lan, django_capture_on_commit_callbacks):
    lan.is_active = False
    lan.save(update_fields=["is_active"])

    with django_capture_on_commit_callbacks(execute=True):
        record_invitation(lan)

    assert not Delivery.objects.exists()


def test_the_smtp_error_class_is_what_the_backend_raises(smtp_fails):
    """The fake server fails the way smtplib does, so the service sees a real SMTP error."""
    smtp_fails.failures = 1

    with pytest.raises(smtplib.SMTPException):
        mail.get_connection().send_messages([mail.EmailMessage("s", "b", to=["x@example.test"])])


def test_the_invitation_is_recorded_while_the_mail_server_is_down(
    lan, smtp_fails, django_capture_on_commit_callbacks
):
    """Sent after the commit, so a refused email never undoes the change that caused it."""
    smtp_fails.failures = None

    with django_capture_on_commit_callbacks(execute=True):
        record_invitation(lan)

    delivery = email_delivery(lan, Kind.INVITATION)
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 1
    assert inbox_kinds(lan) == [Kind.INVITATION]


@pytest.fixture
def relay_now(monkeypatch):
    """The relay takes every waiting delivery, however recent (it normally waits 30 s)."""
    monkeypatch.setattr(tasks, "RELAY_AFTER", datetime.timedelta(0))


def test_the_relay_enqueues_an_event_for_many_people_once(
    lan, minh, relay_now, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        event = services.notify(
            kind=Kind.INVITATION, recipients=[lan, minh], payload={}, dedupe_key="inv:both"
        )

    with mock.patch.object(tasks.deliver_event, "delay") as delay:
        assert tasks.relay_pending() == 1

    delay.assert_called_once_with(event.pk)


def test_the_relay_delivers_what_the_broker_never_received(lan, invitation, relay_now):
    tasks.relay_pending()

    assert email_delivery(lan, Kind.INVITATION).status == DeliveryStatus.SENT
    assert inbox_kinds(lan) == [Kind.INVITATION]
    assert tasks.relay_pending() == 0


def test_the_relay_leaves_a_fresh_delivery_to_its_first_attempt(lan, invitation):
    with mock.patch.object(tasks.deliver_event, "delay") as delay:
        assert tasks.relay_pending() == 0

    delay.assert_not_called()


def test_a_crash_after_the_mail_server_accepted_sends_the_email_again_with_the_same_id(
    lan, invitation
):
    """With a backend that cannot send in two steps (an email service over HTTP; here the test
    backend), email is delivered at least once: a worker that dies after the service accepted
    the message but before its commit leaves the delivery pending, and the retry sends it again.
    The X-Kakehashi-Delivery header is the same on both, so a receiver can drop the second.
    SMTP has no such window (test_staged_smtp.py, test_real_worker.py)."""

    class WorkerDied(BaseException):
        pass

    real_save = Delivery.save

    def die_before_the_commit(self, *args, **kwargs):
        if self.channel == "email":
            raise WorkerDied
        return real_save(self, *args, **kwargs)

    with mock.patch.object(Delivery, "save", die_before_the_commit), pytest.raises(WorkerDied):
        deliver_event(invitation.pk)
    deliver_event(invitation.pk)

    emails = emails_to(lan)
    assert len(emails) == 2
    delivery = email_delivery(lan, Kind.INVITATION)
    assert {e.extra_headers["X-Kakehashi-Delivery"] for e in emails} == {str(delivery.pk)}
    assert delivery.status == DeliveryStatus.SENT
