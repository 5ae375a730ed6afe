"""Writes for users, candidate profiles and consent."""

import json
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import CandidateProfile, Consent, PrivacyNotice, Role, User


def privacy_notice_current() -> PrivacyNotice:
    notice = (
        PrivacyNotice.objects.filter(effective_from__lte=timezone.localdate())
        .order_by("-effective_from")
        .first()
    )
    if notice is None:
        raise PrivacyNotice.DoesNotExist("No privacy notice is in force; load the migrations.")
    return notice


@transaction.atomic
def consent_record(*, user: User, purposes: Iterable[str]) -> list[Consent]:
    notice = privacy_notice_current()
    return [
        Consent.objects.get_or_create(user=user, notice=notice, purpose=purpose)[0]
        for purpose in purposes
    ]


def user_set_language(*, user: User, language: str) -> User:
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return user


@transaction.atomic
def candidate_profile_save(
    *, profile: CandidateProfile, m2m: dict[str, Iterable[Any]], remove_cv: bool = False
) -> CandidateProfile:
    """Save a candidate's profile and its many-to-many choices together.

    A replaced or removed CV file is deleted only after the transaction commits, so a failed save
    never loses the file the profile still points to.
    """
    if profile.user.role != Role.CANDIDATE:
        raise ValidationError(_("Only candidate accounts have a candidate profile."))
    old_name = ""
    if profile.pk:
        old_name = (
            CandidateProfile.objects.filter(pk=profile.pk).values_list("cv", flat=True).first()
            or ""
        )
    if remove_cv and profile.cv and profile.cv.name == old_name:
        profile.cv = None
    profile.full_clean(exclude=list(m2m))
    profile.save()
    for field, values in m2m.items():
        getattr(profile, field).set(values)
    from matching.tasks import enqueue_candidate_refresh

    enqueue_candidate_refresh(profile.pk)
    new_name = profile.cv.name if profile.cv else ""
    if old_name and old_name != new_name:
        storage = CandidateProfile._meta.get_field("cv").storage
        transaction.on_commit(lambda: storage.delete(old_name))
    return profile


def user_export_data(*, user: User) -> str:
    """Everything Kakehashi holds about ``user``, as JSON (APPI disclosure; VN Law 91/2025)."""
    data: dict[str, Any] = {
        "account": {
            "email": user.email,
            "role": user.role,
            "language": user.language,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "consents": [
            {
                "purpose": c.purpose,
                "notice_version": c.notice.version,
                "given_at": c.given_at,
                "withdrawn_at": c.withdrawn_at,
            }
            for c in user.consents.select_related("notice")
        ],
    }
    profile = CandidateProfile.objects.filter(user=user).first()
    if profile is not None:
        data["candidate_profile"] = {
            "full_name": profile.full_name,
            "date_of_birth": profile.date_of_birth,
            "hometown_province": profile.hometown_province,
            "phone": profile.phone,
            "skills": profile.skills,
            "jlpt_level": profile.jlpt_level.code if profile.jlpt_level else None,
            "jft_basic": profile.jft_basic,
            "care_japanese_test": profile.care_japanese_test,
            "ssw_skill_tests": [s.slug for s in profile.ssw_skill_tests.all()],
            "ssw2_skill_tests": [s.slug for s in profile.ssw2_skill_tests.all()],
            "titp_completed_sectors": [s.slug for s in profile.titp_completed_sectors.all()],
            "current_location": profile.current_location,
            "residence_status": profile.residence_status.slug if profile.residence_status else None,
            "seeking_transfer": profile.seeking_transfer,
            "sectors": [s.slug for s in profile.sectors.all()],
            "preferred_prefectures": [p.slug for p in profile.preferred_prefectures.all()],
            "desired_monthly_salary_jpy": profile.desired_monthly_salary_jpy,
            "experience_years": profile.experience_years,
            "has_degree": profile.has_degree,
            "available_from": profile.available_from,
            "cv_uploaded": bool(profile.cv),
            "updated_at": profile.updated_at,
        }
    membership = getattr(user, "company_membership", None)
    if membership is not None:
        data["company"] = {
            "name_ja": membership.company.name_ja,
            "name_latin": membership.company.name_latin,
            "corporate_number": membership.company.corporate_number,
        }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete the account, its profile, consents and CV file (APPI / VN Law 91/2025 erasure).

    The admin's log entries about this user are purged too, so no audit row keeps their data.
    """
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    profile = CandidateProfile.objects.filter(user=user).first()
    cv_name = profile.cv.name if profile and profile.cv else ""
    if profile is not None:
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(CandidateProfile),
            object_id=str(profile.pk),
        ).delete()
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
    ).delete()
    consent_ids = [str(pk) for pk in Consent.objects.filter(user=user).values_list("pk", flat=True)]
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Consent), object_id__in=consent_ids
    ).delete()
    # Entries this person made themselves (e.g. a recruiter) name them too.
    LogEntry.objects.filter(user=user).delete()
    user.delete()
    if cv_name:
        storage = CandidateProfile._meta.get_field("cv").storage
        transaction.on_commit(lambda: storage.delete(cv_name))
