"""Sending an email so that a worker killed mid-send does not send it twice.

An SMTP server takes responsibility for a message when it receives the line "." that ends the
DATA command; a connection that closes before that line cancels the transaction (RFC 5321, 3.8).
``SMTPBackend.stage`` transmits everything but that line and hands back a ``StagedMessage``. The
notification outbox then, inside the transaction that marks the delivery sent, writes the final
line with ``end()`` (without waiting for the reply) and commits straight away; it reads the
server's reply with ``confirm()`` only after the commit.

- Killed before ``end()``: the transaction rolls back and the server drops the partial message;
  the retry sends the only copy.
- Killed after the commit has been written to the database's socket: both the database and the
  mail server have it (the kernel delivers what was written before the process died); nothing is
  sent again. The database commits a COMMIT it has received even if the client is gone.
- Refused after the final line (``confirm()`` raises ``SMTPResponseException``): the delivery
  goes back to pending. No answer at all (``confirm()`` raises ``OSError``): the delivery is
  marked "not confirmed" rather than sent again.

What remains: a kill in the microseconds between writing the final line and writing the COMMIT
(the email would be sent again on retry, with the same Message-ID), and a kill while waiting for
an answer that would have been a refusal (that email would be lost). docs/notifications.md has
the whole story.

For everything else (allauth's messages, the admin) this is Django's SMTP backend unchanged.
"""

import re
import smtplib
import socket

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.backends import smtp
from django.core.mail.message import sanitize_address

_LEADING_DOT = re.compile(rb"(?m)^\.")


class StagedMessage:
    """A message transmitted but for its final line: ``end()`` sends that, ``confirm()`` waits."""

    def __init__(self, backend: "SMTPBackend | None" = None) -> None:
        self._backend = backend

    def end(self) -> None:
        """Write the final "." line; from here on the server holds the message. Does not wait."""
        if self._backend is None:
            return  # nothing was staged (no recipients)
        self._server(self._backend).send(b".\r\n")
        self._backend.unfinished = False

    def confirm(self) -> None:
        """Read the server's answer to the final line; raise if it refused the message.

        Raises ``smtplib.SMTPResponseException`` for an answer other than 250 (a refusal: the
        server does not have the message) and ``OSError`` when no answer came (the server may
        have it). The wait is EMAIL_DATA_TIMEOUT, 10 minutes by default, as RFC 5321 (4.5.3.2.6)
        asks of a client, since one that gives up sooner makes duplicates.
        """
        if self._backend is None:
            return
        server = self._server(self._backend)
        previous = server.sock.gettimeout() if server.sock is not None else None
        if server.sock is not None:
            server.sock.settimeout(settings.EMAIL_DATA_TIMEOUT)
        try:
            code, reply = server.getreply()
        finally:
            if server.sock is not None:  # smtplib drops the socket when the read fails
                server.sock.settimeout(previous)
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)

    @staticmethod
    def _server(backend: "SMTPBackend") -> smtplib.SMTP:
        if backend.connection is None:
            # Closed in between: the message was abandoned, never ended or never answered.
            raise smtplib.SMTPServerDisconnected("the connection closed before the message ended")
        return backend.connection


class SMTPBackend(smtp.EmailBackend):
    """Django's SMTP backend plus ``stage``: a message sent up to, but not including, its end."""

    unfinished = False  # a staged message has not been ended yet

    def stage(self, email_message: EmailMessage) -> StagedMessage:
        """Transmit ``email_message`` but its final "." line.

        The connection must be open and must not be used for anything else until the message has
        been ended and confirmed (or the connection closed, which abandons the message).
        Raises ``smtplib.SMTPException`` (or ``OSError``) when the server refuses the sender,
        every recipient, or the DATA command.
        """
        if not email_message.recipients():
            return StagedMessage()
        if self.connection is None:
            raise smtplib.SMTPServerDisconnected("the connection is not open")
        server: smtplib.SMTP = self.connection
        encoding = email_message.encoding or settings.DEFAULT_CHARSET
        sender = sanitize_address(email_message.from_email, encoding)
        recipients = [sanitize_address(addr, encoding) for addr in email_message.recipients()]
        data = email_message.message().as_bytes(linesep="\r\n")

        server.ehlo_or_helo_if_needed()
        options = [f"size={len(data)}"] if server.does_esmtp and server.has_extn("size") else []
        code, reply = server.mail(sender, options)
        if code != 250:
            self._reset(server)
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused = {}
        for recipient in recipients:
            code, reply = server.rcpt(recipient)
            if code not in (250, 251):
                refused[recipient] = (code, reply)
        if len(refused) == len(recipients):
            self._reset(server)
            raise smtplib.SMTPRecipientsRefused(refused)
        server.putcmd("data")
        code, reply = server.getreply()
        if code != 354:
            self._reset(server)
            raise smtplib.SMTPDataError(code, reply)
        body = _LEADING_DOT.sub(b"..", data)  # a line that starts with "." is sent as ".."
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        self.unfinished = True
        server.send(body)
        return StagedMessage(self)

    def open(self) -> bool | None:
        opened = super().open()
        if opened and self.connection is not None and self.connection.sock is not None:
            # The final line is a 3-byte write right after the body: with Nagle's algorithm the
            # kernel would hold it until the server's delayed ACK of the body (up to 40 ms).
            self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return opened

    def close(self) -> None:
        """Close the connection; a message not yet ended is abandoned, and the server drops it.

        Django's close() says QUIT first, which in the middle of a message the server would read
        as one more line of it (and then wait for the rest): the line is dropped instead.
        """
        if self.unfinished and self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None
                self.unfinished = False
            return
        super().close()

    @staticmethod
    def _reset(server: smtplib.SMTP) -> None:
        try:
            server.rset()
        except (smtplib.SMTPException, OSError):
            pass  # the caller closes the connection after an error anyway
