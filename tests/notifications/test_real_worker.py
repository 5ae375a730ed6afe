"""Real parts: a Celery worker process, Redis and PostgreSQL deliver the notifications.

Each story starts ``celery worker`` as a child process on the test database, so the rows must
really be committed (transactional tests). The worker sends its emails over SMTP to a real SMTP
server in this process (tests/notifications/smtp_server.py), which stores each message it accepts
as a file; the test counts them by their X-Kakehashi-Delivery header.

Without Redis or PostgreSQL these stories skip and say what to start; in CI they fail.
"""

import datetime
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from kombu import pools

from applications import services as application_services
from applications.stages import Stage
from config.celery import app as celery_app
from employers import services as employer_services
from notifications import emitters, tasks
from notifications.kinds import Kind
from notifications.models import Delivery, DeliveryStatus, Notification
from tests.applications.factories import ApplicationFactory
from tests.applications.helpers import move, profile_of
from tests.factories import UserFactory
from tests.matching.site_helpers import (
    draft_vacancy,
    has_only_n5,
    more_candidates,
    open_vacancy,
    passes_food_skills_test,
)
from tests.notifications.smtp_server import MailServer, delivered_ids

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))
QUEUE = "celery"
# A port where nothing listens: the broker "down" at enqueue time.
CLOSED_BROKER = "redis://127.0.0.1:6390/0"


def wait_for(condition: Callable[[], bool], timeout: float, what: str, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    tail = log.read_text()[-3000:] if log and log.exists() else ""
    pytest.fail(f"Timed out after {timeout:.0f} s waiting for {what}.\n{tail}")


def use_broker(url: str) -> None:
    """Point this process's Celery at ``url``, dropping connections pooled for the old one."""
    celery_app.conf.broker_url = url
    pools.reset()  # closes and forgets every pooled connection and producer
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


class Worker:
    """``celery worker`` in its own process group, on the test database and the test Redis."""

    def __init__(self, *, redis_url: str, smtp_port: int, log: Path, **env: str) -> None:
        database = settings.DATABASES["default"]
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.notifications.worker_settings",
            "DATABASE_URL": f"postgres://{database['USER'] or 'postgres'}@"
            f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}",
            "REDIS_URL": redis_url,
            "TEST_SMTP_PORT": str(smtp_port),
            "CELERY_VISIBILITY_TIMEOUT": "5",
            "PYTHONPATH": str(ROOT),
            **env,
        }
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> "Worker":
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(  # noqa: S603 - fixed arguments, no shell
                [CELERY, "-A", "config", "worker", "--pool=prefork", "--concurrency=1"]
                + ["-Q", QUEUE, "-l", "info", "--without-gossip", "--without-mingle"]
                + ["--without-heartbeat", "-n", f"test-{time.monotonic_ns()}@%h"],
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so one signal ends them all
            )
        wait_for(lambda: b" ready." in self.log.read_bytes(), 30, "the worker to start", self.log)
        return self

    def kill(self) -> None:
        """SIGKILL the worker and its pool: a crash, with no chance to acknowledge anything."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)


@pytest.fixture
def broker(redis_url, postgres_database) -> Iterator[redis.Redis]:
    """The test Redis, empty, as this process's broker; tasks are sent to it, not run inline."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    previous = celery_app.conf.broker_url
    celery_app.conf.task_always_eager = False
    use_broker(redis_url)
    yield client
    use_broker(previous)
    client.flushdb()


@pytest.fixture
def smtp_server(tmp_path) -> Iterator[MailServer]:
    path = tmp_path / "mail"
    path.mkdir()
    server = MailServer(path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail_dir(smtp_server) -> Path:
    return smtp_server.folder.directory


@pytest.fixture
def workers(broker, redis_url, smtp_server, tmp_path) -> Iterator[Callable[..., Worker]]:
    """Start workers with ``workers(**env)``; all are killed at the end, whatever happens."""
    started: list[Worker] = []

    def start(**env: str) -> Worker:
        log = tmp_path / f"worker-{len(started)}.log"
        worker = Worker(redis_url=redis_url, smtp_port=smtp_server.port, log=log, **env)
        started.append(worker)
        return worker.start()

    yield start
    for worker in started:
        worker.kill()


def idle(client: redis.Redis) -> bool:
    """Nothing waiting in the queue and nothing taken but unacknowledged (acks_late)."""
    return client.llen(QUEUE) == 0 and client.hlen("unacked") == 0


def wait_until_idle(client: redis.Redis, log: Path | None = None, timeout: float = 30) -> None:
    wait_for(lambda: idle(client), timeout, "the worker to finish", log)
    time.sleep(0.2)
    wait_for(lambda: idle(client), timeout, "the worker to finish", log)


def pending(**filters: object) -> int:
    return Delivery.objects.filter(status=DeliveryStatus.PENDING, **filters).count()


def email_ids(**filters: object) -> set[int]:
    return set(Delivery.objects.filter(channel="email", **filters).values_list("pk", flat=True))


@pytest.fixture
def bento_line(tanaka_foods, lan, minh):
    passes_food_skills_test(lan)
    has_only_n5(minh)
    return draft_vacancy(tanaka_foods, title="Bento line worker")


def test_a_published_vacancy_reaches_the_right_candidates_once_through_the_worker(
    client, broker, workers, mail_dir, tanaka, lan, minh, bento_line
):
    others = [profile.user for profile in more_candidates(3)]
    client.force_login(tanaka)

    response = client.post(reverse("employers:vacancy_publish", args=[bento_line.pk]))

    # Tanaka's request is answered with no worker running at all: the refresh and the
    # fan-out wait in Redis, so the request never waits for them.
    assert response.status_code == 302
    assert broker.llen(QUEUE) == 1
    assert not Delivery.objects.exists()

    worker = workers()
    wait_for(lambda: len(delivered_ids(mail_dir)) == 5, 30, "five emails", worker.log)
    wait_until_idle(broker, worker.log)

    for person in (lan, *others):
        assert list(
            Notification.objects.filter(recipient=person).values_list("kind", flat=True)
        ) == [Kind.NEW_MATCH]
    assert not Notification.objects.filter(recipient=minh).exists()
    [batch] = Notification.objects.filter(recipient=tanaka)
    assert (batch.kind, batch.payload["count"]) == (Kind.NEW_CANDIDATE_MATCH, 4)
    assert delivered_ids(mail_dir) == {pk: 1 for pk in email_ids()}

    # Tanaka edits the open vacancy: a second refresh in the worker tells nobody again.
    bento_line.refresh_from_db()
    bento_line.description = "Packing, labelling and quality checks."
    employer_services.vacancy_save(
        vacancy=bento_line, visa_types=bento_line.visa_types.all(), by=tanaka
    )
    wait_until_idle(broker, worker.log)
    assert Notification.objects.count() == 5
    assert delivered_ids(mail_dir) == {pk: 1 for pk in email_ids()}


def test_a_worker_killed_mid_batch_is_recovered_with_every_email_sent_once(
    broker, workers, smtp_server, mail_dir, tanaka_foods, monkeypatch
):
    """Tanaka's bento line goes to 200 candidates; the worker dies with SIGKILL half-way.

    The mail server takes 20 ms to answer each message after storing it, as servers that scan
    mail do: most kills land while the worker waits for that answer, when the old order (send,
    then commit) sent the message again after the restart.
    """
    candidates = UserFactory.create_batch(200, verified=False)
    vacancy = open_vacancy(tanaka_foods, title="Bento line worker")
    smtp_server.folder.delay = 0.02
    first = workers()

    with transaction.atomic():
        emitters.strong_matches(vacancy, [user.pk for user in candidates])

    event_emails = email_ids(event__kind=Kind.NEW_MATCH)
    assert len(event_emails) == 200
    sent = Delivery.objects.filter(
        channel="email", status=DeliveryStatus.SENT, event__kind=Kind.NEW_MATCH
    )
    wait_for(lambda: sent.count() >= 40, 30, "40 emails", first.log)
    first.kill()
    sent_before_the_kill = sent.count()
    assert 40 <= sent_before_the_kill < 200

    # A new worker takes the killed worker's task back from Redis once its visibility timeout
    # passes; the relay (beat runs it every minute) enqueues the event again as well.
    second = workers()
    monkeypatch.setattr(tasks, "RELAY_AFTER", datetime.timedelta(0))
    assert tasks.relay_pending() >= 1
    wait_for(lambda: pending() == 0, 45, "every delivery to be sent", second.log)
    wait_until_idle(broker, second.log)

    received = delivered_ids(mail_dir)
    duplicates = {pk: n for pk, n in received.items() if n > 1}
    assert duplicates == {}, f"sent twice: {duplicates} (killed after {sent_before_the_kill})"
    assert set(received) >= event_emails
    assert Notification.objects.filter(kind=Kind.NEW_MATCH).count() == 200
    assert not Delivery.objects.exclude(status=DeliveryStatus.SENT).exists()
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {1}


def test_deliveries_wait_for_a_broker_that_was_down_and_go_out_once_it_is_back(
    client, broker, redis_url, workers, mail_dir, tanaka, lan, tanaka_foods, monkeypatch, caplog
):
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", 6390)) != 0, "something listens on port 6390"
    application = ApplicationFactory(
        candidate=profile_of(lan), vacancy=open_vacancy(tanaka_foods, title="Bento line worker")
    )
    next_week = timezone.localtime(timezone.now() + datetime.timedelta(days=7))
    client.force_login(tanaka)
    use_broker(CLOSED_BROKER)

    with caplog.at_level(logging.ERROR):
        response = move(
            client,
            application,
            Stage.INTERVIEW,
            interview_at=next_week.strftime("%Y-%m-%dT%H:%M"),
            interview_place="Tanaka Foods, Hakata factory",
        )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEW
    assert pending(recipient=lan) == 2  # in the site and by email, recorded with the move
    assert "on_commit" in caplog.text

    use_broker(redis_url)
    worker = workers()
    monkeypatch.setattr(tasks, "RELAY_AFTER", datetime.timedelta(0))
    assert tasks.relay_pending() == 1
    wait_for(lambda: pending() == 0, 30, "the deliveries", worker.log)
    assert tasks.relay_pending() == 0
    wait_until_idle(broker, worker.log)

    assert list(Notification.objects.values_list("recipient__email", "kind")) == [
        (lan.email, Kind.STAGE_CHANGE)
    ]
    assert delivered_ids(mail_dir) == {pk: 1 for pk in email_ids(recipient=lan)}


def test_a_refused_email_is_retried_with_growing_delays_and_then_sent(
    broker, workers, smtp_server, mail_dir, tanaka, lan, tanaka_foods
):
    smtp_server.folder.refuse = 2  # "451 4.3.0" in answer to the final line of the next two
    worker = workers(NOTIFICATION_RETRY_BACKOFF="1")
    vacancy = open_vacancy(tanaka_foods, title="Bento line worker")

    application_services.invitation_create(
        vacancy=vacancy, profile=profile_of(lan), message="Come and see us.", by=tanaka
    )

    email = Delivery.objects.get(recipient=lan, channel="email")
    # A refused message was marked sent for an instant before the server's answer put it back:
    # wait for the server to accept one, then for the worker to finish.
    wait_for(lambda: delivered_ids(mail_dir), 30, "the third attempt", worker.log)
    wait_until_idle(broker, worker.log)
    email.refresh_from_db()
    assert (email.status, email.attempts) == (DeliveryStatus.SENT, 3)
    assert "SMTPDataError: (451, b'4.3.0 Mail server temporarily unavailable')" in email.last_error
    assert delivered_ids(mail_dir) == {email.pk: 1}
    first, second = smtp_server.folder.refusals
    third = email.sent_at.timestamp()
    # Retried after 1 s, then after 2 s: the countdown doubles.
    assert second - first >= 0.9
    assert third - second >= 1.9
    assert Notification.objects.filter(recipient=lan).count() == 1
