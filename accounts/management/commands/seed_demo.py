"""``manage.py seed_demo``: load the demo candidates, companies, vacancies and logins.

Safe to run again: everything is keyed on a natural key (email, corporate number, company and
vacancy title) and updated in place, so a second run changes nothing and duplicates nothing.
"""

import datetime
import time
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import demo
from accounts.groups import RECRUITERS_GROUP, sync_recruiters_group
from accounts.models import CandidateProfile, ConsentPurpose, PrivacyNotice, Role, User
from accounts.services import consent_record, user_delete
from employers.models import Company, CompanyMembership, Vacancy, VacancyStatus
from employers.services import (
    company_unverify,
    company_verify,
    vacancy_close,
    vacancy_publish,
    vacancy_save,
)
from notifications.services import muted as notifications_muted
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus

DEMO_PASSWORD = "demo-pass-2026"

USER_FIELDS = ["password", "role", "first_name", "last_name", "language", "is_staff", "is_active"]
PROFILE_FIELDS = [
    "full_name",
    "date_of_birth",
    "hometown_province",
    "phone",
    "skills",
    "jlpt_level",
    "jft_basic",
    "care_japanese_test",
    "current_location",
    "residence_status",
    "seeking_transfer",
    "desired_monthly_salary_jpy",
    "experience_years",
    "has_degree",
    "available_from",
]
PROFILE_M2M = [
    "ssw_skill_tests",
    "ssw2_skill_tests",
    "titp_completed_sectors",
    "sectors",
    "preferred_prefectures",
]


class Reference:
    """The reference rows the demo speaks of, by slug, read once."""

    def __init__(self) -> None:
        self.sectors = {s.slug: s for s in Sector.objects.all()}
        self.prefectures = {p.slug: p for p in Prefecture.objects.all()}
        self.visas = {v.slug: v for v in VisaStatus.objects.all()}
        self.jlpt = {j.code: j for j in JlptLevel.objects.all()}
        missing = (
            ({c.prefecture for c in demo.COMPANIES} - set(self.prefectures))
            | (set(demo.SKILL_VOCABULARY) - set(self.sectors))
            | ({"ssw1", "ssw2", "titp", "engineer"} - set(self.visas))
            | ({"N5", "N4", "N3", "N2", "N1"} - set(self.jlpt))
        )
        if missing:
            raise CommandError(
                f"Reference data is missing ({', '.join(sorted(missing))}); run migrate first."
            )
        self._floors: dict[tuple[str, datetime.date], int] = {}

    def minimum_wage(self, prefecture: str, day: datetime.date) -> int:
        key = (prefecture, day)
        if key not in self._floors:
            floor = self.prefectures[prefecture].minimum_wage_on(day)
            if floor is None:
                raise CommandError(f"No minimum wage is recorded for {prefecture} on {day}.")
            self._floors[key] = floor.yen_per_hour
        return self._floors[key]


class Command(BaseCommand):
    help = (
        "Load demo data: about 200 Vietnamese candidates, 30 Kyushu companies and 80 vacancies, "
        f"plus three logins with the password {DEMO_PASSWORD}. Running it again updates the demo "
        "data in place; the same --seed always gives the same people."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seed",
            type=int,
            default=demo.DEFAULT_SEED,
            help=f"Random seed for the generated people and terms (default: {demo.DEFAULT_SEED}).",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even with DJANGO_ENV=production (the demo logins share a published password).",
        )

    def handle(self, *args: Any, seed: int, allow_production: bool, **options: Any) -> None:
        if getattr(settings, "IS_PRODUCTION", False) and not allow_production:
            raise CommandError(
                "Refusing to load demo accounts with a published password into production. "
                "Pass --allow-production if this really is a demo site."
            )
        if not PrivacyNotice.objects.exists():
            raise CommandError("No privacy notice is recorded; run migrate first.")
        started = time.monotonic()
        # Demo people are not told about demo jobs: no notification events or emails.
        with notifications_muted(), transaction.atomic():
            counts = seed_demo(seed=seed)
        elapsed = time.monotonic() - started

        self.stdout.write(
            f"Demo data (seed {seed}) ready in {elapsed:.1f} s: "
            f"{counts['candidates']} candidates, "
            f"{counts['companies']} companies ({counts['verified']} verified), "
            f"{counts['vacancies']} vacancies ({counts['open']} open, {counts['draft']} draft, "
            f"{counts['closed']} closed)."
        )
        self.stdout.write(
            self.style.SUCCESS(f"Demo logins (password {DEMO_PASSWORD}):")
            + f"\n  candidate  {demo.CANDIDATE_LOGIN}"
            + f"\n  employer   {demo.EMPLOYER_LOGIN} (Tanaka Foods)"
            + f"\n  recruiter  {demo.RECRUITER_LOGIN} (admin: {reverse('admin:index')})"
        )


def seed_demo(*, seed: int) -> dict[str, int]:
    today = timezone.localdate()
    ref = Reference()
    sync_recruiters_group()
    candidates = demo.generate_candidates(seed, today=today)
    vacancies = demo.generate_vacancies(seed, today=today, minimum_wage=ref.minimum_wage)

    users = _upsert_users(candidates)
    recruiter = users[demo.RECRUITER_LOGIN]
    recruiter.groups.add(Group.objects.get(name=RECRUITERS_GROUP))
    _verify_emails(users.values())
    _remove_stale_candidates(keep={c.email for c in candidates})

    companies = _upsert_companies(ref, users, recruiter)
    _upsert_profiles(ref, candidates, users)
    # Consent as signup records it: both purposes for candidates, running the account for employers.
    for spec in candidates:
        consent_record(
            user=users[spec.email],
            purposes=[ConsentPurpose.ACCOUNT, ConsentPurpose.SHARE_WITH_EMPLOYERS],
        )
    for company in demo.COMPANIES:
        consent_record(user=users[company.contact_email], purposes=[ConsentPurpose.ACCOUNT])
    _upsert_vacancies(ref, vacancies, companies, users)

    demo_vacancies = Vacancy.objects.filter(company__in=companies.values())
    by_status = dict(demo_vacancies.values_list("status").annotate(n=models.Count("pk")).order_by())
    return {
        "candidates": CandidateProfile.objects.filter(
            user__email__endswith=f"@{demo.DEMO_DOMAIN}"
        ).count(),
        "companies": len(companies),
        "verified": sum(c.is_verified for c in companies.values()),
        "vacancies": demo_vacancies.count(),
        "open": by_status.get(VacancyStatus.OPEN, 0),
        "draft": by_status.get(VacancyStatus.DRAFT, 0),
        "closed": by_status.get(VacancyStatus.CLOSED, 0),
    }


def _password_hash() -> str:
    """One hash for every demo user: hashing 230 passwords one by one would take over a minute.

    An earlier run's hash is reused when it still matches, so a second run changes nothing.
    """
    existing = User.objects.filter(email=demo.RECRUITER_LOGIN).values_list("password", flat=True)
    for encoded in existing:
        if check_password(DEMO_PASSWORD, encoded):
            return encoded
    return make_password(DEMO_PASSWORD)


def _upsert_users(candidates: list[demo.CandidateSpec]) -> dict[str, User]:
    password = _password_hash()
    wanted: dict[str, dict[str, Any]] = {
        demo.RECRUITER_LOGIN: {
            "role": Role.RECRUITER,
            "first_name": "Sakura",
            "last_name": "Nakamura",
            "language": "en",
            "is_staff": True,
        }
    }
    for company in demo.COMPANIES:
        family, given = company.contact_ja
        wanted[company.contact_email] = {
            "role": Role.EMPLOYER,
            "first_name": given,
            "last_name": family,
            "language": "ja",
            "is_staff": False,
        }
    for spec in candidates:
        wanted[spec.email] = {
            "role": Role.CANDIDATE,
            "first_name": spec.given_name,
            "last_name": spec.family_name,
            "language": "vi",
            "is_staff": False,
        }

    existing = {u.email: u for u in User.objects.filter(email__in=list(wanted))}
    to_create: list[User] = []
    for email, values in wanted.items():
        user = existing.get(email) or User(email=email)
        for field, value in {**values, "password": password, "is_active": True}.items():
            setattr(user, field, value)
        # The recruiter works in the admin with the Recruiters group's permissions only.
        user.is_superuser = False
        if user.pk is None:
            to_create.append(user)
    User.objects.bulk_create(to_create)
    User.objects.bulk_update(existing.values(), [*USER_FIELDS, "is_superuser"])
    return {u.email: u for u in User.objects.filter(email__in=list(wanted))}


def _verify_emails(users: Iterable[User]) -> None:
    """Demo users sign in at once: their address is verified, as if they had clicked the link."""
    by_id = {u.pk: u for u in users}
    EmailAddress.objects.filter(user_id__in=list(by_id)).exclude(
        verified=True, primary=True
    ).update(verified=True, primary=True)
    known = set(
        EmailAddress.objects.filter(user_id__in=list(by_id)).values_list("user_id", flat=True)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True)
        for pk, u in by_id.items()
        if pk not in known
    )


def _remove_stale_candidates(*, keep: set[str]) -> None:
    """Remove demo candidates that this seed does not generate (left by a run with another seed).

    Only addresses in the demo domain are touched; being under .test, none can belong to a
    person who signed up.
    """
    stale = User.objects.filter(
        role=Role.CANDIDATE, email__endswith=f"@{demo.DEMO_DOMAIN}"
    ).exclude(email__in=keep)
    for user in stale:
        user_delete(user=user)


def _upsert_companies(
    ref: Reference, users: dict[str, User], recruiter: User
) -> dict[str, Company]:
    existing = {
        c.corporate_number: c
        for c in Company.objects.filter(
            corporate_number__in=[s.corporate_number for s in demo.COMPANIES]
        )
    }
    companies: dict[str, Company] = {}
    for spec in demo.COMPANIES:
        company = existing.get(spec.corporate_number) or Company(
            corporate_number=spec.corporate_number
        )
        family, given = spec.contact_ja
        company.name_ja = spec.name_ja
        company.name_latin = spec.name_latin
        company.prefecture = ref.prefectures[spec.prefecture]
        company.city = spec.city
        company.size = spec.size
        company.contact_person = f"{family} {given}"
        company.contact_email = spec.contact_email
        company.contact_phone = spec.contact_phone
        company.website = spec.website
        company.full_clean(exclude=["verified_by", "prefecture"])
        company.save()
        company.sectors.set([ref.sectors[s] for s in spec.sectors])
        if spec.verified:
            company_verify(company=company, by=recruiter)
        elif company.verified_at is not None:
            company_unverify(company=company)
        CompanyMembership.objects.update_or_create(
            user=users[spec.contact_email], defaults={"company": company}
        )
        companies[spec.key] = company
    return companies


def _upsert_profiles(
    ref: Reference, candidates: list[demo.CandidateSpec], users: dict[str, User]
) -> None:
    existing = {
        p.user_id: p
        for p in CandidateProfile.objects.filter(user__in=[users[c.email] for c in candidates])
    }
    new: list[CandidateProfile] = []
    profiles: list[tuple[CandidateProfile, demo.CandidateSpec]] = []
    for spec in candidates:
        user = users[spec.email]
        profile = existing.get(user.pk) or CandidateProfile(user=user)
        profile.full_name = spec.full_name
        profile.date_of_birth = spec.date_of_birth
        profile.hometown_province = spec.hometown_province
        profile.phone = spec.phone
        profile.skills = list(spec.skills)
        profile.jlpt_level = ref.jlpt[spec.jlpt_level] if spec.jlpt_level else None
        profile.jft_basic = spec.jft_basic
        profile.care_japanese_test = spec.care_japanese_test
        profile.current_location = spec.current_location
        profile.residence_status = (
            ref.visas[spec.residence_status] if spec.residence_status else None
        )
        profile.seeking_transfer = spec.seeking_transfer
        profile.desired_monthly_salary_jpy = spec.desired_monthly_salary_jpy
        profile.experience_years = spec.experience_years
        profile.has_degree = spec.has_degree
        profile.available_from = spec.available_from
        # Field validators (phone, salary and experience bounds); relations are known to exist.
        profile.clean_fields(exclude=["user", "jlpt_level", "residence_status", "cv"])
        if profile.pk is None:
            new.append(profile)
        profiles.append((profile, spec))
    CandidateProfile.objects.bulk_create(new)
    CandidateProfile.objects.bulk_update(existing.values(), PROFILE_FIELDS)
    if any(p.pk is None for p in new):  # backends that do not return ids from a bulk insert
        by_user = dict(
            CandidateProfile.objects.filter(user__in=[p.user_id for p in new]).values_list(
                "user_id", "pk"
            )
        )
        for profile in new:
            profile.pk = by_user[profile.user_id]

    targets: dict[str, Mapping[str, models.Model]] = {
        "ssw_skill_tests": ref.sectors,
        "ssw2_skill_tests": ref.sectors,
        "titp_completed_sectors": ref.sectors,
        "sectors": ref.sectors,
        "preferred_prefectures": ref.prefectures,
    }
    for name in PROFILE_M2M:
        field = CandidateProfile._meta.get_field(name)
        through = field.remote_field.through  # type: ignore[union-attr]
        source = f"{field.m2m_field_name()}_id"  # type: ignore[union-attr]
        target = f"{field.m2m_reverse_field_name()}_id"  # type: ignore[union-attr]
        wanted = {
            (profile.pk, targets[name][slug].pk)
            for profile, spec in profiles
            for slug in getattr(spec, name)
        }
        rows = through.objects.filter(**{f"{source}__in": [p.pk for p, _ in profiles]})
        have = set(rows.values_list(source, target))
        for profile_id, target_id in have - wanted:
            rows.filter(**{source: profile_id, target: target_id}).delete()
        through.objects.bulk_create(
            through(**{source: profile_id, target: target_id})
            for profile_id, target_id in sorted(wanted - have)
        )


def _upsert_vacancies(
    ref: Reference,
    specs: list[demo.VacancySpec],
    companies: dict[str, Company],
    users: dict[str, User],
) -> None:
    """Save every vacancy through the services, so the legal checks apply to demo data too."""
    existing = {
        (v.company_id, v.title): v
        for v in Vacancy.objects.filter(company__in=companies.values()).select_related(
            "company", "prefecture"
        )
    }
    contacts = {c.key: users[c.contact_email] for c in demo.COMPANIES}
    now = timezone.now()
    for spec in specs:
        company = companies[spec.company_key]
        employer = contacts[spec.company_key]
        vacancy = existing.get((company.pk, spec.title)) or Vacancy(
            company=company, title=spec.title
        )
        vacancy.description = spec.description
        vacancy.sector = ref.sectors[spec.sector]
        vacancy.prefecture = ref.prefectures[spec.prefecture]
        vacancy.city = spec.city
        vacancy.required_skills = list(spec.required_skills)
        vacancy.preferred_skills = list(spec.preferred_skills)
        vacancy.min_jlpt_level = ref.jlpt[spec.min_jlpt_level] if spec.min_jlpt_level else None
        vacancy.min_experience_years = spec.min_experience_years
        vacancy.monthly_salary_jpy = spec.monthly_salary_jpy
        vacancy.weekly_hours = spec.weekly_hours
        vacancy.housing_support = spec.housing_support
        vacancy.housing_note = spec.housing_note
        vacancy.headcount = spec.headcount
        vacancy.start_date = spec.start_date
        for field, payer in spec.fees.items():
            setattr(vacancy, field, payer)
        vacancy.worker_fee_note = spec.worker_fee_note
        vacancy.requires_deposit = False
        vacancy.has_penalty_clause = False
        if spec.status == VacancyStatus.DRAFT and vacancy.status != VacancyStatus.DRAFT:
            vacancy.status = VacancyStatus.DRAFT
            vacancy.published_at = None
            vacancy.closed_at = None
        vacancy_save(
            vacancy=vacancy, visa_types=[ref.visas[v] for v in spec.visa_types], by=employer
        )

        if spec.status == VacancyStatus.DRAFT or vacancy.status == spec.status:
            continue
        if vacancy.status != VacancyStatus.OPEN:
            vacancy_publish(vacancy=vacancy, by=employer)
        if spec.status == VacancyStatus.CLOSED:
            vacancy_close(vacancy=vacancy, by=employer)
        # Spread the posting dates over the past weeks, as on a site that has been running.
        published_at = now - timedelta(days=spec.published_days_ago)
        closed_at = now - timedelta(days=spec.closed_days_ago) if spec.closed_days_ago else None
        Vacancy.objects.filter(pk=vacancy.pk).update(published_at=published_at, closed_at=closed_at)
