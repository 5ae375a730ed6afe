"""Applying, inviting, the employer's board and the candidate's "My applications"."""

from typing import cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import CandidateProfile, Role, User
from applications import selectors, services
from applications.forms import ApplyForm, BulkMoveForm, InviteForm, NoteForm, TransitionForm
from applications.models import Application
from applications.permissions import (
    applications_visible_to,
    employer_may_contact,
    invitations_visible_to,
)
from applications.stages import BOARD_ORDER, Side, Stage, allowed_moves
from employers.selectors import vacancy_visible_to
from employers.services import company_for
from employers.views import employer_required


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - guaranteed by login_required
    return request.user


def _errors(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@login_required
@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    vacancy = get_object_or_404(vacancy_visible_to(user=user), pk=pk)
    if user.role != Role.CANDIDATE:
        raise PermissionDenied(_("Only candidates can apply."))
    profile = CandidateProfile.objects.filter(user=user).first()
    if profile is None:
        messages.warning(request, _("Complete your profile before applying."))
        return redirect("accounts:profile")
    form = ApplyForm(request.POST)
    if not form.is_valid():
        _errors(request, ValidationError(list(form.errors.get("message", []))))
        return redirect("vacancy_detail", pk=pk)
    try:
        services.application_create(
            profile=profile, vacancy=vacancy, message=form.cleaned_data["message"], by=user
        )
    except ValidationError as error:
        _errors(request, error)
        return redirect("vacancy_detail", pk=pk)
    messages.success(request, _("Your application has been sent."))
    return redirect("applications:mine")


@login_required
def my_applications(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.role != Role.CANDIDATE:
        raise PermissionDenied(_("This page is for candidates."))
    applications = list(selectors.candidate_applications(user=user))
    for application in applications:
        # Shown as a button only where the pipeline allows the candidate to withdraw.
        can_withdraw = Stage.WITHDRAWN in allowed_moves(application.stage, Side.CANDIDATE)
        application.can_withdraw = can_withdraw  # type: ignore[attr-defined]
    return render(
        request,
        "applications/my_applications.html",
        {
            "applications": applications,
            "invitations": selectors.candidate_invitations(user=user).filter(status="pending"),
        },
    )


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    # Only the candidate withdraws; anyone else finds no such application.
    application = get_object_or_404(
        applications_visible_to(user).filter(candidate__user=user), pk=pk
    )
    try:
        services.application_transition(
            application=application,
            to=Stage.WITHDRAWN,
            by=user,
            note=request.POST.get("note", "")[:300],
        )
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, _("Your application has been withdrawn."))
    return redirect("applications:mine")


@login_required
@require_POST
def invitation_answer(request: HttpRequest, pk: int, answer: str) -> HttpResponse:
    user = _user(request)
    invitation = get_object_or_404(invitations_visible_to(user).filter(candidate__user=user), pk=pk)
    try:
        if answer == "accept":
            services.invitation_accept(
                invitation=invitation, by=user, message=request.POST.get("message", "")[:2000]
            )
            messages.success(request, _("Invitation accepted: your application has been sent."))
        else:
            services.invitation_decline(invitation=invitation, by=user)
            messages.success(request, _("Invitation declined."))
    except ValidationError as error:
        _errors(request, error)
    return redirect("applications:mine")


@employer_required
@require_POST
def invite(request: HttpRequest, pk: int, profile_id: int) -> HttpResponse:
    user = _user(request)
    vacancy = get_object_or_404(
        vacancy_visible_to(user=user).filter(company=company_for(user)), pk=pk
    )
    profile = get_object_or_404(CandidateProfile, pk=profile_id)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            services.invitation_create(
                vacancy=vacancy, profile=profile, message=form.cleaned_data["message"], by=user
            )
        except ValidationError as error:
            _errors(request, error)
        else:
            messages.success(request, _("Invitation sent."))
    return redirect("vacancy_candidates", pk=pk)


@employer_required
def board(request: HttpRequest, pk: int) -> HttpResponse:
    """The employer's per-vacancy board: applicants by stage, best match first, bulk moves."""
    user = _user(request)
    vacancy = get_object_or_404(
        vacancy_visible_to(user=user).filter(company=company_for(user)), pk=pk
    )
    queryset = applications_visible_to(user).filter(
        vacancy=vacancy, stage__in=[Stage.APPLIED, Stage.SCREENING]
    )
    form = BulkMoveForm(request.POST or None, queryset=queryset)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            moved = 0
            try:
                with transaction.atomic():
                    for application in form.cleaned_data["applications"]:
                        services.application_transition(
                            application=application,
                            to=form.cleaned_data["to"],
                            by=user,
                            rejection_reason=form.cleaned_data["rejection_reason"],
                        )
                        moved += 1
            except ValidationError as error:
                # All or nothing: one refused move leaves every application where it was.
                _errors(request, error)
                status = 400
            else:
                messages.success(request, _("%(count)d applications moved.") % {"count": moved})
                return redirect("applications:board", pk=pk)
        else:
            status = 400
    columns = selectors.vacancy_board(vacancy=vacancy, user=user)
    return render(
        request,
        "applications/board.html",
        {
            "vacancy": vacancy,
            "columns": [(Stage(stage), columns[stage]) for stage in BOARD_ORDER],
            "form": form,
            "durations": selectors.stage_durations(queryset.model.objects.filter(vacancy=vacancy)),
        },
        status=status,
    )


@employer_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    try:
        application = selectors.application_detail(user=user, pk=pk)
    except Application.DoesNotExist:
        raise Http404 from None
    action = request.POST.get("action") if request.method == "POST" else None
    # Only the submitted form is bound, so a refused move does not also flag the empty note.
    transition_form = TransitionForm(request.POST if action == "move" else None, prefix="move")
    note_form = NoteForm(request.POST if action == "note" else None, prefix="note")
    status = 200
    if request.method == "POST":
        try:
            if action == "move" and transition_form.is_valid():
                data = transition_form.cleaned_data
                services.application_transition(
                    application=application,
                    to=data["to"],
                    by=user,
                    note=data["note"],
                    interview_at=data["interview_at"],
                    interview_place=data["interview_place"],
                    rejection_reason=data["rejection_reason"],
                )
                messages.success(request, _("Application moved."))
                return redirect("applications:detail", pk=pk)
            if action == "note" and note_form.is_valid():
                services.employer_note_add(
                    application=application, by=user, text=note_form.cleaned_data["text"]
                )
                messages.success(request, _("Note saved."))
                return redirect("applications:detail", pk=pk)
        except ValidationError as error:
            target = transition_form if action == "move" else note_form
            for field, errors in (
                error.message_dict.items()
                if hasattr(error, "error_dict")
                else [(None, error.messages)]
            ):
                for message in errors:
                    target.add_error(field if field in target.fields else None, message)
        status = 400
    moves = allowed_moves(application.stage, Side.EMPLOYER)
    cast(forms.ChoiceField, transition_form.fields["to"]).choices = [
        (stage.value, stage.label) for stage in moves
    ]
    return render(
        request,
        "applications/detail.html",
        {
            "application": application,
            "profile": application.candidate,
            "may_contact": employer_may_contact(user, application.candidate),
            # A refused move is shown even when no move is left (a hired application).
            "transition_form": transition_form if moves or transition_form.errors else None,
            "note_form": note_form,
        },
        status=status,
    )


@employer_required
@require_POST
def not_a_fit(request: HttpRequest, pk: int, profile_id: int) -> HttpResponse:
    user = _user(request)
    vacancy = get_object_or_404(
        vacancy_visible_to(user=user).filter(company=company_for(user)), pk=pk
    )
    profile = get_object_or_404(CandidateProfile, pk=profile_id)
    services.dismissal_record(profile=profile, vacancy=vacancy, by=user)
    messages.success(request, _("Marked as not a fit: this candidate is hidden from the list."))
    return redirect("vacancy_candidates", pk=pk)


@login_required
@require_POST
def not_interested(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    if user.role != Role.CANDIDATE:
        raise PermissionDenied(_("This is for candidates."))
    vacancy = get_object_or_404(vacancy_visible_to(user=user), pk=pk)
    profile = get_object_or_404(CandidateProfile, user=user)
    services.dismissal_record(profile=profile, vacancy=vacancy, by=user)
    messages.success(request, _("Hidden: we will not suggest this job to you again."))
    return redirect("dashboard")
