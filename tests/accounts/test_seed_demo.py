"""The demo data: ``manage.py seed_demo`` gives a realistic, lawful, repeatable demo site."""

import datetime
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from accounts import demo
from accounts.groups import RECRUITERS_GROUP
from accounts.management.commands.seed_demo import DEMO_PASSWORD, Command
from accounts.models import CandidateProfile, Consent, ConsentPurpose, Role, User
from employers import wages
from employers.models import Company, Vacancy, VacancyStatus

pytestmark = pytest.mark.django_db

DEMO_EMAILS = {"user__email__endswith": f"@{demo.DEMO_DOMAIN}"}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the whole module, inside a transaction rolled back at the end.

    Each test runs in a savepoint within it, so the tests share one seeding (seconds, not
    minutes) and other modules never see the demo rows.
    """
    out = StringIO()
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


def test_seeds_about_200_candidates_30_companies_and_80_vacancies(seeded):
    assert CandidateProfile.objects.filter(**DEMO_EMAILS).count() == demo.CANDIDATE_COUNT
    assert Company.objects.count() == 30
    assert Vacancy.objects.count() == 80
    assert Vacancy.objects.filter(status=VacancyStatus.OPEN).count() >= 50


def test_prints_the_counts_and_the_three_logins(seeded):
    assert "200 candidates, 30 companies" in seeded
    assert f"Demo logins (password {DEMO_PASSWORD}):" in seeded
    for login in (demo.CANDIDATE_LOGIN, demo.EMPLOYER_LOGIN, demo.RECRUITER_LOGIN):
        assert login in seeded


@pytest.mark.parametrize("email", [demo.CANDIDATE_LOGIN, demo.EMPLOYER_LOGIN, demo.RECRUITER_LOGIN])
def test_each_demo_login_signs_in_with_the_demo_password(seeded, client, email):
    assert client.login(email=email, password=DEMO_PASSWORD)


def test_lan_is_the_food_manufacturing_candidate_of_the_story(seeded):
    lan = CandidateProfile.objects.get(user__email=demo.CANDIDATE_LOGIN)

    assert lan.user.role == Role.CANDIDATE
    assert lan.full_name == "Nguyễn Thị Lan"
    assert lan.jlpt_level is not None and lan.jlpt_level.code == "N4"
    assert lan.jft_basic
    assert [s.slug for s in lan.ssw_skill_tests.all()] == ["food_manufacturing"]
    assert [s.slug for s in lan.sectors.all()] == ["food_manufacturing"]
    assert [p.slug for p in lan.preferred_prefectures.all()] == ["fukuoka"]
    assert lan.skills == ["food hygiene", "HACCP", "bento packing"]


def test_tanaka_belongs_to_tanaka_foods_which_is_verified_and_hiring(seeded):
    tanaka = User.objects.get(email=demo.EMPLOYER_LOGIN)
    company = tanaka.company_membership.company

    assert tanaka.role == Role.EMPLOYER
    assert (company.name_ja, company.name_latin) == ("田中食品株式会社", "Tanaka Foods Co., Ltd.")
    assert company.prefecture.slug == "fukuoka"
    assert company.is_verified
    assert company.vacancies.filter(status=VacancyStatus.OPEN).exists()


def test_the_recruiter_is_staff_in_the_recruiters_group_but_not_superuser(seeded):
    recruiter = User.objects.get(email=demo.RECRUITER_LOGIN)

    assert recruiter.role == Role.RECRUITER
    assert recruiter.is_staff
    assert not recruiter.is_superuser
    assert list(recruiter.groups.values_list("name", flat=True)) == [RECRUITERS_GROUP]


def test_every_demo_user_has_a_verified_primary_email(seeded):
    users = User.objects.filter(email__endswith=f"@{demo.DEMO_DOMAIN}")

    assert EmailAddress.objects.filter(user__in=users, verified=True, primary=True).count() == (
        users.count()
    )


def test_every_candidate_consented_to_both_purposes(seeded):
    for purpose in ConsentPurpose.values:
        assert (
            Consent.objects.filter(purpose=purpose, **DEMO_EMAILS)
            .filter(user__role=Role.CANDIDATE)
            .count()
            == demo.CANDIDATE_COUNT
        )


def test_some_companies_await_verification(seeded):
    waiting = Company.objects.filter(verified_at__isnull=True)

    assert 1 <= waiting.count() <= 5
    # Unverified companies cannot show vacancies yet, so theirs stay drafts.
    assert not Vacancy.objects.filter(company__in=waiting).exclude(status=VacancyStatus.DRAFT)


def test_every_vacancy_pays_at_least_the_minimum_wage_and_has_no_deposit_or_penalty(seeded):
    today = timezone.localdate()
    for vacancy in Vacancy.objects.select_related("prefecture", "company__prefecture"):
        assert vacancy.start_date is not None
        assert vacancy.start_date > today
        floor = vacancy.prefecture.minimum_wage_on(vacancy.start_date)
        assert floor is not None
        assert wages.meets_floor(
            vacancy.monthly_salary_jpy, vacancy.weekly_hours, floor.yen_per_hour
        ), vacancy
        assert not vacancy.requires_deposit
        assert not vacancy.has_penalty_clause
        assert vacancy.prefecture == vacancy.company.prefecture
        assert vacancy.visa_types.exists()


def test_running_again_duplicates_nothing_and_changes_no_one(seeded):
    def snapshot() -> tuple[object, ...]:
        return (
            User.objects.count(),
            EmailAddress.objects.count(),
            Consent.objects.count(),
            sorted(CandidateProfile.objects.values_list("pk", "full_name", "skills")),
            sorted(Company.objects.values_list("pk", "corporate_number", "verified_at")),
            sorted(Vacancy.objects.values_list("pk", "title", "status", "monthly_salary_jpy")),
            User.objects.get(email=demo.CANDIDATE_LOGIN).password,
        )

    before = snapshot()
    call_command("seed_demo", stdout=StringIO())

    assert snapshot() == before


def test_the_same_seed_gives_the_same_people(seeded):
    today = datetime.date(2026, 3, 1)
    names = [c.full_name for c in demo.generate_candidates(2026, today=today)]

    assert names == [c.full_name for c in demo.generate_candidates(2026, today=today)]
    assert names != [c.full_name for c in demo.generate_candidates(7, today=today)]
    assert sorted(
        CandidateProfile.objects.filter(**DEMO_EMAILS).values_list("full_name", flat=True)
    ) == (sorted(names))


def test_candidates_have_full_vietnamese_names(seeded):
    names = list(CandidateProfile.objects.filter(**DEMO_EMAILS).values_list("full_name", flat=True))

    assert all(name.split()[0] in demo.FAMILY_NAMES for name in names)
    assert sum(not name.isascii() for name in names) > len(names) * 0.9


def test_the_public_vacancy_list_shows_demo_vacancies(seeded, client):
    response = client.get("/vacancies/")

    assert response.status_code == 200
    public = Vacancy.objects.filter(status=VacancyStatus.OPEN, company__verified_at__isnull=False)
    assert response.context["page_obj"].paginator.count == public.count() > 0
    assert response.context["vacancies"][0].title in response.content.decode()


def test_every_job_skill_is_in_the_vocabulary_and_no_name_means_two_skills():
    canonical_by_name: dict[str, str] = {}
    for skills in demo.SKILL_VOCABULARY.values():
        for canonical, aliases in skills.items():
            for name in (canonical, *aliases):
                assert canonical_by_name.setdefault(name.casefold(), canonical) == canonical, name
    for company in demo.COMPANIES:
        for job in company.jobs:
            sector = job.sector or company.sectors[0]
            assert sector in company.sectors
            assert set(job.skills) <= set(demo.SKILL_VOCABULARY[sector]), job.title


def test_a_seed_that_is_not_a_number_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "seed_demo", "--seed", "abc"])

    assert exit_info.value.code == 2
    assert "invalid int value: 'abc'" in capsys.readouterr().err


def test_refuses_to_run_in_production_unless_allowed(settings):
    settings.IS_PRODUCTION = True

    with pytest.raises(CommandError, match="--allow-production"):
        call_command("seed_demo", stdout=StringIO())
