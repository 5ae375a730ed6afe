"""People: users with a role, candidate profiles, and the consent they gave."""

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.provinces import VietnamProvince
from accounts.validators import validate_phone
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus


class Role(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")
    EMPLOYER = "employer", _("Employer")
    RECRUITER = "recruiter", _("Recruiter")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: Any) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra.update(is_staff=True, is_superuser=True)
        extra.setdefault("role", Role.RECRUITER)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A person who signs in with an email address; the role decides what they can do."""

    username = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.CANDIDATE)
    language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.email

    @property
    def is_candidate(self) -> bool:
        return self.role == Role.CANDIDATE

    @property
    def is_employer(self) -> bool:
        return self.role == Role.EMPLOYER

    @property
    def is_recruiter(self) -> bool:
        return self.role == Role.RECRUITER and self.is_staff


class CurrentLocation(models.TextChoices):
    VIETNAM = "vietnam", _("In Vietnam")
    JAPAN = "japan", _("In Japan")


def cv_upload_to(instance: "CandidateProfile", filename: str) -> str:
    # The client's file name is never used: it could carry a path or a misleading extension.
    return f"cvs/{uuid.uuid4().hex}.pdf"


def private_storage():
    return storages["private"]


class CandidateProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="candidate_profile"
    )
    full_name = models.CharField(_("full name"), max_length=120)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    hometown_province = models.CharField(
        _("hometown province"), max_length=20, choices=VietnamProvince.choices, blank=True
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[validate_phone])
    skills = models.JSONField(_("skills"), default=list, blank=True)
    jlpt_level = models.ForeignKey(
        JlptLevel, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("JLPT level")
    )
    jft_basic = models.BooleanField(_("passed JFT-Basic (A2)"), default=False)
    care_japanese_test = models.BooleanField(
        _("passed the Nursing Care Japanese Language Evaluation Test"), default=False
    )
    ssw_skill_tests = models.ManyToManyField(
        Sector, blank=True, related_name="+", verbose_name=_("SSW (i) skills tests passed")
    )
    ssw2_skill_tests = models.ManyToManyField(
        Sector, blank=True, related_name="+", verbose_name=_("SSW (ii) skills tests passed")
    )
    titp_completed_sectors = models.ManyToManyField(
        Sector,
        blank=True,
        related_name="+",
        verbose_name=_("Technical Intern Training (ii) completed in"),
    )
    current_location = models.CharField(
        _("where you are now"),
        max_length=10,
        choices=CurrentLocation.choices,
        default=CurrentLocation.VIETNAM,
    )
    residence_status = models.ForeignKey(
        VisaStatus,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("current residence status in Japan"),
    )
    seeking_transfer = models.BooleanField(
        _("seeking a transfer to another employer (confidential)"), default=False
    )
    sectors = models.ManyToManyField(
        Sector, blank=True, related_name="interested_candidates", verbose_name=_("sectors wanted")
    )
    preferred_prefectures = models.ManyToManyField(
        Prefecture, blank=True, related_name="+", verbose_name=_("preferred prefectures")
    )
    desired_monthly_salary_jpy = models.PositiveIntegerField(
        _("desired monthly salary (JPY)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(50_000), MaxValueValidator(2_000_000)],
    )
    experience_years = models.DecimalField(
        _("years of experience"),
        max_digits=4,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(60)],
    )
    has_degree = models.BooleanField(_("relevant degree"), default=False)
    available_from = models.DateField(_("available from"), null=True, blank=True)
    cv = models.FileField(
        _("CV (PDF)"), upload_to=cv_upload_to, storage=private_storage, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("candidate profile")
        verbose_name_plural = _("candidate profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(experience_years__gte=0),
                name="candidate_experience_not_negative",
            ),
            # A residence status only makes sense for someone already in Japan.
            models.CheckConstraint(
                condition=models.Q(current_location="japan")
                | models.Q(residence_status__isnull=True),
                name="candidate_residence_status_only_in_japan",
            ),
            models.CheckConstraint(
                condition=models.Q(current_location="japan") | models.Q(seeking_transfer=False),
                name="candidate_transfer_only_in_japan",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.user.email

    def clean(self) -> None:
        # Imports and the admin get the same rule as the profile form.
        if self.current_location == CurrentLocation.JAPAN and self.residence_status_id is None:
            raise ValidationError(
                {"residence_status": _("Choose your current residence status in Japan.")}
            )


class PrivacyNotice(models.Model):
    """A versioned privacy notice; signup records consent to the version in force."""

    version = models.CharField(_("version"), max_length=20, unique=True)
    effective_from = models.DateField(_("effective from"))
    text_en = models.TextField(_("text (English)"))
    text_ja = models.TextField(_("text (Japanese)"))
    text_vi = models.TextField(_("text (Vietnamese)"))

    class Meta:
        ordering = ["-effective_from"]
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")

    def __str__(self) -> str:
        return f"{self.version} ({self.effective_from:%Y-%m-%d})"


class ConsentPurpose(models.TextChoices):
    ACCOUNT = "account", _("Running my account and showing me matches")
    SHARE_WITH_EMPLOYERS = (
        "share_with_employers",
        _("Sharing my profile with employers in Japan I apply to or accept invitations from"),
    )


class Consent(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    notice = models.ForeignKey(PrivacyNotice, on_delete=models.PROTECT, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=40, choices=ConsentPurpose.choices)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "notice", "purpose"], name="consent_unique_per_notice_purpose"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_purpose_display()} · {self.notice.version}"
