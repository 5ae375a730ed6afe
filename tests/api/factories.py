"""Applications, invitations, notes and scores for the API's stories, made by the real services."""

import datetime
from typing import Any

from django.utils import timezone

from accounts.models import CandidateProfile, User
from applications import services
from applications.models import Application, EmployerNote, Invitation
from applications.stages import Stage
from employers.models import Company, Vacancy, VacancyStatus
from matching.services import match_refresh_vacancy
from tests.factories import VacancyFactory


def profile_of(user: User) -> CandidateProfile:
    return CandidateProfile.objects.get(user=user)


def company_of(user: User) -> Company:
    return user.company_membership.company


def open_vacancy(employer: User, **fields: Any) -> Vacancy:
    """A public vacancy of the employer's company (SSW (i), food manufacturing, Fukuoka, N4)."""
    return VacancyFactory.create(company=company_of(employer), created_by=employer, **fields)


def draft_vacancy(employer: User, **fields: Any) -> Vacancy:
    return VacancyFactory.create(
        company=company_of(employer),
        created_by=employer,
        status=VacancyStatus.DRAFT,
        published_at=None,
        **fields,
    )


def application(candidate: User, vacancy: Vacancy, message: str = "") -> Application:
    """The candidate applies to the vacancy, as on the site."""
    return services.application_create(
        profile=profile_of(candidate), vacancy=vacancy, message=message, by=candidate
    )


def moved(application: Application, to: str, by: User, **details: Any) -> Application:
    if to == Stage.INTERVIEW:
        details.setdefault("interview_at", timezone.now() + datetime.timedelta(days=3))
        details.setdefault("interview_place", "Head office, Hakata")
    if to == Stage.REJECTED:
        details.setdefault("rejection_reason", "We hired someone with more experience.")
    return services.application_transition(application=application, to=to, by=by, **details)


def invitation(employer: User, vacancy: Vacancy, candidate: User, message: str = "") -> Invitation:
    return services.invitation_create(
        vacancy=vacancy, profile=profile_of(candidate), message=message, by=employer
    )


def note(employer: User, application: Application, text: str) -> EmployerNote:
    return services.employer_note_add(application=application, by=employer, text=text)


def scored(vacancy: Vacancy) -> Vacancy:
    """Store the matcher's scores of every candidate for the vacancy."""
    match_refresh_vacancy(vacancy=vacancy)
    return vacancy
