"""factory_boy factories for the people and things in the tests' stories."""

import datetime
from decimal import Decimal

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import CandidateProfile, CurrentLocation, Role, User
from employers.models import Company, CompanyMembership, CompanySize, Vacancy, VacancyStatus
from employers.validators import corporate_number_check_digit
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus

PASSWORD = "correct-horse-2026"  # noqa: S105


def corporate_number(n: int) -> str:
    base = f"{n:012d}"
    return f"{corporate_number_check_digit(base)}{base}"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.test")
    role = Role.CANDIDATE
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        # Verified by default, as a user who clicked the link in the email.
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)
        if create:
            obj.save()


class RecruiterFactory(UserFactory):
    role = Role.RECRUITER
    is_staff = True

    @factory.post_generation
    def recruiters_group(obj, create, extracted, **kwargs):
        from django.contrib.auth.models import Group

        from accounts.groups import RECRUITERS_GROUP, sync_recruiters_group

        if create:
            sync_recruiters_group()
            obj.groups.add(Group.objects.get(name=RECRUITERS_GROUP))


def sector(slug: str) -> Sector:
    return Sector.objects.get(slug=slug)


def prefecture(slug: str) -> Prefecture:
    return Prefecture.objects.get(slug=slug)


def visa(slug: str) -> VisaStatus:
    return VisaStatus.objects.get(slug=slug)


def jlpt(code: str) -> JlptLevel:
    return JlptLevel.objects.get(code=code)


class CandidateProfileFactory(factory.django.DjangoModelFactory[CandidateProfile]):
    class Meta:
        model = CandidateProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, role=Role.CANDIDATE)
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    date_of_birth = datetime.date(2000, 5, 17)
    hometown_province = "nghe_an"
    phone = "+84 912 345 678"
    skills = factory.LazyFunction(lambda: ["food hygiene", "forklift"])
    jlpt_level = factory.LazyFunction(lambda: jlpt("N4"))
    current_location = CurrentLocation.VIETNAM
    experience_years = Decimal("2.0")
    desired_monthly_salary_jpy = 200_000

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):
        if create:
            obj.sectors.set(extracted if extracted is not None else [sector("food_manufacturing")])


class CompanyFactory(factory.django.DjangoModelFactory[Company]):
    class Meta:
        model = Company
        skip_postgeneration_save = True

    name_ja = factory.Sequence(lambda n: f"株式会社テスト{n}")
    name_latin = factory.Sequence(lambda n: f"Test Company {n}")
    corporate_number = factory.Sequence(lambda n: corporate_number(100_000 + n))
    prefecture = factory.LazyFunction(lambda: prefecture("fukuoka"))
    city = "Fukuoka"
    size = CompanySize.SMALL
    contact_person = "田中 太郎"
    contact_email = factory.Sequence(lambda n: f"hr{n}@company.test")
    verified_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):
        if create:
            obj.sectors.set(extracted if extracted is not None else [sector("food_manufacturing")])


class EmployerFactory(UserFactory):
    """An employer user who belongs to a company (pass company=… to choose which)."""

    role = Role.EMPLOYER

    @factory.post_generation
    def company(obj, create, extracted, **kwargs):
        if create:
            CompanyMembership.objects.create(user=obj, company=extracted or CompanyFactory())


class VacancyFactory(factory.django.DjangoModelFactory[Vacancy]):
    class Meta:
        model = Vacancy
        skip_postgeneration_save = True

    company = factory.SubFactory(CompanyFactory)
    title = factory.Sequence(lambda n: f"Food factory line worker {n}")
    description = "Packing and quality checks on a bento production line."
    sector = factory.LazyFunction(lambda: sector("food_manufacturing"))
    prefecture = factory.LazyFunction(lambda: prefecture("fukuoka"))
    city = "Fukuoka"
    required_skills = factory.LazyFunction(lambda: ["food hygiene"])
    preferred_skills = factory.LazyFunction(lambda: ["forklift"])
    min_jlpt_level = factory.LazyFunction(lambda: jlpt("N4"))
    monthly_salary_jpy = 220_000
    weekly_hours = Decimal("40")
    status = VacancyStatus.OPEN
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def visa_types(obj, create, extracted, **kwargs):
        if create:
            obj.visa_types.set(extracted if extracted is not None else [visa("ssw1")])
