"""Who may call what, and which objects each user can reach: the API's rules in one place.

Role checks are permission classes (a wrong role is 403: the endpoint is not for them, whatever
the id). Private objects are looked up only inside the querysets below, which delegate to
applications.permissions and employers' selectors, so an object someone else owns is simply not
found (404) and nothing in the answer tells that it exists.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from rest_framework import permissions

from accounts.models import CandidateProfile, Role, User
from applications import permissions as application_rules
from applications.models import Application, Invitation
from applications.stages import Side
from employers import selectors as employer_selectors
from employers.models import Company, Vacancy
from employers.services import company_for


class IsCandidate(permissions.IsAuthenticated):
    message = _("This page is for candidates.")

    def has_permission(self, request: Any, view: Any) -> bool:
        return bool(super().has_permission(request, view) and request.user.role == Role.CANDIDATE)


class IsEmployerWithCompany(permissions.IsAuthenticated):
    """An employer whose account belongs to a company (registered on the site)."""

    message = _("This page is for employers.")

    def has_permission(self, request: Any, view: Any) -> bool:
        if not super().has_permission(request, view):
            return False
        user = request.user
        return bool(user.role == Role.EMPLOYER and company_for(user) is not None)


class CandidateWrites(permissions.IsAuthenticated):
    """Any signed-in user may list (each sees their own objects); only candidates may create."""

    message = _("This page is for candidates.")

    def has_permission(self, request: Any, view: Any) -> bool:
        if not super().has_permission(request, view):
            return False
        return request.method in permissions.SAFE_METHODS or request.user.role == Role.CANDIDATE


class EmployerWrites(permissions.IsAuthenticated):
    """Any signed-in user may list (each sees their own objects); only employers may create."""

    message = _("This page is for employers.")

    def has_permission(self, request: Any, view: Any) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        return IsEmployerWithCompany().has_permission(request, view)


# --- Objects each user can reach --------------------------------------------------------------


def own_company(user: User) -> Company | None:
    return company_for(user) if user.is_authenticated else None


def company_vacancies_for(user: User) -> QuerySet[Vacancy]:
    """The vacancies of the user's own company; none for anyone else."""
    company = own_company(user)
    if company is None or user.role != Role.EMPLOYER:
        return Vacancy.objects.none()
    return employer_selectors.company_vacancies(company=company)


def applications_for(user: User) -> QuerySet[Application]:
    return application_rules.applications_visible_to(user)


def invitations_for(user: User) -> QuerySet[Invitation]:
    return application_rules.invitations_visible_to(user)


def invitations_to_answer(user: User) -> QuerySet[Invitation]:
    """Invitations the user may accept or decline: only those addressed to them."""
    return invitations_for(user).filter(candidate__user=user)


# --- Fields each user may see ------------------------------------------------------------------


def contactable_candidate_ids(user: User, candidate_ids: Iterable[int]) -> set[int]:
    """Of these candidates, those whose name and contact details ``user`` may see.

    A candidate sees their own; recruiters see all; an employer sees those who applied to (or
    accepted an invitation for) one of its vacancies and have not withdrawn, which is
    applications.permissions.employer_may_contact asked for a whole page at once.
    """
    ids = set(candidate_ids)
    if not ids or not user.is_authenticated:
        return set()
    if user.is_staff:
        return ids
    if user.role == Role.CANDIDATE:
        return set(
            CandidateProfile.objects.filter(pk__in=ids, user=user).values_list("pk", flat=True)
        )
    return set(
        CandidateProfile.objects.filter(application_rules.contactable_candidates(user))
        .filter(pk__in=ids)
        .values_list("pk", flat=True)
    )


def may_see_employer_notes(user: User, application: Application) -> bool:
    """Private notes: the members of the vacancy's company and recruiters, never the candidate."""
    if user.is_staff:
        return True
    company = own_company(user)
    return company is not None and company.pk == application.vacancy.company_id


def side_of(user: User, application: Application) -> str | None:
    """Which side of the pipeline ``user`` moves the application from, if any."""
    if user.role == Role.CANDIDATE and application.candidate.user_id == user.pk:
        return str(Side.CANDIDATE)
    company = own_company(user)
    if user.role == Role.EMPLOYER and company is not None:
        if company.pk == application.vacancy.company_id:
            return str(Side.EMPLOYER)
    return None
