"""One shape for every error the API returns: ``{"errors": {field: [message, …]}, "status": N}``.

Validation errors are keyed by the field they concern ("non_field_errors" for the rest; a nested
field is "parent.child"); other errors (authentication, permission, not found, throttling,
malformed JSON) use the key "detail". Services raise Django's ValidationError and
PermissionDenied; they are answered here as 400 and 403, in the request's language.
"""

import math
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DEFAULT_DB_ALIAS
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import set_rollback

DETAIL = "detail"


def _non_field_key() -> str:
    return str(api_settings.NON_FIELD_ERRORS_KEY)


def flatten_errors(detail: Any) -> dict[str, list[str]]:
    """DRF's nested error detail as a flat mapping of field path to messages."""
    non_field = _non_field_key()
    flat: dict[str, list[str]] = {}

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for name, child in value.items():
                name = str(name)
                if name in (non_field, NON_FIELD_ERRORS):
                    # A nested serializer's own errors belong to the field that holds it.
                    walk(child, key or non_field)
                else:
                    walk(child, f"{key}.{name}" if key else name)
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                if isinstance(item, dict | list | tuple):
                    walk(item, f"{key}.{index}" if key else str(index))
                else:
                    flat.setdefault(key or non_field, []).append(str(item))
        else:
            flat.setdefault(key or non_field, []).append(str(value))

    walk(detail, "")
    return flat


def django_validation_detail(error: DjangoValidationError) -> dict[str, list[str]]:
    """A Django ValidationError (from a service, a model or a form) keyed by field."""
    if hasattr(error, "error_dict"):
        non_field = _non_field_key()
        return {
            (non_field if field == NON_FIELD_ERRORS else field): messages
            for field, messages in error.message_dict.items()
        }
    return {_non_field_key(): list(error.messages)}


class Conflict(exceptions.APIException):
    """The request is understood but clashes with the object's state (e.g. deleting a live vacancy)."""

    status_code = 409
    default_detail = _("The request conflicts with the current state of the object.")
    default_code = "conflict"


def error_body(errors: dict[str, list[str]], status: int) -> dict[str, Any]:
    return {"errors": errors, "status": status}


def _in_request_transaction(context: dict[str, Any]) -> bool:
    """Whether the view runs inside the request's transaction (ATOMIC_REQUESTS), to roll back."""
    request = getattr(context.get("request"), "_request", None)
    view = getattr(getattr(request, "resolver_match", None), "func", None)
    return DEFAULT_DB_ALIAS not in getattr(view, "_non_atomic_requests", set())


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, reshaped: every error body is ``{"errors": …, "status": …}``."""
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(detail=django_validation_detail(exc))
    elif isinstance(exc, Http404):
        # Django's message names the model; the API says only "Not found."
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    if not isinstance(exc, exceptions.APIException):
        # Not an error the client caused: let Django log it and answer 500.
        return None
    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(max(1, math.ceil(exc.wait)))
    # A view that opted out of the request transaction (the token view, so that failed sign-ins
    # stay recorded) has nothing to roll back; marking an outer transaction would break it.
    if _in_request_transaction(context):
        set_rollback()
    detail = exc.detail
    if not isinstance(exc, exceptions.ValidationError) and not isinstance(detail, dict | list):
        errors = {DETAIL: [str(detail)]}
    else:
        errors = flatten_errors(detail)
    return Response(error_body(errors, exc.status_code), status=exc.status_code, headers=headers)


# Exempt: a POST to an unknown address is answered 404, not refused for a missing CSRF token.
@csrf_exempt
def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Any unknown address under /api/: a JSON 404 rather than the site's HTML page."""
    return JsonResponse(
        error_body({DETAIL: [str(exceptions.NotFound.default_detail)]}, 404), status=404
    )
