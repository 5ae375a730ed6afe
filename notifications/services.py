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
from django.db import transaction
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
    backends send inside the transaction, before it commits.
    """
    own_connection = connection is None
    if own_connection:
        connection = get_connection(fail_silently=False)
    try:
        status, staged = _deliver_and_commit(delivery_id, connection)
        if staged is not None:
            try:
                staged.confirm()
            except Exception as error:  # refused after the final line, or the line dropped
                raise DeliveryFailed(_failure(error), counted=True) from error
        return status
    finally:
        if own_connection:
            connection.close()


def _deliver_and_commit(delivery_id: int, connection: Any) -> tuple[str, StagedMessage | None]:
    staged: StagedMessage | None = None
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(skip_locked=True)
            .select_related("event", "recipient")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None:
            return "locked", None  # another worker holds it right now
        if delivery.status != DeliveryStatus.PENDING:
            return delivery.status, None
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
                    staged = stage(message)
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
            if staged is not None:
                # The last thing before the commit: between this write and the COMMIT's there
                # is nothing to wait for, so a killed worker leaves both or neither.
                staged.end()
        except BaseException as error:
            if staged is not None:
                connection.close()  # abandons the unfinished message: the server drops it
            if isinstance(error, OSError | smtplib.SMTPException):
                raise DeliveryFailed(_failure(error)) from error
            raise
    return DeliveryStatus.SENT, staged


def delivery_record_failure(
    *, delivery_id: int, error: str, max_attempts: int, counted: bool = False
) -> Delivery:
    """Record a failed attempt: the delivery waits for a retry, or is dead after too many.

    ``counted``: the attempt is already in ``attempts`` (the delivery was committed as sent
    before the server refused the message).
    """
    with transaction.atomic():
        delivery = Delivery.objects.select_for_update().get(pk=delivery_id)
        if delivery.status == DeliveryStatus.SKIPPED:
            return delivery  # the recipient turned email off meanwhile
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
    """A recruiter sends a dead delivery again (from the admin)."""
    if delivery.status == DeliveryStatus.DEAD:
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
