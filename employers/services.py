"""Writes for companies and vacancies. Views, admin, imports and tasks all come through here."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.models import Role, User
from employers import wages
from employers.models import Company, CompanyMembership, Vacancy, VacancyStatus
from reference.models import Prefecture


def vacancy_terms_errors(
    *,
    prefecture: Prefecture | None,
    monthly_salary_jpy: int | None,
    weekly_hours: Decimal | None,
    start_date: datetime.date | None,
    requires_deposit: bool,
    has_penalty_clause: bool,
    today: datetime.date | None = None,
) -> dict[str, list[str]]:
    """The legal checks on a vacancy's terms, as messages keyed by the field they concern."""
    errors: dict[str, list[str]] = {}
    if requires_deposit:
        errors.setdefault("requires_deposit", []).append(
            _(
                "A deposit or guarantee money charged to the worker is prohibited. "
                "Remove it to post this vacancy."
            )
        )
    if has_penalty_clause:
        errors.setdefault("has_penalty_clause", []).append(
            _("A penalty clause for leaving early is prohibited. Remove it to post this vacancy.")
        )
    if prefecture is None or not monthly_salary_jpy or not weekly_hours or weekly_hours <= 0:
        return errors
    today = today or timezone.localdate()
    # Pay must meet the floor in force when the work starts, or today if that is later.
    check_day = max(today, start_date) if start_date else today
    floor = prefecture.minimum_wage_on(check_day)
    if floor is None:
        return errors
    if not wages.meets_floor(monthly_salary_jpy, weekly_hours, floor.yen_per_hour):
        hourly = wages.hourly_rate(monthly_salary_jpy, weekly_hours)
        needed = wages.minimum_monthly_salary(floor.yen_per_hour, weekly_hours)
        errors.setdefault("monthly_salary_jpy", []).append(
            _(
                "¥%(pay)s a month for %(hours)s hours a week is ¥%(hourly)s an hour, below the "
                "minimum wage in %(prefecture)s of ¥%(floor)s an hour (in force from %(since)s). "
                "Pay at least ¥%(needed)s a month."
            )
            % {
                "pay": formats.number_format(monthly_salary_jpy, force_grouping=True),
                "hours": formats.number_format(weekly_hours.normalize()),
                "hourly": formats.number_format(hourly, 2, force_grouping=True),
                "prefecture": prefecture.name,
                "floor": formats.number_format(floor.yen_per_hour, force_grouping=True),
                "since": formats.date_format(floor.effective_from, "DATE_FORMAT"),
                "needed": formats.number_format(needed, force_grouping=True),
            }
        )
    return errors


def vacancy_check_terms(*, vacancy: Vacancy, today: datetime.date | None = None) -> None:
    errors = vacancy_terms_errors(
        prefecture=vacancy.prefecture,
        monthly_salary_jpy=vacancy.monthly_salary_jpy,
        weekly_hours=vacancy.weekly_hours,
        start_date=vacancy.start_date,
        requires_deposit=vacancy.requires_deposit,
        has_penalty_clause=vacancy.has_penalty_clause,
        today=today,
    )
    if errors:
        raise ValidationError(errors)


def refresh_matches_for(vacancies: Any) -> None:
    """Queue a match refresh for these vacancy ids once the transaction commits."""
    # Imported here: the matcher depends on employers' models, not the other way round.
    from matching.tasks import enqueue_vacancy_refresh

    for vacancy_id in vacancies:
        enqueue_vacancy_refresh(vacancy_id)


def company_for(user: User) -> Company | None:
    membership = getattr(user, "company_membership", None)
    return membership.company if membership else None


@transaction.atomic
def company_register(*, user: User, company: Company, sectors: Any) -> Company:
    """Save a new company and make ``user`` its member. The company awaits verification."""
    if user.role != Role.EMPLOYER:
        raise PermissionDenied(_("Only employer accounts can register a company."))
    if company_for(user) is not None:
        raise ValidationError(_("Your account already belongs to a company."))
    company.verified_at = None
    company.full_clean()
    company.save()
    company.sectors.set(sectors)
    CompanyMembership.objects.create(user=user, company=company)
    from notifications import emitters

    emitters.company_registered(company)
    return company


# A recruiter verified these facts; changing any of them needs a new verification.
VERIFIED_COMPANY_FIELDS = ("name_ja", "name_latin", "corporate_number")


@transaction.atomic
def company_update(*, company: Company, sectors: Any) -> Company:
    """Save an employer's edits. Changing the company's identity withdraws its verification."""
    previous = Company.objects.get(pk=company.pk)
    if company.verified_at and any(
        getattr(previous, field) != getattr(company, field) for field in VERIFIED_COMPANY_FIELDS
    ):
        company.verified_at = None
        company.verified_by = None
    company.full_clean()
    company.save()
    company.sectors.set(sectors)
    if previous.verified_at != company.verified_at:
        refresh_matches_for(company.vacancies.values_list("pk", flat=True))
    return company


@transaction.atomic
def company_verify(*, company: Company, by: User) -> Company:
    if company.verified_at is None:
        company.verified_at = timezone.now()
        company.verified_by = by
        company.save(update_fields=["verified_at", "verified_by", "updated_at"])
        refresh_matches_for(company.vacancies.values_list("pk", flat=True))
    return company


@transaction.atomic
def company_unverify(*, company: Company) -> Company:
    company.verified_at = None
    company.verified_by = None
    company.save(update_fields=["verified_at", "verified_by", "updated_at"])
    # Its vacancies stop being public, so their stored scores go.
    refresh_matches_for(company.vacancies.values_list("pk", flat=True))
    return company


def _ensure_editor(*, vacancy: Vacancy, by: User) -> None:
    if by.is_staff:
        return
    company = company_for(by)
    if company is None or company.pk != vacancy.company_id:
        raise PermissionDenied(_("Only the company that owns this vacancy can change it."))


@transaction.atomic
def vacancy_save(*, vacancy: Vacancy, visa_types: Any, by: User) -> Vacancy:
    """Create or update a vacancy after the legal checks; its status is unchanged."""
    if vacancy.pk is None:
        vacancy.created_by = by
    else:
        _ensure_editor(vacancy=vacancy, by=by)
    vacancy_check_terms(vacancy=vacancy)
    vacancy.full_clean(exclude=["visa_types"])
    vacancy.save()
    vacancy.visa_types.set(visa_types)
    if vacancy.status == VacancyStatus.OPEN:
        refresh_matches_for([vacancy.pk])
    return vacancy


@transaction.atomic
def vacancy_publish(*, vacancy: Vacancy, by: User) -> Vacancy:
    """draft/closed → open, after checking the terms against today's minimum wage."""
    _ensure_editor(vacancy=vacancy, by=by)
    if vacancy.status == VacancyStatus.OPEN:
        return vacancy
    vacancy_check_terms(vacancy=vacancy)
    if not vacancy.visa_types.exists():
        raise ValidationError({"visa_types": [_("Choose at least one residence status.")]})
    vacancy.status = VacancyStatus.OPEN
    vacancy.published_at = timezone.now()
    vacancy.closed_at = None
    vacancy.save(update_fields=["status", "published_at", "closed_at", "updated_at"])
    refresh_matches_for([vacancy.pk])
    return vacancy


@transaction.atomic
def vacancy_delete(*, vacancy: Vacancy, by: User) -> None:
    """Delete a draft. A vacancy that was ever published is closed instead, to keep its history."""
    _ensure_editor(vacancy=vacancy, by=by)
    if vacancy.status != VacancyStatus.DRAFT:
        raise ValidationError(
            _("Only a draft vacancy can be deleted. Close it instead."), code="not_draft"
        )
    vacancy.delete()


@transaction.atomic
def vacancy_close(*, vacancy: Vacancy, by: User) -> Vacancy:
    _ensure_editor(vacancy=vacancy, by=by)
    if vacancy.status != VacancyStatus.OPEN:
        raise ValidationError(_("Only an open vacancy can be closed."))
    vacancy.status = VacancyStatus.CLOSED
    vacancy.closed_at = timezone.now()
    vacancy.save(update_fields=["status", "closed_at", "updated_at"])
    refresh_matches_for([vacancy.pk])
    return vacancy
