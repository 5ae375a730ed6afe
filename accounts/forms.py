"""Signup and candidate profile forms."""

import datetime
from typing import Any, cast

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts import services
from accounts.models import CandidateProfile, ConsentPurpose, CurrentLocation, Role, User
from accounts.validators import validate_cv_pdf
from reference.forms import DateInput, TagListField

MIN_WORKING_AGE = 18
MAX_AGE = 70


class SignupForm(AllauthSignupForm):
    role = forms.ChoiceField(
        label=_("I am"),
        choices=[
            (Role.CANDIDATE, _("looking for a job in Japan")),
            (Role.EMPLOYER, _("an employer in Kyushu")),
        ],
        widget=forms.RadioSelect,
        initial=Role.CANDIDATE,
    )
    accept_privacy = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree to the use of my data to run my account."
        ),
        required=True,
        error_messages={"required": _("You must accept the privacy notice to create an account.")},
    )
    share_with_employers = forms.BooleanField(
        label=_(
            "Candidates: I agree that my profile may be sent to employers in Japan "
            "when I apply to them or accept their invitation."
        ),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["accept_privacy"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("privacy"),
            _("Read the privacy notice"),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or self.cleaned_data
        if cleaned.get("role") == Role.CANDIDATE and not cleaned.get("share_with_employers"):
            self.add_error(
                "share_with_employers",
                _("Candidates must agree to share their profile with employers they apply to."),
            )
        return cleaned

    def save(self, request: HttpRequest) -> User:
        user: User = super().save(request)
        purposes = [ConsentPurpose.ACCOUNT]
        if user.role == Role.CANDIDATE and self.cleaned_data.get("share_with_employers"):
            purposes.append(ConsentPurpose.SHARE_WITH_EMPLOYERS)
        services.consent_record(user=user, purposes=purposes)
        return user


class CandidateProfileForm(forms.ModelForm):
    skills = TagListField(label=_("Skills"))
    remove_cv = forms.BooleanField(label=_("Remove my CV"), required=False)

    class Meta:
        model = CandidateProfile
        fields = [
            "full_name",
            "date_of_birth",
            "hometown_province",
            "phone",
            "skills",
            "jlpt_level",
            "jft_basic",
            "care_japanese_test",
            "ssw_skill_tests",
            "ssw2_skill_tests",
            "titp_completed_sectors",
            "current_location",
            "residence_status",
            "seeking_transfer",
            "sectors",
            "preferred_prefectures",
            "desired_monthly_salary_jpy",
            "experience_years",
            "has_degree",
            "available_from",
            "cv",
        ]
        widgets = {
            "date_of_birth": DateInput(),
            "available_from": DateInput(),
            "ssw_skill_tests": forms.CheckboxSelectMultiple,
            "ssw2_skill_tests": forms.CheckboxSelectMultiple,
            "titp_completed_sectors": forms.CheckboxSelectMultiple,
            "sectors": forms.CheckboxSelectMultiple,
            "preferred_prefectures": forms.CheckboxSelectMultiple,
            "current_location": forms.RadioSelect,
            "cv": forms.FileInput(attrs={"accept": "application/pdf"}),
        }
        help_texts = {
            "preferred_prefectures": _("Leave empty if anywhere in Kyushu is fine."),
            "seeking_transfer": _(
                "Only for workers already in Japan. Employers never see this box; "
                "recruiters use it to help you move safely."
            ),
            "cv": _(
                "PDF only, at most 5 MB. Only you, our recruiters and employers you apply to can open it."
            ),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["date_of_birth"].required = True
        self.fields["sectors"].required = True
        self.fields["cv"].validators.append(validate_cv_pdf)
        cast(forms.ModelChoiceField, self.fields["jlpt_level"]).empty_label = _(
            "No JLPT certificate"
        )
        cast(forms.ModelChoiceField, self.fields["residence_status"]).empty_label = _("—")

    def clean_date_of_birth(self) -> datetime.date | None:
        born = self.cleaned_data.get("date_of_birth")
        if born is None:
            return born
        today = timezone.localdate()
        if born > today:
            raise forms.ValidationError(
                _("The date of birth cannot be in the future."), code="future"
            )
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if age < MIN_WORKING_AGE:
            raise forms.ValidationError(
                _("You must be at least %(age)d years old to work in Japan under these statuses."),
                code="too_young",
                params={"age": MIN_WORKING_AGE},
            )
        if age > MAX_AGE:
            raise forms.ValidationError(_("Please check the date of birth."), code="too_old")
        return born

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or self.cleaned_data
        location = cleaned.get("current_location")
        # "In Japan without a residence status" is refused by CandidateProfile.clean.
        if location == CurrentLocation.VIETNAM:
            if cleaned.get("residence_status"):
                self.add_error(
                    "residence_status",
                    _("A residence status applies only if you are in Japan now."),
                )
            if cleaned.get("seeking_transfer"):
                self.add_error(
                    "seeking_transfer",
                    _("A transfer applies only to workers already in Japan."),
                )
        return cleaned


CANDIDATE_M2M_FIELDS = (
    "ssw_skill_tests",
    "ssw2_skill_tests",
    "titp_completed_sectors",
    "sectors",
    "preferred_prefectures",
)
