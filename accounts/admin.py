from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin

from accounts.models import CandidateProfile, Consent, PrivacyNotice, User
from accounts.resources import CandidateResource


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ("email",)
    list_display = (
        "email",
        "role",
        "language",
        "is_active",
        "is_staff",
        "date_joined",
        "last_login",
    )
    list_filter = ("role", "is_staff", "is_active", "language")
    search_fields = ("email", "first_name", "last_name")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Profile"), {"fields": ("first_name", "last_name", "role", "language")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
        (_("Consents"), {"fields": ("consents_given",)}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "role", "password1", "password2")}),
    )
    readonly_fields = ("last_login", "date_joined", "consents_given")

    @admin.display(description=_("consents"))
    def consents_given(self, obj: User) -> str:
        # Shown read-only: consent is given or withdrawn by the person, never edited by staff.
        rows = [
            f"{c.get_purpose_display()} · {c.notice.version} · {c.given_at:%Y-%m-%d %H:%M}"
            + (f" · withdrawn {c.withdrawn_at:%Y-%m-%d}" if c.withdrawn_at else "")
            for c in obj.consents.select_related("notice")
        ]
        return "\n".join(rows) or "—"

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Recruiters manage people, not staff rights.
            fields += ["is_staff", "is_superuser", "groups", "user_permissions"]
        return fields


@admin.register(CandidateProfile)
class CandidateProfileAdmin(ImportExportModelAdmin):
    resource_classes = [CandidateResource]
    list_display = (
        "full_name",
        "email",
        "jlpt_level",
        "jft_basic",
        "current_location",
        "residence_status",
        "experience_years",
        "desired_monthly_salary_jpy",
        "has_cv",
        "updated_at",
    )
    list_filter = (
        "jlpt_level",
        "jft_basic",
        "current_location",
        "residence_status",
        "seeking_transfer",
        "has_degree",
        "sectors",
        "preferred_prefectures",
        "hometown_province",
    )
    search_fields = ("full_name", "user__email", "phone", "skills")
    list_select_related = ("user", "jlpt_level", "residence_status")
    autocomplete_fields = ()
    filter_horizontal = (
        "ssw_skill_tests",
        "ssw2_skill_tests",
        "titp_completed_sectors",
        "sectors",
        "preferred_prefectures",
    )
    readonly_fields = ("user", "created_at", "updated_at")
    date_hierarchy = "created_at"

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        from matching.tasks import enqueue_candidate_refresh

        # Edits made here change who matches, as the candidate's own edits do.
        enqueue_candidate_refresh(form.instance.pk)

    @admin.display(description=_("email"), ordering="user__email")
    def email(self, obj: CandidateProfile) -> str:
        return obj.user.email

    @admin.display(description=_("CV"), boolean=True)
    def has_cv(self, obj: CandidateProfile) -> bool:
        return bool(obj.cv)


@admin.register(PrivacyNotice)
class PrivacyNoticeAdmin(admin.ModelAdmin):
    list_display = ("version", "effective_from")


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ("user", "purpose", "notice", "given_at", "withdrawn_at")
    list_filter = ("purpose", "notice")
    search_fields = ("user__email",)
    list_select_related = ("user", "notice")
    readonly_fields = ("user", "notice", "purpose", "given_at")
