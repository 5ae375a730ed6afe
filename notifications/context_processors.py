from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from notifications.models import Notification


def unread_notifications(request: HttpRequest) -> dict[str, object]:
    """The header's unread count, queried only if a template shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {
        "unread_notifications": SimpleLazyObject(
            lambda: Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        )
    }
