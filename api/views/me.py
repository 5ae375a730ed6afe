"""``/api/v1/me/``: the signed-in user's account, and a candidate's profile."""

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import services
from accounts.forms import CANDIDATE_M2M_FIELDS, CandidateProfileForm
from accounts.models import CandidateProfile, Role, User
from api.permissions import own_company
from api.schema import errors, ok
from api.serializers import MeSerializer, MeUpdateSerializer
from api.validation import bind_form, clean
from api.views.base import current_user


def _profile(user: User) -> CandidateProfile | None:
    if user.role != Role.CANDIDATE:
        return None
    return (
        CandidateProfile.objects.filter(user=user)
        .select_related("jlpt_level", "residence_status")
        .prefetch_related(*CANDIDATE_M2M_FIELDS)
        .first()
    )


def _me(user: User) -> dict[str, Any]:
    context = {"profile": _profile(user), "company": own_company(user)}
    return dict(MeSerializer(user, context=context).data)


class MeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="My account", responses={200: ok(MeSerializer), **errors(401)})
    def get(self, request: Request) -> Response:
        return Response(_me(current_user(request)))

    @extend_schema(
        summary="Change my language or my candidate profile",
        description=(
            "Send only what changes. The profile is checked by the same rules as the profile "
            "form on the site (age, location and residence status, at least one sector…); its "
            "errors are named candidate_profile.<field>. The CV is uploaded on the site."
        ),
        request=MeUpdateSerializer,
        responses={200: ok(MeSerializer), **errors(400, 401, 403)},
    )
    def patch(self, request: Request) -> Response:
        user = current_user(request)
        serializer = MeUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changes = serializer.validated_data
        if "candidate_profile" in changes:
            if user.role != Role.CANDIDATE:
                raise serializers.ValidationError(
                    {"candidate_profile": [_("Only candidate accounts have a candidate profile.")]}
                )
            profile = CandidateProfile.objects.filter(user=user).first() or CandidateProfile(
                user=user
            )
            form = clean(
                bind_form(
                    CandidateProfileForm, instance=profile, changes=changes["candidate_profile"]
                ),
                prefix="candidate_profile",
            )
            services.candidate_profile_save(
                profile=form.save(commit=False),
                m2m={field: form.cleaned_data[field] for field in CANDIDATE_M2M_FIELDS},
            )
        if "language" in changes:
            services.user_set_language(user=user, language=changes["language"])
        return Response(_me(user))
