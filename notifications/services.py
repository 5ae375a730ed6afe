"""Recording notifications (the outbox) and delivering them, at most once per channel.

``notify`` is called inside the transaction of the change that causes the notification: the
event and its deliveries commit or roll back with that change. Delivery happens in Celery tasks
after the commit; a delivery is marked sent in the same transaction that creates the inbox item
or ends the email (notifications/mail.py), and the (event, recipient, channel) constraint stops a
second delivery row being made.
"""

import logging
import smtplib
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import DatabaseError, transaction
from django.db import connection as db_connection
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import Role, User
from notifications.kinds import Channel, DigestFrequency
from notifications.mail import StagedMessage
from notifications.messages import render
from notifications.models import Delivery, DeliveryStatus, Event, Notification, Preference

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def preference_for(user: User) -> Preference:
    # Employers follow a busy pipeline day by day; candidates hear once a week by default.
    default = DigestFrequency.DAILY if user.role == Role.EMPLOYER else DigestFrequency.WEEKLY
    preference, _created = Preference.objects.get_or_create(user=user, defaults={"digest": default})
    return preference


_muted = threading.local()


@contextmanager
def muted() -> Iterator[None]:
    """Record no notifications inside this block (used when loading demo data)."""
    previous = getattr(_muted, "on", False)
    _muted.on = True
    try:
        yield
    finally:
        _muted.on = previous


def notify(
    *,
    kind: str,
    recipients: Iterable[User],
    payload: dict[str, Any],
    dedupe_key: str,
    url: str = "",
) -> Event | None:
    """Record that ``recipients`` must hear about something, once, in the current transaction."""
    if getattr(_muted, "on", False):
        return None
    event, _created = Event.objects.get_or_create(
        dedupe_key=dedupe_key, defaults={"kind": kind, "payload": {**payload, "url": url}}
    )
    people = [user for user in recipients if user.is_active]
    preferences = {p.user_id: p for p in Preference.objects.filter(user__in=people)}
    rows = []
    for user in people:
        rows.append(Delivery(event=event, recipient=user, channel=Channel.IN_APP))
        preference = preferences.get(user.pk)
        wants_email = preference.wants_email(kind) if preference else True
        rows.append(
            Delivery(
                event=event,
                recipient=user,
                channel=Channel.EMAIL,
                status=DeliveryStatus.PENDING if wants_email else DeliveryStatus.SKIPPED,
            )
        )
    # A recipient already recorded for this event keeps their first delivery rows.
    Delivery.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    from notifications.tasks import enqueue_event

    enqueue_event(event.pk)
    return event


def unsubscribe_token(user: User) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_from_unsubscribe_token(token: str) -> User | None:
    try:
        user_id = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=60 * 60 * 24 * 365)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=user_id).first()


@transaction.atomic
def preference_unsubscribe_all(*, user: User) -> Preference:
    preference = preference_for(user)
    preference.unsubscribed_all = True
    preference.save(update_fields=["unsubscribed_all"])
    Delivery.objects.filter(
        recipient=user, channel=Channel.EMAIL, status=DeliveryStatus.PENDING
    ).update(status=DeliveryStatus.SKIPPED)
    return preference


def _mail_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "kakehashi.invalid"


def _language(user: User) -> str:
    return user.language or settings.LANGUAGE_CODE


def build_email(delivery: Delivery) -> EmailMultiAlternatives:
    """The email for a delivery, in the recipient's language, with text and HTML parts."""
    user = delivery.recipient
    language = _language(user)
    event = delivery.event
    rendered = render(event.kind, event.payload, language)
    context = {
        "subject": rendered.subject,
        "body": rendered.body,
        "url": f"{settings.SITE_URL}{event.payload.get('url', '')}"
        if event.payload.get("url")
        else "",
        "unsubscribe_url": settings.SITE_URL
        + reverse("notifications:unsubscribe", args=[unsubscribe_token(user)]),
        "preferences_url": settings.SITE_URL + reverse("notifications:preferences"),
        "language": language,
    }
    from django.utils import translation

    with translation.override(language):
        text = render_to_string("notifications/email.txt", context)
        html = render_to_string("notifications/email.html", context)
    message = EmailMultiAlternatives(
        subject=f"[Kakehashi] {rendered.subject}",
        body=text,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            # Stable ids: a mail system that sees the same message twice (a send retried after
            # a crash) can recognise and drop the second copy.
            "Message-ID": f"<delivery-{delivery.pk}@{_mail_domain()}>",
            "X-Kakehashi-Delivery": str(delivery.pk),
        },
    )
    message.attach_alternative(html, "text/html")
    return message


class DeliveryFailed(Exception):
    """Sending failed; the delivery goes back to pending for a retry (or is dead after too many).

    ``counted``: the attempt was already recorded, because the server refused the message after
    the delivery had been committed as sent (see notifications/mail.py).
    """

    def __init__(self, message: str, *, counted: bool = False) -> None:
        super().__init__(message)
        self.counted = counted


def _failure(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def deliver(*, delivery_id: int, connection: Any = None) -> str:
    """Deliver one pending delivery. Returns its status afterwards; safe to call twice.

    ``connection``: an open email connection to reuse across many deliveries (one per task).
    With a backend that can stage a message (notifications.mail.SMTPBackend), the email is
    transmitted but for its final line, the delivery is marked sent, the final line is written
    and the transaction commits at once; the server's answer is read after the commit. Other
    backends send inside the transaction, before it commits. Must not run inside another
    transaction: its commit is what makes the send count.
    """
    own_connection = connection is None
    if own_connection:
        connection = get_connection(fail_silently=False)
    attempt = _Attempt()
    try:
        try:
            status = _deliver_and_commit(delivery_id, connection, attempt)
        except DatabaseError:
            if attempt.staged is None or not attempt.ended:
                raise
            # The final line went out but the COMMIT failed: the server has the email while the
            # database still says pending. Ask the server, and record what it says anew.
            return _settle_after_failed_commit(delivery_id, attempt.staged, connection)
        if attempt.staged is not None:
            return _settle(delivery_id, attempt.staged, connection)
        return status
    finally:
        if own_connection:
            connection.close()


class _Attempt:
    """What a delivery attempt has done so far, for the code that handles its failure."""

    staged: StagedMessage | None = None
    ended = False  # the final line of the email has been written


def _settle(delivery_id: int, staged: StagedMessage, connection: Any) -> str:
    """Read the server's answer to an email already committed as sent."""
    try:
        staged.confirm()
    except smtplib.SMTPResponseException as error:  # refused: the server does not have it
        raise DeliveryFailed(_failure(error), counted=True) from error
    except OSError as error:  # no answer: it may have arrived, so it is not sent again
        connection.close()
        Delivery.objects.filter(pk=delivery_id, status=DeliveryStatus.SENT).update(
            status=DeliveryStatus.UNCONFIRMED, last_error=_failure(error)[:2000]
        )
        return DeliveryStatus.UNCONFIRMED
    return DeliveryStatus.SENT


def _settle_after_failed_commit(delivery_id: int, staged: StagedMessage, connection: Any) -> str:
    if not db_connection.is_usable():
        db_connection.close()  # the next query opens a new connection
    try:
        staged.confirm()
    except smtplib.SMTPResponseException as error:  # refused, and still pending: a retry
        raise DeliveryFailed(_failure(error)) from error
    except OSError as error:
        connection.close()
        status, last_error = DeliveryStatus.UNCONFIRMED, _failure(error)[:2000]
    else:
        status, last_error = DeliveryStatus.SENT, ""
    # If this fails too, the database is down: the relay will send the email again later.
    Delivery.objects.filter(pk=delivery_id, status=DeliveryStatus.PENDING).update(
        status=status, attempts=F("attempts") + 1, sent_at=timezone.now(), last_error=last_error
    )
    logger.warning("Delivery %s: the commit failed after the email was sent", delivery_id)
    return status


def _deliver_and_commit(delivery_id: int, connection: Any, attempt: _Attempt) -> str:
    # Durable: inside another transaction the commit below would only be a savepoint, and the
    # email would be out while "sent" could still roll back.
    with transaction.atomic(durable=True):
        delivery = (
            Delivery.objects.select_for_update(skip_locked=True)
            .select_related("event", "recipient")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None:
            return "locked"  # another worker holds it right now
        if delivery.status != DeliveryStatus.PENDING:
            return delivery.status
        if delivery.channel == Channel.IN_APP:
            Notification.objects.get_or_create(
                delivery=delivery,
                defaults={
                    "recipient": delivery.recipient,
                    "kind": delivery.event.kind,
                    "payload": delivery.event.payload,
                    "url": delivery.event.payload.get("url", ""),
                },
            )
        else:
            try:
                message = build_email(delivery)
                connection.open()  # kept open for the next delivery; a no-op when already open
                stage = getattr(connection, "stage", None)
                if stage is not None:
                    attempt.staged = stage(message)
                else:
                    message.connection = connection
                    message.send()
            except Exception as error:  # SMTP and ESP errors alike: recorded, then retried
                # Leaving the atomic block rolls back; the caller records the failure in a
                # transaction of its own and decides between retry and dead letter.
                raise DeliveryFailed(_failure(error)) from error
        try:
            delivery.status = DeliveryStatus.SENT
            delivery.attempts += 1
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["status", "attempts", "sent_at"])
            if attempt.staged is not None:
                # The last thing before the commit: between this write and the COMMIT's there
                # is nothing to wait for, so a killed worker leaves both or neither.
                attempt.staged.end()
                attempt.ended = True
        except BaseException as error:
            if attempt.staged is not None and not attempt.ended:
                connection.close()  # abandons the unfinished message: the server drops it
            if isinstance(error, OSError | smtplib.SMTPException):
                raise DeliveryFailed(_failure(error)) from error
            raise
    return DeliveryStatus.SENT


def delivery_record_failure(
    *, delivery_id: int, error: str, max_attempts: int, counted: bool = False
) -> Delivery:
    """Record a failed attempt: the delivery waits for a retry, or is dead after too many.

    ``counted``: the attempt is already in ``attempts`` (the delivery was committed as sent
    before the server refused the message). A delivery found in any other state than the failed
    attempt left it in (another worker sent it meanwhile, the recipient turned email off) is
    left as it is.
    """
    with transaction.atomic():
        delivery = Delivery.objects.select_for_update().get(pk=delivery_id)
        expected = DeliveryStatus.SENT if counted else DeliveryStatus.PENDING
        if delivery.status != expected:
            return delivery
        if not counted:
            delivery.attempts += 1
        delivery.last_error = error[:2000]
        delivery.sent_at = None
        delivery.status = (
            DeliveryStatus.DEAD if delivery.attempts >= max_attempts else DeliveryStatus.PENDING
        )
        delivery.save(update_fields=["attempts", "last_error", "status", "sent_at"])
        return delivery


@transaction.atomic
def delivery_retry(*, delivery: Delivery) -> Delivery:
    """A recruiter sends a dead or unconfirmed delivery again (from the admin)."""
    if delivery.status in (DeliveryStatus.DEAD, DeliveryStatus.UNCONFIRMED):
        delivery.status = DeliveryStatus.PENDING
        delivery.attempts = 0
        delivery.save(update_fields=["status", "attempts"])
        from notifications.tasks import enqueue_event

        enqueue_event(delivery.event_id)
    return delivery


@transaction.atomic
def notification_mark_read(*, user: User, ids: Iterable[int] | None = None) -> int:
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=timezone.now())
