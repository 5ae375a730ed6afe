"""``/api/v1/reference/…``: the vocabulary of slugs and codes, with names in en, ja and vi."""

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.permissions import AllowAny

from api.schema import errors
from api.serializers import (
    JlptLevelSerializer,
    PrefectureSerializer,
    SectorSerializer,
    VisaTypeSerializer,
)
from reference.models import JlptLevel, MinimumWage, Prefecture, Sector, VisaStatus

_ERRORS = errors(401)


class ReferenceList(generics.ListAPIView):
    """A short, public list: not paginated."""

    permission_classes = [AllowAny]
    pagination_class = None


@extend_schema(
    summary="Sectors (SSW fields and professional tracks)",
    responses={200: SectorSerializer(many=True), **_ERRORS},
)
class SectorList(ReferenceList):
    serializer_class = SectorSerializer
    queryset = Sector.objects.all()


@extend_schema(
    summary="Prefectures of Kyushu–Okinawa, with the minimum wage in force",
    responses={200: PrefectureSerializer(many=True), **_ERRORS},
)
class PrefectureList(ReferenceList):
    serializer_class = PrefectureSerializer

    def get_queryset(self) -> QuerySet[Prefecture]:
        floors = MinimumWage.objects.filter(effective_from__lte=timezone.localdate()).order_by(
            "-effective_from"
        )
        return Prefecture.objects.prefetch_related(
            Prefetch("minimum_wages", queryset=floors, to_attr="floors_in_force")
        )


@extend_schema(
    summary="Residence statuses (visa pathways)",
    responses={200: VisaTypeSerializer(many=True), **_ERRORS},
)
class VisaTypeList(ReferenceList):
    serializer_class = VisaTypeSerializer
    queryset = VisaStatus.objects.all()


@extend_schema(
    summary="JLPT levels, N5 (rank 1) to N1 (rank 5)",
    responses={200: JlptLevelSerializer(many=True), **_ERRORS},
)
class JlptLevelList(ReferenceList):
    serializer_class = JlptLevelSerializer
    queryset = JlptLevel.objects.all()
