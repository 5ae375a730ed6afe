from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from applications.models import Application
from applications.stages import Stage


class ApplyForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the employer"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional. Your profile and CV are sent with the application."),
    )


class InviteForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the candidate"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TransitionForm(forms.Form):
    to = forms.ChoiceField(label=_("Move to"), choices=Stage.choices)
    interview_at = forms.DateTimeField(
        label=_("Interview date and time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    interview_place = forms.CharField(
        label=_("Interview place or video link"), required=False, max_length=300
    )
    rejection_reason = forms.CharField(
        label=_("Reason for rejection"), required=False, max_length=300
    )
    note = forms.CharField(
        label=_("Note on the timeline"),
        required=False,
        max_length=300,
        help_text=_("The candidate sees this note. Use a private note below for internal remarks."),
    )


class BulkMoveForm(forms.Form):
    applications: forms.ModelMultipleChoiceField = forms.ModelMultipleChoiceField(
        queryset=Application.objects.none(), label=_("Applications")
    )
    to = forms.ChoiceField(
        label=_("Move selected to"),
        choices=[(Stage.SCREENING, Stage.SCREENING.label), (Stage.REJECTED, Stage.REJECTED.label)],
    )
    rejection_reason = forms.CharField(
        label=_("Reason for rejection"), required=False, max_length=300
    )

    def __init__(self, *args: Any, queryset: QuerySet[Application], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelMultipleChoiceField, self.fields["applications"]).queryset = queryset


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Private note"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
