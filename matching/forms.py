from django import forms
from django.utils.translation import gettext_lazy as _

from reference.models import JlptLevel, Prefecture, Sector


class CandidateFilterForm(forms.Form):
    """Filters on an employer's "Candidates for this vacancy" page."""

    prefecture = forms.ModelChoiceField(
        label=_("Wants to work in"),
        queryset=Prefecture.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any prefecture"),
    )
    jlpt = forms.ModelChoiceField(
        label=_("Japanese at least"),
        queryset=JlptLevel.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("Any level"),
    )
    sector = forms.ModelChoiceField(
        label=_("Wants the field"),
        queryset=Sector.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any field"),
    )
