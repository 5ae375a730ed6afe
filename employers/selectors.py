"""Reads for companies and vacancies, with their relations fetched up front."""

from django.db.models import QuerySet

from accounts.models import User
from employers.models import Company, Vacancy, VacancyStatus


def vacancy_base_queryset() -> QuerySet[Vacancy]:
    return Vacancy.objects.select_related(
        "company", "company__prefecture", "sector", "prefecture", "min_jlpt_level"
    ).prefetch_related("visa_types")


def public_vacancies() -> QuerySet[Vacancy]:
    """Open vacancies of verified companies: what anyone may browse."""
    return vacancy_base_queryset().filter(
        status=VacancyStatus.OPEN, company__verified_at__isnull=False
    )


def company_vacancies(*, company: Company) -> QuerySet[Vacancy]:
    return vacancy_base_queryset().filter(company=company).order_by("-updated_at")


def vacancy_visible_to(*, user: User) -> QuerySet[Vacancy]:
    """Vacancies whose page ``user`` may open: public ones, their company's own, or all for staff."""
    if user.is_authenticated and user.is_staff:
        return vacancy_base_queryset()
    public = public_vacancies()
    membership = getattr(user, "company_membership", None) if user.is_authenticated else None
    if membership is not None:
        return public | vacancy_base_queryset().filter(company_id=membership.company_id)
    return public
