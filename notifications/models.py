"""The notification outbox: events, their deliveries per recipient and channel, and the inbox.

An Event is written in the same transaction as the change that causes it, with one Delivery per
(recipient, channel). A Delivery is unique per (event, recipient, channel), and an inbox
Notification is unique per delivery, so a retried or duplicated task can never send twice.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from notifications.kinds import Channel, DigestFrequency, Kind


class Event(models.Model):
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    # Identifies the cause ("stage_change:application:12:change:40"): recording the same cause
    # twice finds the first event instead of creating a second.
    dedupe_key = models.CharField(_("deduplication key"), max_length=200, unique=True)
    payload = models.JSONField(_("payload"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification event")
        verbose_name_plural = _("notification events")

    def __str__(self) -> str:
        return self.dedupe_key


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Skipped (turned off by the recipient)")
    DEAD = "dead", _("Failed for good")
    # The final line of the email went out but the mail server never answered it: it may or
    # may not have arrived, so it is not sent again by itself (a recruiter can).
    UNCONFIRMED = "unconfirmed", _("Sent, not confirmed by the mail server")


class Delivery(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_deliveries"
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=11, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "recipient", "channel"], name="delivery_once_per_channel"
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="delivery_pending")]

    def __str__(self) -> str:
        return f"{self.event} → {self.recipient} ({self.channel})"


class Notification(models.Model):
    """An item in a person's inbox on the site."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    delivery = models.OneToOneField(
        Delivery, on_delete=models.CASCADE, related_name="notification", null=True, blank=True
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    payload = models.JSONField(_("payload"), default=dict)
    url = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread")]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.kind}"


class Preference(models.Model):
    """A person's choices: email on or off per kind, and how often to get a digest."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email_off = models.JSONField(
        _("kinds without email"),
        default=list,
        blank=True,
        help_text=_("Kinds sent in the site only."),
    )
    digest = models.CharField(
        _("digest"), max_length=10, choices=DigestFrequency.choices, default=DigestFrequency.WEEKLY
    )
    unsubscribed_all = models.BooleanField(_("no email at all"), default=False)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return str(self.user)

    def wants_email(self, kind: str) -> bool:
        return not self.unsubscribed_all and kind not in (self.email_off or [])
