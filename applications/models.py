"""Applications, invitations, the history of every stage change, and employers' private notes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.models import CandidateProfile
from applications.stages import Side, Stage
from employers.models import Company, Vacancy


class Origin(models.TextChoices):
    APPLIED = "applied", _("The candidate applied")
    INVITED = "invited", _("The candidate accepted an invitation")


class Application(models.Model):
    candidate = models.ForeignKey(
        CandidateProfile,
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("candidate"),
    )
    vacancy = models.ForeignKey(
        Vacancy, on_delete=models.CASCADE, related_name="applications", verbose_name=_("vacancy")
    )
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.APPLIED
    )
    origin = models.CharField(
        _("origin"), max_length=10, choices=Origin.choices, default=Origin.APPLIED
    )
    message = models.TextField(_("message to the employer"), max_length=2000, blank=True)
    interview_at = models.DateTimeField(_("interview date and time"), null=True, blank=True)
    interview_place = models.CharField(
        _("interview place or video link"), max_length=300, blank=True
    )
    rejection_reason = models.CharField(_("reason for rejection"), max_length=300, blank=True)
    stage_changed_at = models.DateTimeField(_("stage changed at"))
    created_at = models.DateTimeField(_("applied at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "vacancy"], name="application_once_per_vacancy"
            ),
            models.CheckConstraint(
                condition=~models.Q(stage="rejected") | ~models.Q(rejection_reason=""),
                name="application_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=~models.Q(stage="interview") | models.Q(interview_at__isnull=False),
                name="application_interview_has_time",
            ),
        ]
        indexes = [models.Index(fields=["vacancy", "stage"], name="application_board")]

    def __str__(self) -> str:
        return f"{self.candidate} → {self.vacancy} ({self.get_stage_display()})"


class StageChange(models.Model):
    """One row per move, kept for the candidate's timeline and the recruiters' figures."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="history")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    from_stage = models.CharField(_("from"), max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=12, choices=Stage.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")

    def __str__(self) -> str:
        return f"{self.from_stage or '—'} → {self.to_stage}"


class EmployerNote(models.Model):
    """A note about an application, seen only by the company's members and recruiters."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("employer note")
        verbose_name_plural = _("employer notes")

    def __str__(self) -> str:
        return self.text[:40]


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the candidate")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Invitation(models.Model):
    """An employer's invitation to a ranked candidate; accepting it creates an application."""

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="invitations")
    candidate = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="invitations"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message = models.TextField(_("message to the candidate"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InvitationStatus.choices,
        default=InvitationStatus.PENDING,
    )
    created_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "vacancy"], name="invitation_once_per_vacancy"
            )
        ]

    def __str__(self) -> str:
        return f"{self.vacancy} → {self.candidate} ({self.get_status_display()})"


class Dismissal(models.Model):
    """ "Not a fit" from an employer, or "not interested" from a candidate: hidden, and learnt from."""

    candidate = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="dismissals"
    )
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="dismissals")
    side = models.CharField(_("by"), max_length=10, choices=Side.choices)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("dismissal")
        verbose_name_plural = _("dismissals")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "vacancy", "side"], name="dismissal_once_per_side"
            )
        ]

    def __str__(self) -> str:
        return f"{self.candidate} × {self.vacancy} ({self.get_side_display()})"
