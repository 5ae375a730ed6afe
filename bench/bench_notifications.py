"""Notification throughput: one vacancy announced to 10,000 candidates, in the site and by email.

Run from the repository root:  .venv/bin/python bench/bench_notifications.py [RECIPIENTS]
(DATABASE_URL=postgres://… to measure on PostgreSQL; by default a temporary SQLite file.)

Three figures:
1. The request's share: ``notify()`` recording the event and one delivery per recipient and
   channel inside a transaction, as a web request or a match refresh does. The delivery itself
   is only enqueued (one task message), so this is all the request waits for.
2. One worker delivering that event (the ``deliver_event`` task, in this process): deliveries
   per second, in the site and by email to a local SMTP server that accepts and discards.
3. SMTP alone, the naive baseline beside the real path's choice: a new connection per message
   against one connection reused (what ``deliver_event`` does: one connection per task).

Emails go to a real SMTP conversation over TCP with a sink in a separate process, so the sink
does not compete with the worker for this process's interpreter lock.
"""

import multiprocessing
import os
import shutil
import socket
import socketserver
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.pop("REDIS_URL", None)  # the worker is this process: no broker needed

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core import mail  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

from accounts.models import Role, User  # noqa: E402

SMTP_SAMPLE = 1_000


class SinkHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: every command is accepted, every message discarded."""

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 sink ESMTP")
        while line := self.rfile.readline():
            command = line[:4].upper()
            if command in (b"EHLO", b"HELO"):
                self.reply("250 sink")
            elif command == b"DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                self.server.accepted.value += 1  # type: ignore[attr-defined]
                self.reply("250 accepted")
            elif command == b"QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


def serve_sink(port: int, accepted: Any, ready: Any) -> None:
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), SinkHandler) as server:
        server.daemon_threads = True
        server.accepted = accepted  # type: ignore[attr-defined]
        ready.set()
        server.serve_forever()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_candidates(n: int) -> list[User]:
    no_password = make_password(None)  # unusable, and no hashing cost per user
    users = [
        User(
            email=f"candidate{i:05d}@example.test",
            role=Role.CANDIDATE,
            password=no_password,
            language="vi",
        )
        for i in range(n)
    ]
    User.objects.bulk_create(users, batch_size=2_000)
    return list(User.objects.filter(role=Role.CANDIDATE).order_by("pk"))


def announce(recipients: list[User]) -> tuple[int, float]:
    """Tanaka's vacancy recorded for every recipient, in one transaction like a request's."""
    from notifications.kinds import Kind
    from notifications.services import notify
    from notifications.tasks import deliver_event

    with mock.patch.object(deliver_event, "delay") as enqueue:
        start = time.perf_counter()
        with transaction.atomic():
            event = notify(
                kind=Kind.NEW_MATCH,
                recipients=recipients,
                payload={
                    "title": "Bento line worker",
                    "company": "Tanaka Foods",
                    "prefecture": "Fukuoka",
                    "vacancy_id": 1,
                },
                dedupe_key="new_match:bench",
                url="/vacancies/1/",
            )
        elapsed = time.perf_counter() - start
    if event is None:
        raise RuntimeError("notify() recorded nothing: are notifications muted?")
    enqueue.assert_called_once_with(event.pk)
    return event.pk, elapsed


def deliver(event_id: int) -> tuple[float, dict[str, float], Counter[str]]:
    """Run the delivery task as a worker would, timing each delivery by channel."""
    from notifications import services
    from notifications.models import Delivery
    from notifications.tasks import deliver_event

    channels = dict(Delivery.objects.filter(event_id=event_id).values_list("pk", "channel"))
    spent: defaultdict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    real_deliver = services.deliver

    def timed(*, delivery_id: int, connection: object = None) -> str:
        start = time.perf_counter()
        status = real_deliver(delivery_id=delivery_id, connection=connection)
        spent[channels[delivery_id]] += time.perf_counter() - start
        counts[channels[delivery_id]] += 1
        return status

    with mock.patch.object(services, "deliver", timed):
        start = time.perf_counter()
        result = deliver_event(event_id)
        total = time.perf_counter() - start
    if result["failed"]:
        raise RuntimeError(f"Some deliveries failed: {result}")
    return total, spent, counts


def smtp_alone(n: int) -> tuple[float, float]:
    messages = [
        mail.EmailMessage("Bento line worker", "Body", to=[f"c{i}@example.test"]) for i in range(n)
    ]
    start = time.perf_counter()
    for message in messages:
        message.send()  # a new connection each time: the naive baseline
    per_message = time.perf_counter() - start
    start = time.perf_counter()
    with mail.get_connection() as connection:
        connection.send_messages(messages)
    reused = time.perf_counter() - start
    return n / per_message, n / reused


def main(n: int) -> None:
    port = free_port()
    accepted = multiprocessing.Value("i", 0)
    ready = multiprocessing.Event()
    sink = multiprocessing.Process(target=serve_sink, args=(port, accepted, ready), daemon=True)
    sink.start()
    ready.wait(10)
    settings.EMAIL_BACKEND = "notifications.mail.SMTPBackend"  # what EMAIL_URL=smtp://… picks
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""

    database = settings.DATABASES["default"]
    temporary = None
    if database["ENGINE"].endswith("sqlite3"):
        # A file, not the in-memory test database: commits cost what they cost on disk.
        temporary = tempfile.mkdtemp(prefix="bench-notifications-")
        database["TEST"]["NAME"] = str(Path(temporary) / "bench.sqlite3")
    print(
        f"Database: {database['ENGINE'].rsplit('.', 1)[-1]}; creating and migrating …", flush=True
    )
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        recipients = make_candidates(n)
        event_id, recording = announce(recipients)
        total, spent, counts = deliver(event_id)
        per_message, reused = smtp_alone(SMTP_SAMPLE)
    finally:
        teardown_databases(old_config, verbosity=0)
        sink.terminate()
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)

    deliveries = sum(counts.values())
    print(f"recipients:                         {n:,} ({deliveries:,} deliveries: site + email)")
    print(
        f"notify() in the request's transaction: {recording * 1000:8.0f} ms "
        f"(records {deliveries:,} rows, enqueues 1 task)"
    )
    print(
        f"delivery by one worker:             {total:8.1f} s  = {deliveries / total:,.0f} deliveries/s"
    )
    for channel in ("in_app", "email"):
        print(
            f"  {channel:6}: {counts[channel]:,} in {spent[channel]:6.1f} s "
            f"= {counts[channel] / spent[channel]:,.0f}/s"
        )
    print(f"emails the SMTP sink accepted:      {accepted.value - SMTP_SAMPLE * 2:,}")
    print(
        f"request share of the whole fan-out: {recording / (recording + total):.1%} "
        "(the rest happens in the worker, after the response)"
    )
    print(
        f"SMTP alone, {SMTP_SAMPLE:,} messages: a connection per message {per_message:,.0f}/s; "
        f"one connection reused {reused:,.0f}/s"
    )
    print(
        "deliver_event reuses one SMTP connection for all the emails of a task; each delivery "
        "still commits in its own transaction."
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
