"""Celery tasks that deliver notifications, relay what was missed, and send digests."""

import datetime
import logging
from typing import Any

from celery import shared_task
from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from notifications import services
from notifications.models import Delivery, DeliveryStatus

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
# How long a pending delivery may wait before the relay enqueues it again: longer than a normal
# enqueue-to-delivery delay, so the relay does not race the first attempt.
RELAY_AFTER = datetime.timedelta(seconds=30)
TASK_OPTIONS: dict[str, Any] = {"acks_late": True, "reject_on_worker_lost": True}


@shared_task(bind=True, max_retries=MAX_ATTEMPTS, **TASK_OPTIONS)
def deliver_event(self: Any, event_id: int) -> dict[str, int]:
    """Deliver every pending delivery of one event. Idempotent: sent ones are left alone."""
    counts = {"sent": 0, "failed": 0}
    failed = False
    pending = Delivery.objects.filter(event_id=event_id, status=DeliveryStatus.PENDING)
    ids = list(pending.values_list("pk", flat=True))
    # One mail connection for the whole batch instead of one per message.
    connection = get_connection(fail_silently=False)
    try:
        for delivery_id in ids:
            try:
                status = services.deliver(delivery_id=delivery_id, connection=connection)
                if status == DeliveryStatus.SENT:
                    counts["sent"] += 1
            except services.DeliveryFailed as error:
                counts["failed"] += 1
                record = services.delivery_record_failure(
                    delivery_id=delivery_id,
                    error=str(error),
                    max_attempts=MAX_ATTEMPTS,
                    counted=error.counted,
                )
                failed = failed or record.status == DeliveryStatus.PENDING
                # A failed connection is not reused: the next message opens a fresh one.
                connection.close()
    finally:
        connection.close()
    if failed:
        # Exponential backoff: 10 s, 20 s, 40 s … for the deliveries still pending.
        backoff = settings.NOTIFICATION_RETRY_BACKOFF
        raise self.retry(countdown=min(backoff * 2**self.request.retries, 3600))
    return counts


def enqueue_event(event_id: int) -> None:
    # After commit, so the worker sees the rows; robust, so a broker outage never fails the
    # request that caused the notification: the relay picks the deliveries up later.
    transaction.on_commit(lambda: deliver_event.delay(event_id), robust=True)


@shared_task(**TASK_OPTIONS)
def relay_pending() -> int:
    """Enqueue events whose deliveries are still pending: the outbox relay.

    Covers a broker that was down at commit time, a worker killed mid-task, and retries lost
    with a restarted broker. Safe to run often: delivering twice is impossible by design.
    """
    cutoff = timezone.now() - RELAY_AFTER
    event_ids = list(
        Delivery.objects.filter(status=DeliveryStatus.PENDING, created_at__lte=cutoff)
        # Without the default ordering (created_at), DISTINCT gives each event once, not once
        # per delivery.
        .order_by("event_id")
        .values_list("event_id", flat=True)
        .distinct()[: settings.NOTIFICATION_RELAY_BATCH]
    )
    for event_id in event_ids:
        deliver_event.delay(event_id)
    return len(event_ids)


@shared_task(**TASK_OPTIONS)
def send_interview_reminders() -> int:
    """Daily: candidates with an interview tomorrow (Japan time) get a reminder, once."""
    from notifications import digests

    return digests.interview_reminders(today=timezone.localdate())


@shared_task(**TASK_OPTIONS)
def send_weekly_digests() -> int:
    from notifications import digests

    return digests.weekly_candidate_digests(today=timezone.localdate())


@shared_task(**TASK_OPTIONS)
def send_daily_digests() -> int:
    from notifications import digests

    return digests.daily_employer_digests(today=timezone.localdate())
