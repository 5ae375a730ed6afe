"""A mail server for the real worker's stories: each accepted message becomes one file.

Environment (read when a connection opens, in the worker process):
``TEST_EMAIL_DELAY``: seconds each message takes to transmit (a slow SMTP server);
``TEST_EMAIL_REFUSE``: how many messages to refuse first with an SMTP error (kept in a file, so
the count survives the worker's child processes); every refusal is logged with its time.
"""

import os
import smtplib
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from django.core.mail import EmailMessage
from django.core.mail.backends.filebased import EmailBackend

DELIVERY_HEADER = "X-Kakehashi-Delivery"
REFUSE_FILE = "refuse-next.count"
REFUSALS_LOG = "refusals.log"


class FileMailServer(EmailBackend):
    _fname: str | None

    def _get_filename(self) -> str:
        # One file per connection, never shared: the base class names files by second and id(),
        # which two connections in the same second can share.
        if self._fname is None:
            self._fname = str(Path(self.file_path) / f"{time.time():.6f}-{uuid.uuid4().hex}.eml")
        return self._fname

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        self._maybe_refuse()
        return super().send_messages(email_messages)

    def write_message(self, message: EmailMessage) -> None:
        # The message is accepted only when it is fully written, as at the end of SMTP DATA.
        time.sleep(float(os.environ.get("TEST_EMAIL_DELAY", "0")))
        super().write_message(message)

    def _maybe_refuse(self) -> None:
        counter = Path(self.file_path) / REFUSE_FILE
        left = int(counter.read_text()) if counter.exists() else 0
        if left > 0:
            counter.write_text(str(left - 1))
            with (Path(self.file_path) / REFUSALS_LOG).open("a") as log:
                log.write(f"{time.time()}\n")
            raise smtplib.SMTPException("451 4.3.0 Mail server temporarily unavailable")


def refuse_next(directory: Path, count: int) -> None:
    (directory / REFUSE_FILE).write_text(str(count))


def refusal_times(directory: Path) -> list[float]:
    log = directory / REFUSALS_LOG
    return [float(line) for line in log.read_text().split()] if log.exists() else []


def delivered_ids(directory: Path) -> Counter[int]:
    """How many messages reached the mail server for each delivery id."""
    seen: Counter[int] = Counter()
    for path in directory.glob("*.eml"):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith(f"{DELIVERY_HEADER}: "):
                seen[int(line.split(": ", 1)[1])] += 1
    return seen
