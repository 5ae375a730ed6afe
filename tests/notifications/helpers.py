"""Small helpers for the notification stories: inboxes, emails, and an SMTP server that fails."""

import html
import re
import smtplib
from collections.abc import Sequence
from typing import Any, ClassVar

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from accounts.models import User
from notifications.models import Delivery, Notification

UNSUBSCRIBE_RE = re.compile(r"https?://[^\s<>\"]*/notifications/unsubscribe/[^\s<>\"/]+/")


def inbox_kinds(user: User) -> list[str]:
    """The kinds of the notifications in a person's inbox, newest first."""
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def emails_to(user: User) -> list[mail.EmailMultiAlternatives]:
    return [message for message in mail.outbox if user.email in message.to]


def email_delivery(user: User, kind: str) -> Delivery:
    return Delivery.objects.get(recipient=user, event__kind=kind, channel="email")


def html_part(message: mail.EmailMultiAlternatives) -> str:
    return next(
        str(content) for content, mimetype in message.alternatives if mimetype == "text/html"
    )


def unsubscribe_path(message: mail.EmailMultiAlternatives) -> str:
    """The unsubscribe link of an email, as a path the test client can open."""
    url = UNSUBSCRIBE_RE.search(str(message.body))
    assert url is not None, message.body
    return "/" + url.group(0).split("/", 3)[3]


def page_text(response: Any) -> str:
    return html.unescape(response.content.decode())


class FailingSmtpBackend(LocmemBackend):
    """An SMTP server that refuses the next ``failures`` messages, then accepts (into mail.outbox).

    Set ``FailingSmtpBackend.failures`` before the story; None refuses every message.
    """

    failures: ClassVar[int | None] = 0
    refused: ClassVar[int] = 0

    def send_messages(self, messages: Sequence[mail.EmailMessage]) -> int:
        if FailingSmtpBackend.failures is None or FailingSmtpBackend.failures > 0:
            if FailingSmtpBackend.failures is not None:
                FailingSmtpBackend.failures -= 1
            FailingSmtpBackend.refused += 1
            raise smtplib.SMTPException("451 4.3.0 Mail server temporarily unavailable")
        return super().send_messages(messages)
