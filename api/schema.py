"""Pieces for documenting the API truthfully: the error responses each endpoint can give."""

from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers

from api.serializers import ErrorSerializer

_DESCRIPTIONS = {
    400: "Invalid input or query: messages by field.",
    401: "Not signed in, or the token is wrong.",
    403: "Signed in, but not allowed: the endpoint is for another role, or a CSRF failure.",
    404: "Not found among the objects you may see (or no such page of results).",
    409: "Not possible in the object's current state.",
    429: "Too many requests: wait as many seconds as the Retry-After header says.",
}


def errors(*codes: int) -> dict[int, OpenApiResponse]:
    """Error responses in the API's one format; 429 (rate limits) is always possible."""
    return {
        code: OpenApiResponse(response=ErrorSerializer, description=_DESCRIPTIONS[code])
        for code in sorted({*codes, 429})
    }


def ok(serializer: serializers.BaseSerializer | type, description: str = "") -> OpenApiResponse:
    return OpenApiResponse(response=serializer, description=description)
