"""One rate limit for the whole API, with a scope per kind of request.

- ``auth``: the token endpoint (views that set ``throttle_scope = "auth"``), per client address;
- ``write``: POST, PUT, PATCH and DELETE, per user (or address when anonymous);
- ``read``: other requests by a signed-in user; ``anon``: other anonymous requests, per address.

Rates come from ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` and are read on every request, so
settings overridden in tests apply. ``API_THROTTLING=false`` removes the throttle altogether.
"""

from typing import Any

from rest_framework.permissions import SAFE_METHODS
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


def throttle_scope(request: Any, view: Any) -> str:
    scope = getattr(view, "throttle_scope", None)
    if scope:
        return str(scope)
    if request.method not in SAFE_METHODS:
        return "write"
    return "read" if request.user and request.user.is_authenticated else "anon"


class ApiRateThrottle(SimpleRateThrottle):
    def __init__(self) -> None:
        # The scope, and so the rate, depends on the request: both are set in allow_request.
        self.scope = ""

    def allow_request(self, request: Any, view: Any) -> bool:
        self.scope = throttle_scope(request, view)
        self.rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return bool(super().allow_request(request, view))

    def get_cache_key(self, request: Any, view: Any) -> str:
        user = request.user
        if self.scope != "auth" and user and user.is_authenticated:
            ident = f"user-{user.pk}"
        else:
            ident = self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}
