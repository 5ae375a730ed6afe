"""Vacancies: the public list and pages, and a company's own vacancies with their candidates."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from api.exceptions import Conflict
from api.permissions import (
    IsEmployerWithCompany,
    company_vacancies_for,
    contactable_candidate_ids,
    own_company,
)
from api.schema import errors, ok
from api.serializers import (
    CompanyVacancySerializer,
    DismissalSerializer,
    VacancyMatchQuerySerializer,
    VacancyMatchSerializer,
    VacancySerializer,
    VacancyWriteSerializer,
)
from api.validation import bind_form, clean
from api.views.base import ApiView, current_user
from api.views.matches import DISMISSAL_RESPONSES, dismissal_response
from applications import services as application_services
from employers import selectors, services
from employers.filters import VacancyFilter
from employers.forms import VacancyForm
from employers.models import Vacancy
from matching import selectors as matching_selectors
from matching.models import MatchScore


class PublicVacancyList(ApiView):
    permission_classes = [AllowAny]
    serializer_class = VacancySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = VacancyFilter

    def get_queryset(self) -> QuerySet[Vacancy]:
        return selectors.public_vacancies()

    @extend_schema(
        summary="Open vacancies",
        description="The same filters as the site's vacancy list. An unknown slug or code is a 400.",
        responses={200: VacancySerializer(many=True), **errors(400, 401, 404)},
    )
    def get(self, request: Request) -> Response:
        return self.paginated(self.filter_queryset(self.get_queryset()))


class PublicVacancyDetail(ApiView):
    permission_classes = [AllowAny]
    serializer_class = VacancySerializer

    @extend_schema(
        summary="An open vacancy", responses={200: ok(VacancySerializer), **errors(401, 404)}
    )
    def get(self, request: Request, pk: int) -> Response:
        vacancy = get_object_or_404(selectors.public_vacancies(), pk=pk)
        return Response(VacancySerializer(vacancy).data)


# --- A company's own vacancies ------------------------------------------------------------------


def _own_vacancy(request: Request, pk: int) -> Vacancy:
    return get_object_or_404(company_vacancies_for(current_user(request)), pk=pk)


def _company_vacancy(vacancy: Vacancy) -> dict[str, Any]:
    fresh = selectors.vacancy_base_queryset().get(pk=vacancy.pk)
    return dict(CompanyVacancySerializer(fresh).data)


class CompanyVacancyList(ApiView):
    permission_classes = [IsEmployerWithCompany]
    serializer_class = CompanyVacancySerializer

    @extend_schema(
        summary="My company's vacancies",
        responses={200: CompanyVacancySerializer(many=True), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request) -> Response:
        return self.paginated(company_vacancies_for(current_user(request)))

    @extend_schema(
        summary="Write a new vacancy (saved as a draft)",
        description=(
            "Checked as on the site: pay at least the prefecture's minimum wage, no deposit, no "
            "penalty clause, a start date not in the past; errors come by field."
        ),
        request=VacancyWriteSerializer,
        responses={201: ok(CompanyVacancySerializer), **errors(400, 401, 403)},
    )
    def post(self, request: Request) -> Response:
        user = current_user(request)
        serializer = VacancyWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        vacancy = Vacancy(company=own_company(user))
        form = clean(bind_form(VacancyForm, instance=vacancy, changes=serializer.validated_data))
        vacancy = services.vacancy_save(
            vacancy=form.save(commit=False), visa_types=form.cleaned_data["visa_types"], by=user
        )
        return Response(_company_vacancy(vacancy), status=201)


class CompanyVacancyDetail(ApiView):
    permission_classes = [IsEmployerWithCompany]
    serializer_class = CompanyVacancySerializer

    @extend_schema(
        summary="One of my company's vacancies",
        responses={200: ok(CompanyVacancySerializer), **errors(401, 403, 404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(CompanyVacancySerializer(_own_vacancy(request, pk)).data)

    @extend_schema(
        summary="Change a vacancy",
        description="Send only what changes; the same checks as when writing one.",
        request=VacancyWriteSerializer,
        responses={200: ok(CompanyVacancySerializer), **errors(400, 401, 403, 404)},
    )
    def patch(self, request: Request, pk: int) -> Response:
        user = current_user(request)
        vacancy = _own_vacancy(request, pk)
        serializer = VacancyWriteSerializer(vacancy, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        form = clean(bind_form(VacancyForm, instance=vacancy, changes=serializer.validated_data))
        vacancy = services.vacancy_save(
            vacancy=form.save(commit=False), visa_types=form.cleaned_data["visa_types"], by=user
        )
        return Response(_company_vacancy(vacancy))

    @extend_schema(
        summary="Delete a draft",
        description="Only a draft can be deleted; close an open vacancy instead (409).",
        responses={204: OpenApiResponse(description="Deleted."), **errors(401, 403, 404, 409)},
    )
    def delete(self, request: Request, pk: int) -> Response:
        vacancy = _own_vacancy(request, pk)
        try:
            services.vacancy_delete(vacancy=vacancy, by=request.user)
        except ValidationError as error:
            raise Conflict(error.messages[0]) from None
        return Response(status=204)


class CompanyVacancyPublish(ApiView):
    permission_classes = [IsEmployerWithCompany]
    serializer_class = CompanyVacancySerializer

    @extend_schema(
        summary="Publish a vacancy",
        description=(
            "Checks the terms against today's minimum wage. The vacancy is public once the "
            "company is verified (is_public)."
        ),
        request=None,
        responses={200: ok(CompanyVacancySerializer), **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        vacancy = services.vacancy_publish(
            vacancy=_own_vacancy(request, pk), by=current_user(request)
        )
        return Response(_company_vacancy(vacancy))


class CompanyVacancyClose(ApiView):
    permission_classes = [IsEmployerWithCompany]
    serializer_class = CompanyVacancySerializer

    @extend_schema(
        summary="Close an open vacancy",
        request=None,
        responses={200: ok(CompanyVacancySerializer), **errors(400, 401, 403, 404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        vacancy = services.vacancy_close(
            vacancy=_own_vacancy(request, pk), by=current_user(request)
        )
        return Response(_company_vacancy(vacancy))


class CompanyVacancyMatches(ApiView):
    permission_classes = [IsEmployerWithCompany]
    serializer_class = VacancyMatchSerializer

    @extend_schema(
        summary="Candidates ranked for my vacancy",
        description=(
            "Eligible candidates first, best first. Candidates are pseudonymous: contact is "
            "null until they apply to your company."
        ),
        parameters=[VacancyMatchQuerySerializer],
        responses={200: VacancyMatchSerializer(many=True), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        user = current_user(request)
        vacancy = _own_vacancy(request, pk)
        query = VacancyMatchQuerySerializer(data=request.query_params.dict())
        query.is_valid(raise_exception=True)
        filters = query.validated_data
        matches = matching_selectors.matches_for_vacancy(
            vacancy=vacancy,
            prefecture=filters["prefecture"].slug if filters.get("prefecture") else None,
            jlpt=filters["jlpt"].code if filters.get("jlpt") else None,
            sector=filters["sector"].slug if filters.get("sector") else None,
        ).select_related("candidate__user")
        if filters.get("eligible") is not None:
            matches = matches.filter(eligible=filters["eligible"])
        return self.paginated(
            matches,
            lambda page: {
                "contactable": contactable_candidate_ids(user, (m.candidate_id for m in page))
            },
        )


class CompanyVacancyNotAFit(ApiView):
    permission_classes = [IsEmployerWithCompany]
    serializer_class = DismissalSerializer

    @extend_schema(
        summary="Mark a ranked candidate not a fit",
        description=(
            "Hides the candidate from this vacancy's ranked list for good; the matcher learns "
            "from it. The candidate id is the one in the ranked list. Marking twice changes "
            "nothing (200)."
        ),
        request=None,
        responses=DISMISSAL_RESPONSES,
    )
    def post(self, request: Request, pk: int, candidate: int) -> Response:
        vacancy = _own_vacancy(request, pk)
        # Only a candidate scored for this vacancy: other ids are answered as unknown.
        match = get_object_or_404(
            MatchScore.objects.select_related("candidate"), vacancy=vacancy, candidate_id=candidate
        )
        dismissal, created = application_services.dismissal_record(
            profile=match.candidate, vacancy=vacancy, by=current_user(request)
        )
        return dismissal_response(dismissal, created)
