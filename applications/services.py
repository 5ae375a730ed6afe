"""Writes for applications and invitations. Every stage change leaves a history row."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import CandidateProfile, Role, User
from applications.models import (
    Application,
    Dismissal,
    EmployerNote,
    Invitation,
    InvitationStatus,
    Origin,
    StageChange,
)
from applications.stages import Side, Stage, can_move
from employers.models import Vacancy, VacancyStatus
from employers.services import company_for
from notifications import emitters


def _require_candidate(user: User, profile: CandidateProfile) -> None:
    if user.role != Role.CANDIDATE or profile.user_id != user.pk:
        raise PermissionDenied(_("Only the candidate can do this."))


def _require_company_member(user: User, vacancy: Vacancy) -> None:
    company = company_for(user)
    if company is None or company.pk != vacancy.company_id:
        raise PermissionDenied(_("Only the company that owns this vacancy can do this."))


def _require_open(vacancy: Vacancy) -> None:
    if not vacancy.is_public:
        raise ValidationError(
            _("This vacancy is not open for applications."), code="vacancy_closed"
        )


@transaction.atomic
def application_create(
    *,
    profile: CandidateProfile,
    vacancy: Vacancy,
    message: str,
    by: User,
    origin: str = Origin.APPLIED,
) -> Application:
    """A candidate applies (once) to an open vacancy; their CV goes with the application."""
    _require_candidate(by, profile)
    _require_open(vacancy)
    if Application.objects.filter(candidate=profile, vacancy=vacancy).exists():
        raise ValidationError(_("You have already applied to this vacancy."), code="duplicate")
    now = timezone.now()
    try:
        # A savepoint, so a concurrent duplicate (caught by the unique constraint) rolls back alone.
        with transaction.atomic():
            application = Application.objects.create(
                candidate=profile,
                vacancy=vacancy,
                message=message.strip(),
                origin=origin,
                stage=Stage.APPLIED,
                stage_changed_at=now,
            )
    except IntegrityError:
        raise ValidationError(
            _("You have already applied to this vacancy."), code="duplicate"
        ) from None
    StageChange.objects.create(
        application=application, actor=by, from_stage="", to_stage=Stage.APPLIED
    )
    # Applying answers any invitation to the same vacancy, so it does not wait forever.
    Invitation.objects.filter(
        candidate=profile, vacancy=vacancy, status=InvitationStatus.PENDING
    ).update(status=InvitationStatus.ACCEPTED, answered_at=now)
    emitters.application_created(application)
    return application


@transaction.atomic
def application_transition(
    *,
    application: Application,
    to: str,
    by: User,
    note: str = "",
    interview_at: datetime.datetime | None = None,
    interview_place: str = "",
    rejection_reason: str = "",
) -> Application:
    """Move an application along the pipeline, if the move is allowed for this side."""
    application = (
        Application.objects.select_for_update()
        .select_related("vacancy", "candidate")
        .get(pk=application.pk)
    )
    if by.role == Role.CANDIDATE:
        _require_candidate(by, application.candidate)
        side = Side.CANDIDATE
    else:
        _require_company_member(by, application.vacancy)
        side = Side.EMPLOYER
    if to not in Stage.values:
        raise ValidationError({"to": [_("Unknown stage.")]}, code="unknown_stage")
    if not can_move(application.stage, to, side):
        raise ValidationError(
            {
                "to": [
                    _("An application cannot move from “%(from)s” to “%(to)s”.")
                    % {"from": Stage(application.stage).label, "to": Stage(to).label}
                ]
            },
            code="invalid_transition",
        )
    errors: dict[str, list[str]] = {}
    if to == Stage.INTERVIEW:
        if interview_at is None:
            errors["interview_at"] = [_("Give the interview's date and time.")]
        elif interview_at < timezone.now():
            errors["interview_at"] = [_("The interview cannot be in the past.")]
        if not interview_place.strip():
            errors["interview_place"] = [_("Give the interview's place or video link.")]
    if to == Stage.REJECTED and not rejection_reason.strip():
        errors["rejection_reason"] = [_("Give a reason: the candidate will see it.")]
    if errors:
        raise ValidationError(errors)
    previous = application.stage
    application.stage = to
    application.stage_changed_at = timezone.now()
    fields = ["stage", "stage_changed_at", "updated_at"]
    if to == Stage.INTERVIEW:
        application.interview_at = interview_at
        application.interview_place = interview_place.strip()
        fields += ["interview_at", "interview_place"]
    if to == Stage.REJECTED:
        application.rejection_reason = rejection_reason.strip()
        fields.append("rejection_reason")
    application.save(update_fields=fields)
    change = StageChange.objects.create(
        application=application, actor=by, from_stage=previous, to_stage=to, note=note.strip()
    )
    if side == Side.EMPLOYER:
        emitters.stage_changed(application, change)
    return application


@transaction.atomic
def employer_note_add(*, application: Application, by: User, text: str) -> EmployerNote:
    _require_company_member(by, application.vacancy)
    if not text.strip():
        raise ValidationError({"text": [_("Write something in the note.")]})
    return EmployerNote.objects.create(
        application=application,
        company_id=application.vacancy.company_id,
        author=by,
        text=text.strip(),
    )


@transaction.atomic
def invitation_create(
    *, vacancy: Vacancy, profile: CandidateProfile, message: str, by: User
) -> Invitation:
    """An employer invites a candidate to apply to one of its open vacancies (once)."""
    _require_company_member(by, vacancy)
    _require_open(vacancy)
    if Invitation.objects.filter(vacancy=vacancy, candidate=profile).exists():
        raise ValidationError(
            _("This candidate has already been invited to this vacancy."), code="duplicate"
        )
    if Application.objects.filter(vacancy=vacancy, candidate=profile).exists():
        raise ValidationError(
            _("This candidate has already applied to this vacancy."), code="duplicate"
        )
    invitation = Invitation.objects.create(
        vacancy=vacancy, candidate=profile, message=message.strip(), invited_by=by
    )
    emitters.invitation_created(invitation)
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, by: User, message: str = "") -> Application:
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("vacancy", "candidate")
        .get(pk=invitation.pk)
    )
    _require_candidate(by, invitation.candidate)
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("This invitation has already been answered."), code="answered")
    application = application_create(
        profile=invitation.candidate,
        vacancy=invitation.vacancy,
        message=message,
        by=by,
        origin=Origin.INVITED,
    )
    invitation.status = InvitationStatus.ACCEPTED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    return application


@transaction.atomic
def invitation_decline(*, invitation: Invitation, by: User) -> Invitation:
    invitation = (
        Invitation.objects.select_for_update().select_related("candidate").get(pk=invitation.pk)
    )
    _require_candidate(by, invitation.candidate)
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("This invitation has already been answered."), code="answered")
    invitation.status = InvitationStatus.DECLINED
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])
    return invitation


def vacancy_accepts_applications(vacancy: Vacancy) -> bool:
    return vacancy.status == VacancyStatus.OPEN and vacancy.company.is_verified


@transaction.atomic
def dismissal_record(
    *, profile: CandidateProfile, vacancy: Vacancy, by: User
) -> tuple[Dismissal, bool]:
    """An employer marks a candidate "not a fit", or a candidate a vacancy "not interested".

    The pair is hidden from that side's ranked page and counts as a negative outcome when the
    scorer is retrained. Returns the dismissal and whether it is new (marking twice is a no-op).
    """
    if by.role == Role.CANDIDATE:
        _require_candidate(by, profile)
        side = Side.CANDIDATE
    else:
        _require_company_member(by, vacancy)
        side = Side.EMPLOYER
    return Dismissal.objects.get_or_create(candidate=profile, vacancy=vacancy, side=side)
