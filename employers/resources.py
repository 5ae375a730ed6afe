"""CSV/XLSX import and export of vacancies (django-import-export)."""

from typing import Any

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from employers.models import VACANCY_TERMS_FIELDS, Company, Vacancy, VacancyStatus
from employers.services import vacancy_terms_errors
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus
from reference.widgets import StrictForeignKeyWidget, StrictManyToManyWidget, TagListWidget


class VacancyResource(resources.ModelResource):
    company = fields.Field(
        attribute="company",
        column_name="company_corporate_number",
        widget=StrictForeignKeyWidget(Company, "corporate_number"),
    )
    sector = fields.Field(
        attribute="sector", column_name="sector", widget=StrictForeignKeyWidget(Sector, "slug")
    )
    prefecture = fields.Field(
        attribute="prefecture",
        column_name="prefecture",
        widget=StrictForeignKeyWidget(Prefecture, "slug"),
    )
    min_jlpt_level = fields.Field(
        attribute="min_jlpt_level",
        column_name="min_jlpt_level",
        widget=StrictForeignKeyWidget(JlptLevel, "code"),
    )
    visa_types = fields.Field(
        attribute="visa_types", column_name="visa_types", widget=StrictManyToManyWidget(VisaStatus)
    )
    required_skills = fields.Field(
        attribute="required_skills", column_name="required_skills", widget=TagListWidget()
    )
    preferred_skills = fields.Field(
        attribute="preferred_skills", column_name="preferred_skills", widget=TagListWidget()
    )
    start_date = fields.Field(
        attribute="start_date", column_name="start_date", widget=widgets.DateWidget("%Y-%m-%d")
    )

    class Meta:
        model = Vacancy
        fields = ("id", "company", *VACANCY_TERMS_FIELDS, "status")
        export_order = fields
        clean_model_instances = True
        use_transactions = True

    def import_data(self, dataset: Any, *args: Any, **kwargs: Any) -> Any:
        # One refused row stops the whole file: a half-imported spreadsheet is harder to put
        # right than a corrected one imported again.
        kwargs.setdefault("rollback_on_validation_errors", True)
        return super().import_data(dataset, *args, **kwargs)

    def import_instance(self, instance: Vacancy, row: Any, **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many cells are only read after the row is saved; read the visa slugs now so
        # that an unknown one is reported beside its column like any other mistake.
        visa_types = self.fields["visa_types"]
        if visa_types.column_name in row:
            try:
                visa_types.clean(row)
            except ValueError as error:
                errors["visa_types"] = [str(error)]
        if errors:
            raise ValidationError(errors)

    def validate_instance(
        self, instance: Vacancy, import_validation_errors: Any = None, validate_unique: bool = True
    ) -> None:
        # Imported open vacancies need a publication date like published ones. It is set before
        # validating because full_clean checks the constraint that requires it.
        if instance.status == VacancyStatus.OPEN and instance.published_at is None:
            from django.utils import timezone

            instance.published_at = timezone.now()
        errors = dict(import_validation_errors or {})
        terms = vacancy_terms_errors(
            prefecture=instance.prefecture if instance.prefecture_id else None,
            monthly_salary_jpy=instance.monthly_salary_jpy,
            weekly_hours=instance.weekly_hours,
            start_date=instance.start_date,
            requires_deposit=bool(instance.requires_deposit),
            has_penalty_clause=bool(instance.has_penalty_clause),
        )
        for field, messages in terms.items():
            errors.setdefault(field, []).extend(messages)
        super().validate_instance(instance, errors, validate_unique)
