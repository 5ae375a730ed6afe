from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from notifications import services
from notifications.models import Delivery, DeliveryStatus, Event, Notification, Preference


class DeliveryInline(admin.TabularInline):
    model = Delivery
    extra = 0
    can_delete = False
    readonly_fields = ("recipient", "channel", "status", "attempts", "last_error", "sent_at")

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("dedupe_key", "kind", "created_at")
    list_filter = ("kind",)
    search_fields = ("dedupe_key",)
    readonly_fields = ("kind", "dedupe_key", "payload", "created_at")
    inlines = [DeliveryInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """Background deliveries; "dead" ones (failed for good) and "not confirmed" ones (the mail
    server never answered the end of the message) can be sent again."""

    list_display = ("event", "recipient", "channel", "status", "attempts", "created_at", "sent_at")
    list_filter = ("status", "channel", "event__kind")
    search_fields = ("recipient__email", "event__dedupe_key")
    list_select_related = ("event", "recipient")
    readonly_fields = (
        "event",
        "recipient",
        "channel",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    )
    actions = ["retry"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(
        description=_("Send the selected failed deliveries again"), permissions=["change"]
    )
    def retry(self, request: HttpRequest, queryset: QuerySet[Delivery]) -> None:
        count = 0
        retryable = (DeliveryStatus.DEAD, DeliveryStatus.UNCONFIRMED)
        for delivery in queryset.filter(status__in=retryable):
            services.delivery_retry(delivery=delivery)
            count += 1
        self.message_user(
            request,
            ngettext("%d delivery queued again.", "%d deliveries queued again.", count) % count,
            messages.SUCCESS,
        )


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("recipient", "kind", "created_at", "read_at")
    list_filter = ("kind",)
    search_fields = ("recipient__email",)
    list_select_related = ("recipient",)
    readonly_fields = ("recipient", "delivery", "kind", "payload", "url", "created_at", "read_at")


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ("user", "digest", "unsubscribed_all")
    list_filter = ("digest", "unsubscribed_all")
    search_fields = ("user__email",)
