from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin

from employers import services
from employers.forms import VacancyAdminForm
from employers.models import Company, CompanyMembership, Vacancy, VacancyStatus
from employers.resources import VacancyResource


class VerifiedFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        return [("yes", _("Verified")), ("no", _("Awaiting verification"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(verified_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(verified_at__isnull=True)
        return queryset


class MembershipInline(admin.TabularInline):
    model = CompanyMembership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = (
        "name_latin",
        "name_ja",
        "corporate_number",
        "prefecture",
        "city",
        "size",
        "is_verified",
        "open_vacancies",
        "created_at",
    )
    list_filter = (VerifiedFilter, "prefecture", "sectors", "size")
    search_fields = (
        "name_latin",
        "name_ja",
        "corporate_number",
        "contact_person",
        "contact_email",
        "city",
    )
    readonly_fields = ("verified_at", "verified_by", "created_at", "updated_at")
    filter_horizontal = ("sectors",)
    inlines = [MembershipInline]
    actions = ["verify_companies", "unverify_companies"]
    list_select_related = ("prefecture",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Company]:
        return (
            super()
            .get_queryset(request)
            .annotate(open_count=Count("vacancies", filter=Q(vacancies__status=VacancyStatus.OPEN)))
        )

    @admin.display(description=_("verified"), boolean=True, ordering="verified_at")
    def is_verified(self, obj: Company) -> bool:
        return obj.is_verified

    @admin.display(description=_("open vacancies"), ordering="open_count")
    def open_vacancies(self, obj: Company) -> int:
        return obj.open_count  # type: ignore[attr-defined]

    @admin.action(description=_("Verify selected companies"), permissions=["change"])
    def verify_companies(self, request: HttpRequest, queryset: QuerySet[Company]) -> None:
        count = 0
        for company in queryset.filter(verified_at__isnull=True):
            services.company_verify(company=company, by=request.user)  # type: ignore[arg-type]
            count += 1
        self.message_user(
            request,
            ngettext("%d company verified.", "%d companies verified.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw verification"), permissions=["change"])
    def unverify_companies(self, request: HttpRequest, queryset: QuerySet[Company]) -> None:
        for company in queryset:
            services.company_unverify(company=company)
        self.message_user(request, _("Verification withdrawn."), messages.SUCCESS)


@admin.register(Vacancy)
class VacancyAdmin(ImportExportModelAdmin):
    resource_classes = [VacancyResource]
    # The same legal checks as the employer's form: the admin is no back door.
    form = VacancyAdminForm
    list_display = (
        "title",
        "company",
        "sector",
        "prefecture",
        "monthly_salary_jpy",
        "weekly_hours",
        "min_jlpt_level",
        "status",
        "zero_fee",
        "company_verified",
        "published_at",
    )
    list_filter = (
        "status",
        "sector",
        "prefecture",
        "min_jlpt_level",
        "visa_types",
        "housing_support",
    )
    search_fields = ("title", "description", "company__name_latin", "company__name_ja", "city")
    list_select_related = ("company", "sector", "prefecture", "min_jlpt_level")
    filter_horizontal = ("visa_types",)
    readonly_fields = ("published_at", "closed_at", "created_by", "created_at", "updated_at")
    raw_id_fields = ("company",)
    date_hierarchy = "created_at"
    actions = ["close_vacancies"]

    @admin.display(description=_("zero fee"), boolean=True)
    def zero_fee(self, obj: Vacancy) -> bool:
        return obj.is_zero_fee

    @admin.display(description=_("company verified"), boolean=True)
    def company_verified(self, obj: Vacancy) -> bool:
        return obj.company.is_verified

    def save_model(self, request, obj, form, change):
        if obj.status == VacancyStatus.OPEN and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Edits made here change who matches, as the employer's own edits do.
        services.refresh_matches_for([form.instance.pk])

    @admin.action(description=_("Close selected vacancies (moderation)"), permissions=["change"])
    def close_vacancies(self, request: HttpRequest, queryset: QuerySet[Vacancy]) -> None:
        count = 0
        for vacancy in queryset.filter(status=VacancyStatus.OPEN):
            services.vacancy_close(vacancy=vacancy, by=request.user)  # type: ignore[arg-type]
            count += 1
        self.message_user(
            request, ngettext("%d vacancy closed.", "%d vacancies closed.", count) % count
        )
