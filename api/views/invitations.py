"""Invitations: an employer invites a ranked candidate, who accepts (applying) or declines."""

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from api.permissions import (
    EmployerWrites,
    contactable_candidate_ids,
    invitations_for,
    invitations_to_answer,
)
from api.schema import errors, ok
from api.serializers import (
    ApplicationSerializer,
    InvitationAnswerSerializer,
    InvitationCreateSerializer,
    InvitationSerializer,
)
from api.views.applications import application_data
from api.views.base import ApiView, current_user
from applications import services
from applications.models import Invitation


def invitations_queryset(user: User) -> QuerySet[Invitation]:
    return (
        invitations_for(user)
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


def invitation_data(user: User, invitation: Invitation) -> dict[str, Any]:
    fresh = invitations_queryset(user).get(pk=invitation.pk)
    context = {"contactable": contactable_candidate_ids(user, [fresh.candidate_id])}
    return dict(InvitationSerializer(fresh, context=context).data)


class InvitationList(ApiView):
    permission_classes = [EmployerWrites]
    serializer_class = InvitationSerializer

    @extend_schema(
        summary="Invitations I can see",
        description="A candidate sees those sent to them; an employer those the company sent.",
        responses={200: InvitationSerializer(many=True), **errors(401, 404)},
    )
    def get(self, request: Request) -> Response:
        user = current_user(request)
        return self.paginated(
            invitations_queryset(user),
            lambda page: {
                "contactable": contactable_candidate_ids(user, (i.candidate_id for i in page))
            },
        )

    @extend_schema(
        summary="Invite a candidate to apply",
        description="Employers only, to one of the company's open vacancies, once per candidate.",
        request=InvitationCreateSerializer,
        responses={201: ok(InvitationSerializer), **errors(400, 401, 403)},
    )
    def post(self, request: Request) -> Response:
        user = current_user(request)
        serializer = InvitationCreateSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        invitation = services.invitation_create(
            vacancy=serializer.validated_data["vacancy"],
            profile=serializer.validated_data["candidate"],
            message=serializer.validated_data["message"],
            by=user,
        )
        return Response(invitation_data(user, invitation), status=201)


class InvitationAccept(ApiView):
    serializer_class = ApplicationSerializer

    @extend_schema(
        summary="Accept an invitation: this applies to the vacancy",
        request=InvitationAnswerSerializer,
        responses={201: ok(ApplicationSerializer), **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        user = current_user(request)
        invitation = get_object_or_404(invitations_to_answer(user), pk=pk)
        serializer = InvitationAnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        application = services.invitation_accept(
            invitation=invitation, by=user, message=serializer.validated_data["message"]
        )
        return Response(application_data(user, application.pk), status=201)


class InvitationDecline(ApiView):
    serializer_class = InvitationSerializer

    @extend_schema(
        summary="Decline an invitation",
        request=None,
        responses={200: ok(InvitationSerializer), **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        user = current_user(request)
        invitation = get_object_or_404(invitations_to_answer(user), pk=pk)
        invitation = services.invitation_decline(invitation=invitation, by=user)
        return Response(invitation_data(user, invitation))
