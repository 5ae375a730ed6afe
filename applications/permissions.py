"""Who may see which application, invitation or candidate detail: the rules live here only.

Views and the API ask these functions (or filter with their querysets); a non-owner gets 404,
so nothing tells a stranger that an object exists.
"""

from typing import TypeVar

from django.db.models import Model, Q, QuerySet

from accounts.models import CandidateProfile, Role, User
from applications.models import Application, Invitation
from applications.stages import Stage

_T = TypeVar("_T", bound=Model)


def _company_id(user: User) -> int | None:
    membership = getattr(user, "company_membership", None)
    return membership.company_id if membership else None


def _visible(queryset: QuerySet[_T], user: User) -> QuerySet[_T]:
    """Candidates see their own; employers those on their company's vacancies; staff all."""
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user.is_staff:
        return queryset
    if user.role == Role.CANDIDATE:
        return queryset.filter(candidate__user=user)
    company_id = _company_id(user)
    if user.role == Role.EMPLOYER and company_id is not None:
        return queryset.filter(vacancy__company_id=company_id)
    return queryset.none()


def applications_visible_to(user: User) -> QuerySet[Application]:
    return _visible(Application.objects.all(), user)


def invitations_visible_to(user: User) -> QuerySet[Invitation]:
    return _visible(Invitation.objects.all(), user)


def employer_may_contact(user: User, profile: CandidateProfile) -> bool:
    """An employer sees a candidate's contact details (phone, email, CV) only after the candidate
    applied to, or accepted an invitation for, one of its vacancies, and has not withdrawn."""
    company_id = _company_id(user)
    if user.role != Role.EMPLOYER or company_id is None:
        return False
    return (
        Application.objects.filter(candidate=profile, vacancy__company_id=company_id)
        .exclude(stage=Stage.WITHDRAWN)
        .exists()
    )


def contactable_candidates(user: User) -> Q:
    """A filter on CandidateProfile for the candidates whose contact details ``user`` may see."""
    company_id = _company_id(user)
    if user.role != Role.EMPLOYER or company_id is None:
        return Q(pk__in=[])
    return Q(
        pk__in=Application.objects.filter(vacancy__company_id=company_id)
        .exclude(stage=Stage.WITHDRAWN)
        .values("candidate_id")
    )
