"""A real SMTP server for the notification tests (aiosmtpd, in a thread of the test process).

Each accepted message becomes one file in a folder, which tests count by the
X-Kakehashi-Delivery header. The server can refuse the next messages with a 451 after their
final line, and can take a while before it answers that line, as servers that scan mail do.
"""

import asyncio
import socket
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

DELIVERY_HEADER = "X-Kakehashi-Delivery"


class MailFolder:
    """The aiosmtpd handler: stores each message it accepts as a file in ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.refuse = 0  # how many of the next messages to refuse
        self.refusals: list[float] = []  # when each refusal happened
        self.delay = 0.0  # seconds between accepting a message and answering its final line
        self.refused_recipients: set[str] = set()

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list
    ) -> str:
        if address in self.refused_recipients:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.refuse > 0:
            self.refuse -= 1
            self.refusals.append(time.time())
            return "451 4.3.0 Mail server temporarily unavailable"
        name = f"{time.time():.6f}-{uuid.uuid4().hex}.eml"
        (self.directory / name).write_bytes(bytes(envelope.original_content or b""))
        if self.delay:
            # The message is stored: a client that disappears now has still sent it.
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK"


class PostfixLikeSMTP(SMTP):
    """aiosmtpd reads what a client sent before hanging up, as Postfix does.

    aiosmtpd's own server stops reading the moment the client's side closes, and so can drop a
    message whose final line had already arrived. A mail server such as Postfix reads its input
    in order: a message whose final line arrived is accepted, one cut off before it is not.
    """

    def eof_received(self) -> bool | None:
        # Let the reader see the end of input after the data before it, without cancelling.
        return asyncio.StreamReaderProtocol.eof_received(self)

    async def handle_exception(self, error: Exception) -> str:
        if isinstance(error, asyncio.IncompleteReadError):  # the client hung up: all is read
            if self.transport is not None:
                self.transport.close()
            return "421 4.4.2 Closing the connection"
        return str(await super().handle_exception(error))


class MailServer(Controller):
    def __init__(self, directory: Path) -> None:
        self.folder = MailFolder(directory)
        super().__init__(self.folder, hostname="127.0.0.1", port=free_port())

    def factory(self) -> Any:
        return PostfixLikeSMTP(self.handler, **self.SMTP_kwargs)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def delivered_ids(directory: Path) -> Counter[int]:
    """How many messages the server accepted for each delivery id."""
    seen: Counter[int] = Counter()
    for path in directory.glob("*.eml"):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith(f"{DELIVERY_HEADER}: "):
                seen[int(line.split(": ", 1)[1])] += 1
    return seen
