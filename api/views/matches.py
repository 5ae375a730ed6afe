"""``/api/v1/matches/``: a candidate's stored matches, with reasons in their language."""

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import CandidateProfile
from api.permissions import IsCandidate
from api.schema import errors
from api.serializers import CandidateMatchQuerySerializer, CandidateMatchSerializer
from api.views.base import ApiView, current_user
from matching.models import MatchScore
from matching.selectors import matches_for_candidate


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
