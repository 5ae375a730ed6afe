"""``POST /api/v1/auth/token/``: swap an email and password for an API token."""

from collections.abc import Callable
from typing import Any

from allauth.account import app_settings as allauth_settings
from allauth.account.adapter import get_adapter
from allauth.account.utils import has_verified_email
from axes.helpers import get_cool_off
from django.contrib.auth import authenticate
from django.db import transaction
from django.http import HttpResponseBase
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.authtoken.models import Token
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import User
from api.schema import errors, ok
from api.serializers import TokenRequestSerializer, TokenSerializer


def _message(key: str) -> str:
    # allauth's own sign-in messages, so the API and the site's login page say the same.
    return str(get_adapter().error_messages[key])


def _signed_in_user(request: Request, *, email: str, password: str) -> User:
    django_request = request._request
    # "login" is the field django-axes counts failures under, as on the site's login form.
    user = authenticate(django_request, login=email, email=email, password=password)
    if getattr(django_request, "axes_locked_out", False):
        # Answered here in the API's format; the flag would make AxesMiddleware send a page.
        django_request.axes_locked_out = False
        cool_off = get_cool_off(django_request)
        raise exceptions.Throttled(
            wait=cool_off.total_seconds() if cool_off else None,
            detail=_message("too_many_login_attempts"),
        )
    if user is None:
        inactive = User.objects.filter(email__iexact=email, is_active=False).first()
        if inactive is not None and inactive.check_password(password):
            raise serializers.ValidationError({"email": [_message("account_inactive")]})
        raise serializers.ValidationError({"password": [_message("email_password_mismatch")]})
    assert isinstance(user, User)  # noqa: S101 - AUTH_USER_MODEL
    # The site's rule: with mandatory verification, no sign-in before the email is confirmed.
    mandatory = (
        allauth_settings.EMAIL_VERIFICATION == allauth_settings.EmailVerificationMethod.MANDATORY
    )
    if mandatory and not has_verified_email(user, user.email):
        raise serializers.ValidationError({"email": [_message("unverified_primary_email")]})
    return user


class TokenView(APIView):
    """Your API token (the same one on every call until it is deleted in the admin)."""

    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_scope = "auth"

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Callable[..., HttpResponseBase]:
        # Outside the request transaction: a refused sign-in answers 400, and rolling that back
        # would also erase the failure django-axes just recorded, so lockouts would never come.
        return transaction.non_atomic_requests(super().as_view(**initkwargs))

    @extend_schema(
        operation_id="auth_token_create",
        summary="Get an API token",
        description=(
            "Refused (400) for a wrong email or password, a deactivated account, or an email "
            "address not yet confirmed. Rate-limited per client address."
        ),
        request=TokenRequestSerializer,
        responses={200: ok(TokenSerializer), **errors(400)},
        auth=[],
    )
    def post(self, request: Request) -> Response:
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = _signed_in_user(
            request,
            email=serializer.validated_data["email"].strip().lower(),
            password=serializer.validated_data["password"],
        )
        token, _created = Token.objects.get_or_create(user=user)
        return Response(TokenSerializer({"token": token.key}).data)
