"""Reference data from the domain: editable by recruiters, loaded by migrations.

Slugs are the canonical vocabulary shared by the forms, the API, the matcher and the tests.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class LocalizedNameMixin(models.Model):
    """Names in the site's three languages; ``name`` picks the reader's."""

    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ja = models.CharField(_("name (Japanese)"), max_length=120)
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=120)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name_en


class SectorKind(models.TextChoices):
    SSW = "ssw", _("Specified Skilled Worker field")
    PROFESSIONAL = "professional", _("Professional track")


class Sector(LocalizedNameMixin):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=SectorKind.choices)
    ssw2_eligible = models.BooleanField(
        _("open to SSW (ii)"),
        default=False,
        help_text=_("SSW (ii) covers 11 of the 16 SSW fields."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Prefecture(LocalizedNameMixin):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("prefecture")
        verbose_name_plural = _("prefectures")

    def minimum_wage_on(self, day: datetime.date | None = None) -> "MinimumWage | None":
        """The floor in force on ``day`` (today by default), or None if none is recorded."""
        day = day or timezone.localdate()
        return (
            self.minimum_wages.filter(effective_from__lte=day).order_by("-effective_from").first()
        )


class MinimumWage(models.Model):
    prefecture = models.ForeignKey(
        Prefecture,
        on_delete=models.CASCADE,
        related_name="minimum_wages",
        verbose_name=_("prefecture"),
    )
    yen_per_hour = models.PositiveIntegerField(_("yen per hour"))
    effective_from = models.DateField(_("effective from"))
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        ordering = ["prefecture__sort_order", "-effective_from"]
        verbose_name = _("minimum wage")
        verbose_name_plural = _("minimum wages")
        constraints = [
            models.UniqueConstraint(
                fields=["prefecture", "effective_from"], name="minimum_wage_unique_per_day"
            ),
            models.CheckConstraint(
                condition=models.Q(yen_per_hour__gt=0), name="minimum_wage_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.prefecture}: ¥{self.yen_per_hour}/h from {self.effective_from:%Y-%m-%d}"


class VisaStatus(LocalizedNameMixin):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    description = models.TextField(_("requirements"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("residence status")
        verbose_name_plural = _("residence statuses")


class JlptLevel(models.Model):
    """JLPT levels; ``rank`` orders them (N5 = 1 … N1 = 5) so comparisons need no string tricks."""

    code = models.CharField(_("code"), max_length=2, unique=True)
    rank = models.PositiveSmallIntegerField(_("rank"), unique=True)

    class Meta:
        ordering = ["rank"]
        verbose_name = _("JLPT level")
        verbose_name_plural = _("JLPT levels")

    def __str__(self) -> str:
        return f"JLPT {self.code}"
