"""Lan's invitation over real SMTP: sent in two steps, so a crash never sends it twice.

A real SMTP server (aiosmtpd, tests/notifications/smtp_server.py) runs in a thread; the site's
SMTP backend (notifications.mail.SMTPBackend) talks to it over a socket.
"""

import os
import smtplib
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django.core.mail import EmailMessage, get_connection
from django.db import OperationalError, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from notifications import services, tasks
from notifications.kinds import Kind
from notifications.mail import SMTPBackend, StagedMessage
from notifications.models import Delivery, DeliveryStatus
from tests.notifications.helpers import email_delivery
from tests.notifications.smtp_server import MailServer, delivered_ids

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def smtp_server(tmp_path: Path, settings) -> Iterator[MailServer]:
    server = MailServer(tmp_path)
    server.start()
    settings.EMAIL_BACKEND = "notifications.mail.SMTPBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    yield server
    server.stop()


def record_invitation(lan) -> Delivery:
    """Lan's invitation recorded (and committed where the test commits), not yet delivered."""
    with no_task_queued():
        services.notify(
            kind=Kind.INVITATION,
            recipients=[lan],
            payload={"title": "Bento line worker", "company": "Tanaka Foods"},
            dedupe_key="invitation:bento:lan",
        )
    return email_delivery(lan, Kind.INVITATION)


@contextmanager
def no_task_queued() -> Iterator[mock.MagicMock]:
    """Queue no delivery task: these stories call the delivery themselves."""
    with mock.patch.object(tasks.deliver_event, "delay") as delay:
        yield delay


@pytest.fixture
def invitation_email(lan) -> Delivery:
    return record_invitation(lan)


def send(backend: SMTPBackend, message: EmailMessage) -> None:
    """Stage, end and confirm one message: a whole send in the two steps."""
    staged = backend.stage(message)
    staged.end()
    staged.confirm()


def received(server: MailServer) -> list[str]:
    return [path.read_text() for path in sorted(server.folder.directory.glob("*.eml"))]


def open_backend() -> SMTPBackend:
    backend = get_connection()
    assert isinstance(backend, SMTPBackend)
    backend.open()
    return backend


def site_email_backend(**env: str) -> str:
    """The EMAIL_BACKEND the site's settings choose for these environment variables."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("EMAIL_")}
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [sys.executable, "-c", "from config import settings; print(settings.EMAIL_BACKEND)"],
        cwd=ROOT,
        env={**environment, "DJANGO_ENV": "development", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_an_smtp_url_picks_the_backend_that_sends_in_two_steps():
    assert site_email_backend(EMAIL_URL="smtp+tls://u:p@smtp.example.com:587") == (
        "notifications.mail.SMTPBackend"
    )
    assert site_email_backend() == "django.core.mail.backends.console.EmailBackend"
    django_smtp = "django.core.mail.backends.smtp.EmailBackend"
    assert site_email_backend(EMAIL_BACKEND=django_smtp) == "notifications.mail.SMTPBackend"
    anymail = "anymail.backends.mailgun.EmailBackend"
    assert site_email_backend(EMAIL_URL="smtp://smtp.example.com", EMAIL_BACKEND=anymail) == (
        anymail
    )


def test_a_staged_message_is_not_accepted_until_its_final_line(smtp_server):
    backend = open_backend()
    staged = backend.stage(EmailMessage("Hello", "Body", to=["lan@example.test"]))

    assert received(smtp_server) == []
    staged.end()
    staged.confirm()
    backend.close()

    [message] = received(smtp_server)
    assert "Subject: Hello" in message


def test_a_connection_dropped_before_the_final_line_leaves_the_server_with_nothing(smtp_server):
    backend = open_backend()
    backend.stage(EmailMessage("First", "Body", to=["lan@example.test"]))
    backend.close()  # as when the worker dies: its socket closes mid-message

    # The server still answers, and what it holds is only the message that was ended.
    check = open_backend()
    send(check, EmailMessage("Second", "Body", to=["lan@example.test"]))
    check.close()
    [message] = received(smtp_server)
    assert "Subject: Second" in message


def test_a_message_cannot_be_ended_or_confirmed_once_its_connection_closed(smtp_server):
    backend = open_backend()
    staged = backend.stage(EmailMessage("Lost", "Body", to=["lan@example.test"]))
    backend.close()

    # Ending it now must fail loudly: a silent no-op would let the delivery be committed as
    # sent while the server dropped the message.
    with pytest.raises(smtplib.SMTPServerDisconnected):
        staged.end()
    with pytest.raises(smtplib.SMTPServerDisconnected):
        staged.confirm()
    assert received(smtp_server) == []


def test_lines_that_start_with_a_dot_arrive_intact(smtp_server):
    backend = open_backend()
    body = "Line one\n.hidden line\n..two dots\n."
    send(backend, EmailMessage("Dots", body, to=["lan@example.test"]))
    backend.close()

    [message] = received(smtp_server)
    assert "\n.hidden line\n..two dots\n.\n" in message.replace("\r\n", "\n")


def test_a_message_with_no_recipients_stages_nothing(smtp_server):
    backend = open_backend()
    send(backend, EmailMessage("Nobody", "Body", to=[]))
    backend.close()
    assert received(smtp_server) == []


def test_lans_invitation_is_sent_once_and_marked_sent(smtp_server, invitation_email):
    status = services.deliver(delivery_id=invitation_email.pk)

    assert status == DeliveryStatus.SENT
    invitation_email.refresh_from_db()
    assert (invitation_email.status, invitation_email.attempts) == (DeliveryStatus.SENT, 1)
    assert delivered_ids(smtp_server.folder.directory) == {invitation_email.pk: 1}
    # Delivering again is a no-op: the delivery is already sent.
    assert services.deliver(delivery_id=invitation_email.pk) == DeliveryStatus.SENT
    assert delivered_ids(smtp_server.folder.directory) == {invitation_email.pk: 1}


def test_a_refusal_after_the_final_line_puts_the_delivery_back_with_one_attempt_counted(
    smtp_server, invitation_email
):
    smtp_server.folder.refuse = 1

    with pytest.raises(services.DeliveryFailed) as failure:
        services.deliver(delivery_id=invitation_email.pk)
    assert failure.value.counted
    record = services.delivery_record_failure(
        delivery_id=invitation_email.pk, error=str(failure.value), max_attempts=6, counted=True
    )

    assert (record.status, record.attempts, record.sent_at) == (DeliveryStatus.PENDING, 1, None)
    assert "451" in record.last_error and "4.3.0" in record.last_error
    assert received(smtp_server) == []

    assert services.deliver(delivery_id=invitation_email.pk) == DeliveryStatus.SENT
    invitation_email.refresh_from_db()
    assert invitation_email.attempts == 2
    assert delivered_ids(smtp_server.folder.directory) == {invitation_email.pk: 1}


def test_a_worker_dying_before_the_final_line_sends_nothing_and_keeps_the_delivery_pending(
    smtp_server, invitation_email, monkeypatch
):
    def die(self: StagedMessage) -> None:
        raise SystemExit("killed")  # what a worker's shutdown raises inside a task

    monkeypatch.setattr(StagedMessage, "end", die)
    with pytest.raises(SystemExit):
        services.deliver(delivery_id=invitation_email.pk)

    invitation_email.refresh_from_db()
    assert (invitation_email.status, invitation_email.attempts) == (DeliveryStatus.PENDING, 0)
    monkeypatch.undo()
    # The abandoned message never reached the server; the retry sends the only copy.
    assert services.deliver(delivery_id=invitation_email.pk) == DeliveryStatus.SENT
    assert delivered_ids(smtp_server.folder.directory) == {invitation_email.pk: 1}


def test_a_refused_recipient_is_a_failure_that_names_the_server_answer(
    smtp_server, invitation_email
):
    smtp_server.folder.refused_recipients = {"lan@example.test"}
    backend = open_backend()
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        backend.stage(EmailMessage("Hello", "Body", to=["lan@example.test"]))
    backend.close()

    invitation_email.recipient.email = "lan@example.test"
    invitation_email.recipient.save(update_fields=["email"])
    with pytest.raises(services.DeliveryFailed) as failure:
        services.deliver(delivery_id=invitation_email.pk)

    assert not failure.value.counted  # refused before anything was committed
    assert "SMTPRecipientsRefused" in str(failure.value) and "5.1.1" in str(failure.value)
    invitation_email.refresh_from_db()
    assert (invitation_email.status, invitation_email.attempts) == (DeliveryStatus.PENDING, 0)
    assert received(smtp_server) == []


def test_the_final_line_is_not_held_back_by_nagles_algorithm(smtp_server):
    backend = open_backend()
    assert backend.connection is not None
    option = backend.connection.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    backend.close()
    assert option != 0


def test_an_end_the_server_never_answers_is_marked_unconfirmed_and_not_sent_again(
    smtp_server, invitation_email, settings, client, recruiter
):
    settings.EMAIL_DATA_TIMEOUT = 1
    smtp_server.folder.delay = 3  # stores the message, then takes 3 s to say so

    status = services.deliver(delivery_id=invitation_email.pk)

    # The worker is free after a second. The email may well have arrived (here it did), so it
    # is not sent again by itself: a recruiter sees it and decides.
    assert status == DeliveryStatus.UNCONFIRMED
    invitation_email.refresh_from_db()
    assert (invitation_email.status, invitation_email.attempts) == (DeliveryStatus.UNCONFIRMED, 1)
    assert "timed out" in invitation_email.last_error
    assert tasks.relay_pending() == 0
    assert services.deliver(delivery_id=invitation_email.pk) == DeliveryStatus.UNCONFIRMED
    smtp_server.folder.delay = 0
    assert delivered_ids(smtp_server.folder.directory) == {invitation_email.pk: 1}

    # The recruiter sees it among the deliveries and sends it again from the admin.
    client.force_login(recruiter)
    listed = client.get("/admin/notifications/delivery/", {"status__exact": "unconfirmed"})
    assert "Sent, not confirmed by the mail server" in listed.content.decode()
    with no_task_queued():
        response = client.post(
            "/admin/notifications/delivery/",
            {"action": "retry", "_selected_action": [invitation_email.pk]},
            follow=True,
        )
    assert "1 delivery queued again." in response.content.decode()
    invitation_email.refresh_from_db()
    assert (invitation_email.status, invitation_email.attempts) == (DeliveryStatus.PENDING, 0)


def test_a_stale_failure_does_not_undo_a_delivery_another_worker_sent(
    smtp_server, invitation_email
):
    # Worker A failed before sending; meanwhile worker B sent the email and committed.
    assert services.deliver(delivery_id=invitation_email.pk) == DeliveryStatus.SENT

    record = services.delivery_record_failure(
        delivery_id=invitation_email.pk, error="SMTPServerDisconnected: late", max_attempts=6
    )

    assert (record.status, record.attempts, record.last_error) == (DeliveryStatus.SENT, 1, "")
    assert record.sent_at is not None


@pytest.fixture
def recorded_invitation(lan) -> Delivery:
    """Lan's invitation, committed (in the transactional stories) and not yet delivered."""
    return record_invitation(lan)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failed_commit_after_the_end_still_sends_once_and_records_it(
    smtp_server, recorded_invitation, monkeypatch
):
    real_commit = BaseDatabaseWrapper.commit
    failures: list[int] = []

    def commit_fails_once(self: BaseDatabaseWrapper) -> None:
        if not failures:
            failures.append(1)
            raise OperationalError("server closed the connection unexpectedly")
        real_commit(self)

    monkeypatch.setattr(BaseDatabaseWrapper, "commit", commit_fails_once)

    status = services.deliver(delivery_id=recorded_invitation.pk)

    assert failures == [1]
    assert status == DeliveryStatus.SENT
    recorded_invitation.refresh_from_db()
    assert (recorded_invitation.status, recorded_invitation.attempts) == (DeliveryStatus.SENT, 1)
    assert services.deliver(delivery_id=recorded_invitation.pk) == DeliveryStatus.SENT
    assert delivered_ids(smtp_server.folder.directory) == {recorded_invitation.pk: 1}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_delivering_inside_another_transaction_is_refused_and_sends_nothing(
    smtp_server, recorded_invitation
):
    with pytest.raises(RuntimeError, match="durable"), transaction.atomic():
        services.deliver(delivery_id=recorded_invitation.pk)

    recorded_invitation.refresh_from_db()
    assert recorded_invitation.status == DeliveryStatus.PENDING
    assert received(smtp_server) == []


def test_a_server_that_never_greets_fails_the_delivery_after_email_timeout(
    settings, invitation_email
):
    silent = socket.create_server(("127.0.0.1", 0))  # accepts connections, never says a word
    settings.EMAIL_BACKEND = "notifications.mail.SMTPBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", silent.getsockname()[1]
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 0.5
    try:
        with pytest.raises(services.DeliveryFailed) as failure:
            services.deliver(delivery_id=invitation_email.pk)
    finally:
        silent.close()

    # The socket timeout ended the wait (without one the worker would wait for ever).
    assert str(failure.value).endswith("timed out") and not failure.value.counted
    record = services.delivery_record_failure(
        delivery_id=invitation_email.pk, error=str(failure.value), max_attempts=6
    )
    assert (record.status, record.attempts) == (DeliveryStatus.PENDING, 1)
