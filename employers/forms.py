"""Company registration and vacancy forms."""

import unicodedata
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from employers.models import VACANCY_TERMS_FIELDS, Company, Vacancy
from employers.services import vacancy_terms_errors
from reference.forms import DateInput, TagListField


class CompanyForm(forms.ModelForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    # Longer than 13 characters on purpose: people type spaces and hyphens, which
    # clean_corporate_number removes before the model's validator insists on 13 digits.
    corporate_number = forms.CharField(
        label=capfirst(Company._meta.get_field("corporate_number").verbose_name),
        help_text=Company._meta.get_field("corporate_number").help_text,
        max_length=40,
    )

    class Meta:
        model = Company
        fields = [
            "name_ja",
            "name_latin",
            "corporate_number",
            "prefecture",
            "city",
            "sectors",
            "size",
            "contact_person",
            "contact_email",
            "contact_phone",
            "website",
        ]
        widgets = {"sectors": forms.CheckboxSelectMultiple}

    def clean_corporate_number(self) -> str:
        # Japanese keyboards often type full-width digits (１２３) and people add hyphens or spaces.
        raw = unicodedata.normalize("NFKC", self.cleaned_data.get("corporate_number", ""))
        return "".join(ch for ch in raw if ch not in " -‐ー")


class VacancyTermsMixin(forms.BaseForm):
    """The legal checks on pay, deposits and penalty clauses, for every vacancy form."""

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or self.cleaned_data
        errors = vacancy_terms_errors(
            prefecture=cleaned.get("prefecture"),
            monthly_salary_jpy=cleaned.get("monthly_salary_jpy"),
            weekly_hours=cleaned.get("weekly_hours"),
            start_date=cleaned.get("start_date"),
            requires_deposit=bool(cleaned.get("requires_deposit")),
            has_penalty_clause=bool(cleaned.get("has_penalty_clause")),
        )
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field, message)
        return cleaned


class VacancyForm(VacancyTermsMixin, forms.ModelForm):
    required_skills = TagListField(label=_("Required skills"))
    preferred_skills = TagListField(label=_("Preferred skills"))

    class Meta:
        model = Vacancy
        fields = list(VACANCY_TERMS_FIELDS)
        widgets = {
            "visa_types": forms.CheckboxSelectMultiple,
            "start_date": DateInput(),
            "description": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["min_jlpt_level"]).empty_label = _("No minimum")

    def clean_start_date(self) -> Any:
        start = self.cleaned_data.get("start_date")
        if start and "start_date" in self.changed_data and start < timezone.localdate():
            raise forms.ValidationError(_("The start date cannot be in the past."), code="past")
        return start


class VacancyAdminForm(VacancyTermsMixin, forms.ModelForm):
    required_skills = TagListField(label=_("Required skills"))
    preferred_skills = TagListField(label=_("Preferred skills"))

    class Meta:
        model = Vacancy
        fields = [*VacancyForm.Meta.fields, "company", "status"]
