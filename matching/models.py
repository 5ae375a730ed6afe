"""Stored match scores and the record of full refreshes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.models import CandidateProfile
from employers.models import Vacancy


class MatchScore(models.Model):
    """The matcher's verdict on one candidate for one vacancy, with its reasons.

    ``reasons``, ``candidate_reasons`` and ``failures`` hold message codes and parameters (see matching/reasons.py),
    not text, so each reader sees them in their own language.
    """

    candidate = models.ForeignKey(
        CandidateProfile,
        on_delete=models.CASCADE,
        related_name="match_scores",
        verbose_name=_("candidate"),
    )
    vacancy = models.ForeignKey(
        Vacancy, on_delete=models.CASCADE, related_name="match_scores", verbose_name=_("vacancy")
    )
    score = models.FloatField(_("score"))
    fit = models.FloatField(_("fit before the hard rules"))
    eligible = models.BooleanField(_("eligible"))
    # The same verdict explained to each side: "Has JLPT N3" to the employer, "Your JLPT N3
    # meets the N4 minimum" to the candidate.
    reasons = models.JSONField(_("reasons for the employer"), default=list)
    candidate_reasons = models.JSONField(_("reasons for the candidate"), default=list)
    failures = models.JSONField(_("rules not met"), default=list)
    model_version = models.CharField(_("model version"), max_length=80)
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("match score")
        verbose_name_plural = _("match scores")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "vacancy"], name="match_score_unique_pair"
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=0, score__lte=1), name="match_score_in_unit_range"
            ),
            # An ineligible candidate is never ranked above an eligible one: its score is 0.
            models.CheckConstraint(
                condition=models.Q(eligible=True) | models.Q(score=0),
                name="match_score_ineligible_zero",
            ),
        ]
        indexes = [
            models.Index(fields=["vacancy", "-eligible", "-score"], name="match_by_vacancy"),
            models.Index(fields=["candidate", "-eligible", "-score"], name="match_by_candidate"),
        ]

    def __str__(self) -> str:
        return f"{self.candidate_id} × {self.vacancy_id}: {self.score:.3f}"


class RefreshStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class MatchRefresh(models.Model):
    """A full refresh of every open vacancy against every candidate, with its progress."""

    status = models.CharField(
        _("status"), max_length=10, choices=RefreshStatus.choices, default=RefreshStatus.QUEUED
    )
    requested_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    vacancies_total = models.PositiveIntegerField(_("vacancies to score"), default=0)
    vacancies_done = models.PositiveIntegerField(_("vacancies scored"), default=0)
    pairs_scored = models.PositiveBigIntegerField(_("pairs scored"), default=0)
    model_version = models.CharField(_("model version"), max_length=80, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("match refresh")
        verbose_name_plural = _("match refreshes")

    def __str__(self) -> str:
        return f"{self.get_status_display()} {self.vacancies_done}/{self.vacancies_total}"

    @property
    def percent(self) -> int:
        if not self.vacancies_total:
            return 100 if self.status == RefreshStatus.DONE else 0
        return round(100 * self.vacancies_done / self.vacancies_total)
