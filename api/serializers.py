"""What the API reads and writes. Reference data travels as slugs (sectors, prefectures,
residence statuses) and codes (JLPT levels), the vocabulary of domain.md.

Request serializers only turn JSON into Python values; the rules live in the forms and services
the site already uses (see api/validation.py), so both give the same answers in the same words.
"""

from typing import Any

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.forms import CandidateProfileForm
from accounts.models import CandidateProfile, Role, User
from accounts.provinces import VietnamProvince
from api.permissions import company_vacancies_for
from applications.models import Application, Dismissal, EmployerNote, Invitation, StageChange
from applications.stages import Stage
from employers.forms import VacancyForm
from employers.models import Company, Vacancy
from employers.selectors import public_vacancies
from matching.models import MatchScore
from matching.templatetags.matching_tags import reason_texts
from reference.models import JlptLevel, MinimumWage, Prefecture, Sector, VisaStatus


def _slugs(**kwargs: Any) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(slug_field="slug", **kwargs)


# --- Errors ------------------------------------------------------------------------------------


class ErrorSerializer(serializers.Serializer):
    """The body of every error response (see api/exceptions.py)."""

    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text=(
            "Messages by field, in the request's language. Errors not tied to a field are under "
            '"non_field_errors" (validation) or "detail" (authentication, permission, not '
            "found, throttling, malformed request); a nested field is named parent.child."
        ),
    )
    status = serializers.IntegerField(help_text="The HTTP status code, repeated.")


# --- Authentication ----------------------------------------------------------------------------


class TokenRequestSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, write_only=True)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="Send it as the header `Authorization: Token <token>`.")


# --- Reference data ----------------------------------------------------------------------------


NAME_FIELDS = ["name", "name_en", "name_ja", "name_vi"]


class LocalizedNamesSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True, help_text="In the request's language.")


class SectorSerializer(LocalizedNamesSerializer):
    class Meta:
        model = Sector
        fields = ["slug", *NAME_FIELDS, "kind", "ssw2_eligible"]
        read_only_fields = fields


class MinimumWageSerializer(serializers.ModelSerializer):
    class Meta:
        model = MinimumWage
        fields = ["yen_per_hour", "effective_from"]
        read_only_fields = fields


class PrefectureSerializer(LocalizedNamesSerializer):
    minimum_wage = serializers.SerializerMethodField(
        help_text="The minimum wage in force today, or null if none is recorded."
    )

    class Meta:
        model = Prefecture
        fields = ["slug", *NAME_FIELDS, "minimum_wage"]
        read_only_fields = fields

    @extend_schema_field(MinimumWageSerializer(allow_null=True))
    def get_minimum_wage(self, prefecture: Prefecture) -> dict[str, Any] | None:
        # The view prefetches the floors already in force, newest first.
        floors: list[MinimumWage] = list(getattr(prefecture, "floors_in_force", []))
        return dict(MinimumWageSerializer(floors[0]).data) if floors else None


class VisaTypeSerializer(LocalizedNamesSerializer):
    class Meta:
        model = VisaStatus
        fields = ["slug", *NAME_FIELDS, "description"]
        read_only_fields = fields


class JlptLevelSerializer(serializers.ModelSerializer):
    name = serializers.SerializerMethodField()

    class Meta:
        model = JlptLevel
        fields = ["code", "rank", "name"]
        read_only_fields = fields

    def get_name(self, level: JlptLevel) -> str:
        return str(level)


# --- Companies and vacancies -------------------------------------------------------------------


class CompanySummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Company
        fields = ["id", "name_ja", "name_latin"]
        read_only_fields = fields


class VacancySerializer(serializers.ModelSerializer):
    """A vacancy as anyone may see it once it is public."""

    company = CompanySummarySerializer(read_only=True)
    sector = _slugs(read_only=True)
    prefecture = _slugs(read_only=True)
    min_jlpt_level = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True
    )
    visa_types = _slugs(many=True, read_only=True)
    required_skills = serializers.ListField(child=serializers.CharField(), read_only=True)
    preferred_skills = serializers.ListField(child=serializers.CharField(), read_only=True)
    zero_fee = serializers.BooleanField(
        source="is_zero_fee", read_only=True, help_text="Every recruitment cost is the employer's."
    )

    class Meta:
        model = Vacancy
        fields = [
            "id",
            "title",
            "description",
            "company",
            "sector",
            "prefecture",
            "city",
            "required_skills",
            "preferred_skills",
            "min_jlpt_level",
            "visa_types",
            "min_experience_years",
            "monthly_salary_jpy",
            "weekly_hours",
            "housing_support",
            "housing_note",
            "headcount",
            "start_date",
            "placement_fee_payer",
            "travel_cost_payer",
            "visa_cost_payer",
            "training_cost_payer",
            "worker_fee_note",
            "zero_fee",
            "published_at",
        ]
        read_only_fields = fields


class CompanyVacancySerializer(VacancySerializer):
    """A vacancy as its own company sees it, drafts and closed ones included."""

    is_public = serializers.BooleanField(
        read_only=True, help_text="Open, and the company is verified: anyone can see it."
    )

    class Meta(VacancySerializer.Meta):
        fields = [
            *VacancySerializer.Meta.fields,
            "status",
            "is_public",
            "closed_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class VacancyWriteSerializer(serializers.ModelSerializer):
    """The fields of the site's vacancy form. The status changes only through publish/close."""

    sector = _slugs(queryset=Sector.objects.all())
    prefecture = _slugs(queryset=Prefecture.objects.all())
    min_jlpt_level = serializers.SlugRelatedField(
        slug_field="code", queryset=JlptLevel.objects.all(), allow_null=True, required=False
    )
    visa_types = _slugs(many=True, queryset=VisaStatus.objects.all())
    required_skills = serializers.ListField(
        child=serializers.CharField(max_length=200), max_length=100, required=False
    )
    preferred_skills = serializers.ListField(
        child=serializers.CharField(max_length=200), max_length=100, required=False
    )

    class Meta:
        model = Vacancy
        fields = list(VacancyForm.Meta.fields)


class VacancySummarySerializer(serializers.ModelSerializer):
    company = CompanySummarySerializer(read_only=True)
    sector = _slugs(read_only=True)
    prefecture = _slugs(read_only=True)

    class Meta:
        model = Vacancy
        fields = ["id", "title", "status", "company", "sector", "prefecture", "city"]
        read_only_fields = fields


# --- Candidates --------------------------------------------------------------------------------

PROFILE_FIELDS = [name for name in CandidateProfileForm.Meta.fields if name != "cv"]


class CandidateProfileSerializer(serializers.ModelSerializer):
    """A candidate's own profile."""

    # Declared: a read-only model field would lose allow_blank (the province may be left empty).
    hometown_province = serializers.ChoiceField(
        choices=VietnamProvince.choices, allow_blank=True, read_only=True
    )
    skills = serializers.ListField(child=serializers.CharField(), read_only=True)
    jlpt_level = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    ssw_skill_tests = _slugs(many=True, read_only=True)
    ssw2_skill_tests = _slugs(many=True, read_only=True)
    titp_completed_sectors = _slugs(many=True, read_only=True)
    residence_status = _slugs(read_only=True, allow_null=True)
    sectors = _slugs(many=True, read_only=True)
    preferred_prefectures = _slugs(many=True, read_only=True)
    cv_uploaded = serializers.SerializerMethodField(
        help_text="A CV (PDF) is on file; upload or replace it on the site."
    )

    class Meta:
        model = CandidateProfile
        fields = ["id", *PROFILE_FIELDS, "cv_uploaded", "updated_at"]
        read_only_fields = fields

    def get_cv_uploaded(self, profile: CandidateProfile) -> bool:
        return bool(profile.cv)


class CandidateProfileWriteSerializer(serializers.ModelSerializer):
    """Any subset of the profile form's fields; what is left out keeps its value."""

    skills = serializers.ListField(
        child=serializers.CharField(max_length=200), max_length=100, required=False
    )
    jlpt_level = serializers.SlugRelatedField(
        slug_field="code", queryset=JlptLevel.objects.all(), allow_null=True, required=False
    )
    ssw_skill_tests = _slugs(many=True, queryset=Sector.objects.all(), required=False)
    ssw2_skill_tests = _slugs(many=True, queryset=Sector.objects.all(), required=False)
    titp_completed_sectors = _slugs(many=True, queryset=Sector.objects.all(), required=False)
    residence_status = _slugs(queryset=VisaStatus.objects.all(), allow_null=True, required=False)
    sectors = _slugs(many=True, queryset=Sector.objects.all(), required=False)
    preferred_prefectures = _slugs(many=True, queryset=Prefecture.objects.all(), required=False)

    class Meta:
        model = CandidateProfile
        fields = PROFILE_FIELDS

    def get_fields(self) -> dict[str, serializers.Field]:
        fields: dict[str, serializers.Field] = super().get_fields()
        for field in fields.values():
            field.required = False
        return fields


class CandidateContactSerializer(serializers.Serializer):
    full_name = serializers.CharField(read_only=True)
    email = serializers.EmailField(source="user.email", read_only=True)
    phone = serializers.CharField(read_only=True)


class CandidateSummarySerializer(serializers.ModelSerializer):
    """A candidate as an employer sees them: pseudonymous until the candidate applies.

    ``contact`` (name, email, phone) is filled only for viewers allowed to contact the candidate
    (the view passes their ids as ``contactable`` in the context); the confidential
    seeking-a-transfer flag is never shown to employers.
    """

    jlpt_level = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    skills = serializers.ListField(child=serializers.CharField(), read_only=True)
    sectors = _slugs(many=True, read_only=True)
    preferred_prefectures = _slugs(many=True, read_only=True)
    contact = serializers.SerializerMethodField(
        help_text="Name, email and phone, once the candidate has applied to your company."
    )

    class Meta:
        model = CandidateProfile
        fields = [
            "id",
            "jlpt_level",
            "skills",
            "sectors",
            "preferred_prefectures",
            "experience_years",
            "contact",
        ]
        read_only_fields = fields

    @extend_schema_field(CandidateContactSerializer(allow_null=True))
    def get_contact(self, profile: CandidateProfile) -> dict[str, Any] | None:
        if profile.pk not in self.context.get("contactable", ()):
            return None
        return dict(CandidateContactSerializer(profile).data)


# --- The signed-in user ------------------------------------------------------------------------


class MyCompanySerializer(CompanySummarySerializer):
    class Meta(CompanySummarySerializer.Meta):
        fields = [*CompanySummarySerializer.Meta.fields, "is_verified"]
        read_only_fields = fields


class MeSerializer(serializers.ModelSerializer):
    language = serializers.ChoiceField(choices=settings.LANGUAGES, allow_blank=True, read_only=True)
    candidate_profile = serializers.SerializerMethodField(
        help_text="Candidates only; null until the profile is first saved."
    )
    company = serializers.SerializerMethodField(help_text="Employers only: their company.")

    class Meta:
        model = User
        fields = ["id", "email", "role", "language", "candidate_profile", "company"]
        read_only_fields = fields

    @extend_schema_field(CandidateProfileSerializer(allow_null=True))
    def get_candidate_profile(self, user: User) -> dict[str, Any] | None:
        profile = self.context.get("profile")
        return dict(CandidateProfileSerializer(profile).data) if profile else None

    @extend_schema_field(MyCompanySerializer(allow_null=True))
    def get_company(self, user: User) -> dict[str, Any] | None:
        company = self.context.get("company")
        return dict(MyCompanySerializer(company).data) if company else None


class MeUpdateSerializer(serializers.Serializer):
    language = serializers.ChoiceField(
        choices=settings.LANGUAGES, required=False, help_text="The language of the site and emails."
    )
    candidate_profile = CandidateProfileWriteSerializer(required=False)


# --- Matches -----------------------------------------------------------------------------------


def _rendered(reasons: list[dict[str, Any]] | None) -> list[str]:
    return reason_texts(reasons)


class CandidateMatchSerializer(serializers.ModelSerializer):
    """One of my matches, as a candidate: the vacancy, and why it suits me (or what it needs)."""

    vacancy = VacancySerializer(read_only=True)
    reasons = serializers.SerializerMethodField(help_text="In the request's language.")
    failures = serializers.SerializerMethodField(
        help_text="The rules not met (empty when eligible), in the request's language."
    )

    class Meta:
        model = MatchScore
        fields = ["vacancy", "score", "eligible", "reasons", "failures", "computed_at"]
        read_only_fields = fields

    def get_reasons(self, match: MatchScore) -> list[str]:
        return _rendered(match.candidate_reasons)

    def get_failures(self, match: MatchScore) -> list[str]:
        return _rendered(match.failures)


class VacancyMatchSerializer(serializers.ModelSerializer):
    """A candidate ranked for an employer's vacancy."""

    candidate = serializers.SerializerMethodField()
    reasons = serializers.SerializerMethodField(help_text="In the request's language.")
    failures = serializers.SerializerMethodField(
        help_text="The rules not met (empty when eligible), in the request's language."
    )

    class Meta:
        model = MatchScore
        fields = ["candidate", "score", "eligible", "reasons", "failures", "computed_at"]
        read_only_fields = fields

    @extend_schema_field(CandidateSummarySerializer)
    def get_candidate(self, match: MatchScore) -> dict[str, Any]:
        return dict(CandidateSummarySerializer(match.candidate, context=self.context).data)

    def get_reasons(self, match: MatchScore) -> list[str]:
        return _rendered(match.reasons)

    def get_failures(self, match: MatchScore) -> list[str]:
        return _rendered(match.failures)


class DismissalSerializer(serializers.ModelSerializer):
    """A pair hidden by one side: "not interested" (candidate) or "not a fit" (employer)."""

    class Meta:
        model = Dismissal
        fields = ["candidate", "vacancy", "side", "created_at"]
        read_only_fields = fields
        extra_kwargs = {
            "candidate": {"help_text": "The candidate's id, as in the ranked lists."},
            "side": {"help_text": "Who hid the pair: candidate or employer."},
        }


class CandidateMatchQuerySerializer(serializers.Serializer):
    eligible = serializers.BooleanField(
        required=False, allow_null=True, default=None, help_text="Only eligible (or ineligible)."
    )


class VacancyMatchQuerySerializer(CandidateMatchQuerySerializer):
    prefecture = _slugs(
        queryset=Prefecture.objects.all(),
        required=False,
        help_text="Candidates who want this prefecture or anywhere.",
    )
    jlpt = serializers.SlugRelatedField(
        slug_field="code",
        queryset=JlptLevel.objects.all(),
        required=False,
        help_text="Candidates with at least this JLPT level.",
    )
    sector = _slugs(
        queryset=Sector.objects.all(), required=False, help_text="Candidates who want this field."
    )


# --- Applications and invitations --------------------------------------------------------------


class EmployerNoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = EmployerNote
        fields = ["id", "text", "created_at"]
        read_only_fields = fields


class ApplicationSerializer(serializers.ModelSerializer):
    vacancy = VacancySummarySerializer(read_only=True)
    candidate = CandidateSummarySerializer(read_only=True)
    allowed_moves = serializers.SerializerMethodField(
        help_text="The stages you may move this application to."
    )
    notes = serializers.SerializerMethodField(
        help_text="The company's private notes: its members and recruiters only, else null."
    )

    class Meta:
        model = Application
        fields = [
            "id",
            "vacancy",
            "candidate",
            "stage",
            "origin",
            "message",
            "interview_at",
            "interview_place",
            "rejection_reason",
            "stage_changed_at",
            "created_at",
            "updated_at",
            "allowed_moves",
            "notes",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(Stage.choices)))
    def get_allowed_moves(self, application: Application) -> list[str]:
        moves = self.context.get("allowed_moves", {})
        return [str(stage) for stage in moves.get(application.pk, [])]

    @extend_schema_field(EmployerNoteSerializer(many=True, allow_null=True))
    def get_notes(self, application: Application) -> list[dict[str, Any]] | None:
        if application.pk not in self.context.get("notes_visible", ()):
            return None
        return [dict(EmployerNoteSerializer(note).data) for note in application.notes.all()]


class ApplicationCreateSerializer(serializers.Serializer):
    vacancy = serializers.PrimaryKeyRelatedField(
        queryset=Vacancy.objects.none(), help_text="The id of a public vacancy."
    )
    message = serializers.CharField(max_length=2000, allow_blank=True, required=False, default="")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Drafts and other companies' private vacancies are simply not found.
        self.fields["vacancy"].queryset = public_vacancies()


class TransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=Stage.choices)
    note = serializers.CharField(max_length=300, allow_blank=True, required=False, default="")
    interview_at = serializers.DateTimeField(
        allow_null=True, required=False, default=None, help_text="Needed to move to interview."
    )
    interview_place = serializers.CharField(
        max_length=300,
        allow_blank=True,
        required=False,
        default="",
        help_text="Place or video link; needed to move to interview.",
    )
    rejection_reason = serializers.CharField(
        max_length=300,
        allow_blank=True,
        required=False,
        default="",
        help_text="Needed to reject; the candidate sees it.",
    )


class StageChangeSerializer(serializers.ModelSerializer):
    # Declared: a read-only model field would lose allow_blank, and the first row's is "".
    from_stage = serializers.ChoiceField(choices=Stage.choices, allow_blank=True, read_only=True)
    actor_role = serializers.SerializerMethodField(
        help_text="Who made the move: the candidate, the employer or a recruiter."
    )

    class Meta:
        model = StageChange
        fields = ["id", "from_stage", "to_stage", "note", "actor_role", "created_at"]
        read_only_fields = fields

    @extend_schema_field(serializers.ChoiceField(choices=Role.choices, allow_null=True))
    def get_actor_role(self, change: StageChange) -> str | None:
        return change.actor.role if change.actor else None


class InvitationSerializer(serializers.ModelSerializer):
    vacancy = VacancySummarySerializer(read_only=True)
    candidate = CandidateSummarySerializer(read_only=True)

    class Meta:
        model = Invitation
        fields = ["id", "vacancy", "candidate", "message", "status", "created_at", "answered_at"]
        read_only_fields = fields


class InvitationCreateSerializer(serializers.Serializer):
    vacancy = serializers.PrimaryKeyRelatedField(
        queryset=Vacancy.objects.none(), help_text="The id of one of your company's vacancies."
    )
    candidate = serializers.PrimaryKeyRelatedField(
        queryset=CandidateProfile.objects.all(), help_text="A candidate id from your matches."
    )
    message = serializers.CharField(max_length=2000, allow_blank=True, required=False, default="")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            self.fields["vacancy"].queryset = company_vacancies_for(request.user)


class InvitationAnswerSerializer(serializers.Serializer):
    message = serializers.CharField(
        max_length=2000,
        allow_blank=True,
        required=False,
        default="",
        help_text="A message sent with the application that accepting creates.",
    )


class ApplicationQuerySerializer(serializers.Serializer):
    stage = serializers.ChoiceField(choices=Stage.choices, required=False)
    vacancy = serializers.IntegerField(min_value=1, max_value=2**63 - 1, required=False)
