"""``/api/v1/matches/``: a candidate's stored matches, with reasons in their language, and
"not interested", which hides a vacancy from them."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import CandidateProfile
from api.permissions import IsCandidate
from api.schema import errors, ok
from api.serializers import (
    CandidateMatchQuerySerializer,
    CandidateMatchSerializer,
    DismissalSerializer,
)
from api.views.base import ApiView, current_user
from applications import services
from applications.models import Dismissal
from employers.selectors import vacancy_visible_to
from matching.models import MatchScore
from matching.selectors import matches_for_candidate

# What "not interested" and "not a fit" answer.
DISMISSAL_RESPONSES = {
    201: ok(DismissalSerializer, "Hidden."),
    200: ok(DismissalSerializer, "It was already hidden."),
    **errors(401, 403, 404),
}


def dismissal_response(dismissal: Dismissal, created: bool) -> Response:
    """201 the first time a pair is hidden, 200 when it already was."""
    return Response(
        DismissalSerializer(dismissal).data,
        status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
    )


class CandidateMatchList(ApiView):
    permission_classes = [IsCandidate]
    serializer_class = CandidateMatchSerializer

    @extend_schema(
        summary="My matches",
        description=(
            "Open vacancies scored for me: eligible first, best first. Ineligible ones say which "
            "rules they need (failures). Empty until my profile is saved and scored."
        ),
        parameters=[CandidateMatchQuerySerializer],
        responses={200: CandidateMatchSerializer(many=True), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request) -> Response:
        query = CandidateMatchQuerySerializer(data=request.query_params.dict())
        query.is_valid(raise_exception=True)
        profile = CandidateProfile.objects.filter(user=current_user(request)).first()
        matches: QuerySet[MatchScore] = (
            matches_for_candidate(profile=profile).prefetch_related("vacancy__visa_types")
            if profile is not None
            else MatchScore.objects.none()
        )
        if query.validated_data.get("eligible") is not None:
            matches = matches.filter(eligible=query.validated_data["eligible"])
        return self.paginated(matches)


class CandidateNotInterested(ApiView):
    permission_classes = [IsCandidate]
    serializer_class = DismissalSerializer

    @extend_schema(
        summary="Not interested in a vacancy",
        description=(
            "Hides the vacancy from my matches for good; the matcher learns from it. The id is "
            "the vacancy's. Marking twice changes nothing (200)."
        ),
        request=None,
        responses=DISMISSAL_RESPONSES,
    )
    def post(self, request: Request, pk: int) -> Response:
        user = current_user(request)
        vacancy = get_object_or_404(vacancy_visible_to(user=user), pk=pk)
        profile = get_object_or_404(CandidateProfile, user=user)
        dismissal, created = services.dismissal_record(profile=profile, vacancy=vacancy, by=user)
        return dismissal_response(dismissal, created)
