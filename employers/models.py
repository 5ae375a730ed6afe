"""Companies in Kyushu and the vacancies they post."""

from typing import ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from employers.validators import validate_corporate_number
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus


class CompanySize(models.TextChoices):
    MICRO = "1-9", _("1–9 employees")
    SMALL = "10-49", _("10–49 employees")
    MEDIUM = "50-299", _("50–299 employees")
    LARGE = "300+", _("300 or more employees")


class Company(models.Model):
    name_ja = models.CharField(_("company name (Japanese)"), max_length=200)
    name_latin = models.CharField(_("company name (Latin letters)"), max_length=200)
    corporate_number = models.CharField(
        _("corporate number"),
        max_length=13,
        unique=True,
        validators=[validate_corporate_number],
        help_text=_("The 13-digit number from the National Tax Agency (法人番号)."),
    )
    prefecture = models.ForeignKey(
        Prefecture, on_delete=models.PROTECT, related_name="companies", verbose_name=_("prefecture")
    )
    city = models.CharField(_("city"), max_length=100)
    sectors = models.ManyToManyField(Sector, related_name="companies", verbose_name=_("sectors"))
    size = models.CharField(_("size"), max_length=10, choices=CompanySize.choices)
    contact_person = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    website = models.URLField(_("website"), blank=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["name_latin"]
        verbose_name = _("company")
        verbose_name_plural = _("companies")

    def __str__(self) -> str:
        return f"{self.name_latin} ({self.name_ja})"

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None


class CompanyMembership(models.Model):
    """An employer user belongs to exactly one company."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="company_membership"
    )
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="memberships")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("company member")
        verbose_name_plural = _("company members")

    def __str__(self) -> str:
        return f"{self.user} @ {self.company}"


class VacancyStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class HousingSupport(models.TextChoices):
    NONE = "none", _("No housing support")
    ALLOWANCE = "allowance", _("Housing allowance")
    PROVIDED = "provided", _("Housing provided by the employer")


class CostPayer(models.TextChoices):
    # A context of its own: "Employer" as the payer reads differently from the role in vi and ja.
    EMPLOYER = "employer", pgettext_lazy("who pays", "Employer")
    SHARED = "shared", pgettext_lazy("who pays", "Shared")
    WORKER = "worker", pgettext_lazy("who pays", "Worker")


# The fields an employer fills in for a vacancy, in the order the form shows them. The form,
# the import/export resource and the API all use this one list.
VACANCY_TERMS_FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "sector",
    "prefecture",
    "city",
    "required_skills",
    "preferred_skills",
    "min_jlpt_level",
    "visa_types",
    "min_experience_years",
    "monthly_salary_jpy",
    "weekly_hours",
    "housing_support",
    "housing_note",
    "headcount",
    "start_date",
    "placement_fee_payer",
    "travel_cost_payer",
    "visa_cost_payer",
    "training_cost_payer",
    "worker_fee_note",
    "requires_deposit",
    "has_penalty_clause",
)

FEE_FIELDS: tuple[str, ...] = (
    "placement_fee_payer",
    "travel_cost_payer",
    "visa_cost_payer",
    "training_cost_payer",
)


class Vacancy(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="vacancies", verbose_name=_("company")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, related_name="vacancies", verbose_name=_("sector")
    )
    prefecture = models.ForeignKey(
        Prefecture, on_delete=models.PROTECT, related_name="vacancies", verbose_name=_("prefecture")
    )
    city = models.CharField(_("city"), max_length=100)
    required_skills = models.JSONField(_("required skills"), default=list, blank=True)
    preferred_skills = models.JSONField(_("preferred skills"), default=list, blank=True)
    min_jlpt_level = models.ForeignKey(
        JlptLevel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("minimum JLPT level"),
    )
    visa_types = models.ManyToManyField(
        VisaStatus,
        related_name="vacancies",
        verbose_name=_("residence statuses you can hire under"),
    )
    min_experience_years = models.DecimalField(
        _("minimum years of experience"),
        max_digits=4,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(40)],
    )
    monthly_salary_jpy = models.PositiveIntegerField(
        _("monthly pay (JPY, gross)"),
        validators=[MinValueValidator(1), MaxValueValidator(5_000_000)],
    )
    weekly_hours = models.DecimalField(
        _("scheduled hours a week"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(1), MaxValueValidator(40)],
        help_text=_("The Labour Standards Act sets 40 scheduled hours a week as the maximum."),
    )
    housing_support = models.CharField(
        _("housing support"),
        max_length=20,
        choices=HousingSupport.choices,
        default=HousingSupport.NONE,
    )
    housing_note = models.CharField(_("housing details"), max_length=200, blank=True)
    headcount = models.PositiveSmallIntegerField(
        _("people to hire"), default=1, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    # Who pays each recruitment cost. A vacancy with every cost on the employer is badged.
    placement_fee_payer = models.CharField(
        _("placement / broker fee paid by"),
        max_length=10,
        choices=CostPayer.choices,
        default=CostPayer.EMPLOYER,
    )
    travel_cost_payer = models.CharField(
        _("travel to Japan paid by"),
        max_length=10,
        choices=CostPayer.choices,
        default=CostPayer.EMPLOYER,
    )
    visa_cost_payer = models.CharField(
        _("visa and documents paid by"),
        max_length=10,
        choices=CostPayer.choices,
        default=CostPayer.EMPLOYER,
    )
    training_cost_payer = models.CharField(
        _("pre-departure training paid by"),
        max_length=10,
        choices=CostPayer.choices,
        default=CostPayer.EMPLOYER,
    )
    worker_fee_note = models.CharField(
        _("details of any cost to the worker"), max_length=300, blank=True
    )
    requires_deposit = models.BooleanField(
        _("the worker pays a deposit or guarantee money"),
        default=False,
        help_text=_(
            "Prohibited for Specified Skilled Worker contracts; such vacancies are refused."
        ),
    )
    has_penalty_clause = models.BooleanField(
        _("the contract has a penalty clause for leaving early"),
        default=False,
        help_text=_("Prohibited; such vacancies are refused."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=VacancyStatus.choices, default=VacancyStatus.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    FEE_FIELDS: ClassVar[tuple[str, ...]] = FEE_FIELDS

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")
        indexes = [
            models.Index(fields=["status", "-published_at"], name="vacancy_status_published")
        ]
        constraints = [
            # Deposits and penalty clauses charged to workers are prohibited (domain.md).
            models.CheckConstraint(
                condition=models.Q(requires_deposit=False), name="vacancy_no_worker_deposit"
            ),
            models.CheckConstraint(
                condition=models.Q(has_penalty_clause=False), name="vacancy_no_penalty_clause"
            ),
            models.CheckConstraint(
                condition=models.Q(monthly_salary_jpy__gt=0), name="vacancy_salary_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(weekly_hours__gt=0, weekly_hours__lte=40),
                name="vacancy_weekly_hours_range",
            ),
            models.CheckConstraint(
                condition=models.Q(headcount__gte=1), name="vacancy_headcount_positive"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="open") | models.Q(published_at__isnull=False),
                name="vacancy_open_has_published_at",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_zero_fee(self) -> bool:
        """True when every recruitment cost is paid by the employer."""
        return all(getattr(self, field) == CostPayer.EMPLOYER for field in FEE_FIELDS)

    @property
    def is_public(self) -> bool:
        return self.status == VacancyStatus.OPEN and self.company.is_verified
