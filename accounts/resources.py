"""CSV/XLSX import and export of candidates (django-import-export)."""

from typing import Any

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from accounts.models import CandidateProfile, Role, User
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus
from reference.widgets import StrictForeignKeyWidget, StrictManyToManyWidget, TagListWidget


class CandidateResource(resources.ModelResource):
    email = fields.Field(attribute="user__email", column_name="email", readonly=True)
    skills = fields.Field(attribute="skills", column_name="skills", widget=TagListWidget())
    jlpt_level = fields.Field(
        attribute="jlpt_level",
        column_name="jlpt_level",
        widget=StrictForeignKeyWidget(JlptLevel, "code"),
    )
    residence_status = fields.Field(
        attribute="residence_status",
        column_name="residence_status",
        widget=StrictForeignKeyWidget(VisaStatus, "slug"),
    )
    ssw_skill_tests = fields.Field(
        attribute="ssw_skill_tests",
        column_name="ssw_skill_tests",
        widget=StrictManyToManyWidget(Sector),
    )
    ssw2_skill_tests = fields.Field(
        attribute="ssw2_skill_tests",
        column_name="ssw2_skill_tests",
        widget=StrictManyToManyWidget(Sector),
    )
    titp_completed_sectors = fields.Field(
        attribute="titp_completed_sectors",
        column_name="titp_completed_sectors",
        widget=StrictManyToManyWidget(Sector),
    )
    sectors = fields.Field(
        attribute="sectors", column_name="sectors", widget=StrictManyToManyWidget(Sector)
    )
    preferred_prefectures = fields.Field(
        attribute="preferred_prefectures",
        column_name="preferred_prefectures",
        widget=StrictManyToManyWidget(Prefecture),
    )
    date_of_birth = fields.Field(
        attribute="date_of_birth",
        column_name="date_of_birth",
        widget=widgets.DateWidget("%Y-%m-%d"),
    )
    available_from = fields.Field(
        attribute="available_from",
        column_name="available_from",
        widget=widgets.DateWidget("%Y-%m-%d"),
    )

    class Meta:
        model = CandidateProfile
        import_id_fields = ("email",)
        fields = (
            "email",
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
            "sectors",
            "preferred_prefectures",
            "desired_monthly_salary_jpy",
            "experience_years",
            "has_degree",
            "available_from",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = False
        use_transactions = True

    def import_data(self, dataset: Any, *args: Any, **kwargs: Any) -> Any:
        # A file goes in whole or not at all: one refused row rolls back the rows before it, and
        # the accounts init_instance created for them.
        kwargs.setdefault("rollback_on_validation_errors", True)
        return super().import_data(dataset, *args, **kwargs)

    def get_instance(self, instance_loader: Any, row: dict[str, Any]) -> CandidateProfile | None:
        email = (row.get("email") or "").strip().lower()
        return CandidateProfile.objects.filter(user__email=email).first()

    def init_instance(self, row: dict[str, Any] | None = None) -> CandidateProfile:
        row = row or {}
        email = (row.get("email") or "").strip().lower()
        if not email:
            raise ValidationError({"email": "This column is required."})
        try:
            User._meta.get_field("email").clean(email, None)
        except ValidationError as error:
            raise ValidationError({"email": error.messages}) from None
        user = User.objects.filter(email=email).first()
        if user is not None and user.role != Role.CANDIDATE:
            raise ValidationError({"email": f"{email} belongs to a non-candidate account."})
        if user is None:
            # Imported candidates get an account without a password; they set one by "forgot password".
            user = User.objects.create_user(email=email, password=None, role=Role.CANDIDATE)
        return CandidateProfile(user=user)
