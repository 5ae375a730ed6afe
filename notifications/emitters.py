"""The notifications each change causes: called by the services, inside their transactions."""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from accounts.groups import RECRUITERS_GROUP
from accounts.models import User
from notifications.kinds import Channel, Kind
from notifications.models import Delivery
from notifications.services import notify


def _vacancy_params(vacancy) -> dict[str, object]:
    return {
        "title": vacancy.title,
        "company": vacancy.company.name_latin,
        "vacancy_id": vacancy.pk,
        "prefecture": vacancy.prefecture.name_en,
        # Rendered in the reader's language from the slug.
        "prefecture_slug": vacancy.prefecture.slug,
    }


def _company_members(company_id: int) -> list[User]:
    return list(User.objects.filter(company_membership__company_id=company_id, is_active=True))


def application_created(application) -> None:
    vacancy = application.vacancy
    notify(
        kind=Kind.NEW_APPLICATION,
        recipients=_company_members(vacancy.company_id),
        payload={**_vacancy_params(vacancy), "candidate": application.candidate.full_name},
        dedupe_key=f"new_application:{application.pk}",
        url=reverse("applications:detail", args=[application.pk]),
    )


def stage_changed(application, change) -> None:
    notify(
        kind=Kind.STAGE_CHANGE,
        recipients=[application.candidate.user],
        payload={
            **_vacancy_params(application.vacancy),
            # The code, not the label: the label is rendered in the reader's language later,
            # not in the language of the employer who made the move.
            "stage_code": change.to_stage,
        },
        dedupe_key=f"stage_change:{change.pk}",
        url=reverse("applications:mine"),
    )


def invitation_created(invitation) -> None:
    notify(
        kind=Kind.INVITATION,
        recipients=[invitation.candidate.user],
        payload=_vacancy_params(invitation.vacancy),
        dedupe_key=f"invitation:{invitation.pk}",
        url=reverse("applications:mine"),
    )


def company_registered(company) -> None:
    recruiters = User.objects.filter(
        Q(groups__name=RECRUITERS_GROUP) | Q(is_superuser=True), is_staff=True, is_active=True
    ).distinct()
    notify(
        kind=Kind.COMPANY_PENDING,
        recipients=list(recruiters),
        payload={"company": str(company), "company_id": company.pk},
        dedupe_key=f"company_pending:{company.pk}:{company.created_at:%Y%m%d%H%M%S}",
        url=reverse("admin:employers_company_change", args=[company.pk]),
    )


def strong_matches(vacancy, candidate_user_ids: Iterable[int]) -> None:
    """Candidates who match an open vacancy strongly hear about it once (one event a vacancy)."""
    key = f"new_match:{vacancy.pk}"
    told = set(
        Delivery.objects.filter(event__dedupe_key=key, channel=Channel.IN_APP).values_list(
            "recipient_id", flat=True
        )
    )
    users = list(
        User.objects.filter(pk__in=list(candidate_user_ids), is_active=True).exclude(pk__in=told)
    )
    if not users:
        return
    notify(
        kind=Kind.NEW_MATCH,
        recipients=users,
        payload=_vacancy_params(vacancy),
        dedupe_key=key,
        url=reverse("vacancy_detail", args=[vacancy.pk]),
    )
    # The employer hears about new strong candidates in one batch a vacancy a day.
    notify(
        kind=Kind.NEW_CANDIDATE_MATCH,
        recipients=_company_members(vacancy.company_id),
        payload={**_vacancy_params(vacancy), "count": len(users)},
        dedupe_key=f"new_candidate_match:{vacancy.pk}:{timezone.localdate():%Y-%m-%d}",
        url=reverse("vacancy_candidates", args=[vacancy.pk]),
    )


def strong_match_threshold() -> tuple[float, int]:
    return settings.NOTIFY_MATCH_MIN_SCORE, settings.NOTIFY_MATCH_TOP_N


__all__ = [
    "application_created",
    "company_registered",
    "invitation_created",
    "stage_changed",
    "strong_matches",
]
