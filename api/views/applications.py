"""Applications: a candidate applies; both sides follow and move it along the pipeline."""

from typing import Any

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import CandidateProfile, Role, User
from api.permissions import (
    CandidateWrites,
    applications_for,
    contactable_candidate_ids,
    may_see_employer_notes,
    side_of,
)
from api.schema import errors, ok
from api.serializers import (
    ApplicationCreateSerializer,
    ApplicationQuerySerializer,
    ApplicationSerializer,
    StageChangeSerializer,
    TransitionSerializer,
)
from api.views.base import ApiView, current_user
from applications import services
from applications.models import Application, EmployerNote, StageChange
from applications.stages import allowed_moves


def applications_queryset(user: User) -> QuerySet[Application]:
    queryset = (
        applications_for(user)
        .select_related(
            "vacancy__company",
            "vacancy__sector",
            "vacancy__prefecture",
            "candidate__user",
            "candidate__jlpt_level",
        )
        .prefetch_related("candidate__sectors", "candidate__preferred_prefectures")
        .order_by("-created_at", "-pk")
    )
    if user.role != Role.CANDIDATE:
        queryset = queryset.prefetch_related(
            Prefetch("notes", queryset=EmployerNote.objects.order_by("-created_at", "-pk"))
        )
    return queryset


def application_context(user: User, applications: list[Application]) -> dict[str, Any]:
    """What ``user`` may see of these applications: contact details, notes, their next moves."""
    moves: dict[int, list[str]] = {}
    for application in applications:
        side = side_of(user, application)
        if side is not None:
            moves[application.pk] = [str(stage) for stage in allowed_moves(application.stage, side)]
    return {
        "contactable": contactable_candidate_ids(user, (a.candidate_id for a in applications)),
        "notes_visible": {a.pk for a in applications if may_see_employer_notes(user, a)},
        "allowed_moves": moves,
    }


def application_data(user: User, pk: int) -> dict[str, Any]:
    application = get_object_or_404(applications_queryset(user), pk=pk)
    context = application_context(user, [application])
    return dict(ApplicationSerializer(application, context=context).data)


class ApplicationList(ApiView):
    permission_classes = [CandidateWrites]
    serializer_class = ApplicationSerializer

    @extend_schema(
        summary="Applications I can see",
        description=(
            "A candidate sees their own; an employer those to the company's vacancies; a "
            "recruiter all. Newest first."
        ),
        parameters=[ApplicationQuerySerializer],
        responses={200: ApplicationSerializer(many=True), **errors(400, 401, 404)},
    )
    def get(self, request: Request) -> Response:
        user = current_user(request)
        query = ApplicationQuerySerializer(data=request.query_params.dict())
        query.is_valid(raise_exception=True)
        applications = applications_queryset(user)
        if "stage" in query.validated_data:
            applications = applications.filter(stage=query.validated_data["stage"])
        if "vacancy" in query.validated_data:
            applications = applications.filter(vacancy_id=query.validated_data["vacancy"])
        return self.paginated(applications, lambda page: application_context(user, page))

    @extend_schema(
        summary="Apply to a vacancy",
        description="Candidates only, once per vacancy, to a public vacancy; the CV goes with it.",
        request=ApplicationCreateSerializer,
        responses={201: ok(ApplicationSerializer), **errors(400, 401, 403)},
    )
    def post(self, request: Request) -> Response:
        user = current_user(request)
        serializer = ApplicationCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        profile = CandidateProfile.objects.filter(user=user).first()
        if profile is None:
            raise serializers.ValidationError(_("Complete your profile before applying."))
        application = services.application_create(
            profile=profile,
            vacancy=serializer.validated_data["vacancy"],
            message=serializer.validated_data["message"],
            by=user,
        )
        return Response(application_data(user, application.pk), status=201)


class ApplicationDetail(ApiView):
    serializer_class = ApplicationSerializer

    @extend_schema(
        summary="An application", responses={200: ok(ApplicationSerializer), **errors(401, 404)}
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(application_data(current_user(request), pk))


class ApplicationTransition(ApiView):
    serializer_class = ApplicationSerializer

    @extend_schema(
        summary="Move an application to another stage",
        description=(
            "The candidate may withdraw; the employer moves it to screening, interview (with "
            "interview_at and interview_place), offer, hired or rejected (with a "
            "rejection_reason the candidate sees). allowed_moves lists what you may do now."
        ),
        request=TransitionSerializer,
        responses={200: ok(ApplicationSerializer), **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        user = current_user(request)
        application = get_object_or_404(applications_for(user), pk=pk)
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        services.application_transition(
            application=application,
            to=data["to"],
            by=user,
            note=data["note"],
            interview_at=data["interview_at"],
            interview_place=data["interview_place"],
            rejection_reason=data["rejection_reason"],
        )
        return Response(application_data(user, pk))


class ApplicationHistory(ApiView):
    serializer_class = StageChangeSerializer
    pagination_class = None

    @extend_schema(
        summary="An application's timeline, oldest first",
        responses={200: StageChangeSerializer(many=True), **errors(401, 404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        application = get_object_or_404(applications_for(current_user(request)), pk=pk)
        changes = StageChange.objects.filter(application=application).select_related("actor")
        return Response(StageChangeSerializer(changes.order_by("created_at", "pk"), many=True).data)
