from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from applications import selectors
from applications.models import Application, Dismissal, EmployerNote, Invitation, StageChange
from employers.models import Company, Vacancy


class StageChangeInline(admin.TabularInline):
    model = StageChange
    extra = 0
    can_delete = False
    readonly_fields = ("created_at", "from_stage", "to_stage", "actor", "note")

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class EmployerNoteInline(admin.TabularInline):
    model = EmployerNote
    extra = 0
    readonly_fields = ("company", "author", "text", "created_at")

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = (
        "candidate",
        "vacancy",
        "company",
        "stage",
        "origin",
        "created_at",
        "stage_changed_at",
    )
    list_filter = ("stage", "origin", "vacancy__company", "vacancy__sector", "vacancy__prefecture")
    search_fields = (
        "candidate__full_name",
        "candidate__user__email",
        "vacancy__title",
        "vacancy__company__name_latin",
    )
    list_select_related = ("candidate", "vacancy", "vacancy__company")
    raw_id_fields = ("candidate", "vacancy")
    readonly_fields = ("stage", "stage_changed_at", "created_at", "updated_at")
    inlines = [StageChangeInline, EmployerNoteInline]
    date_hierarchy = "created_at"

    @admin.display(description=_("company"), ordering="vacancy__company__name_latin")
    def company(self, obj: Application) -> Company:
        return obj.vacancy.company

    def get_urls(self) -> list[Any]:
        return [
            path(
                "figures/",
                self.admin_site.admin_view(self.figures_view),
                name="applications_application_figures",
            ),
            *super().get_urls(),
        ]

    def figures_view(self, request: HttpRequest) -> TemplateResponse:
        """Time from application to interview and to hire, per company and per vacancy."""
        # admin_view only checks is_staff; the figures need the same right as the list.
        if not self.has_view_permission(request):
            raise PermissionDenied
        applications: QuerySet[Application] = self.get_queryset(request)
        rows = []
        for company in Company.objects.filter(vacancies__applications__isnull=False).distinct():
            company_apps = applications.filter(vacancy__company=company)
            rows.append(
                {
                    "label": str(company),
                    "level": 0,
                    "count": company_apps.count(),
                    **selectors.stage_durations(company_apps),
                }
            )
            for vacancy in Vacancy.objects.filter(
                company=company, applications__isnull=False
            ).distinct():
                vacancy_apps = applications.filter(vacancy=vacancy)
                rows.append(
                    {
                        "label": vacancy.title,
                        "level": 1,
                        "count": vacancy_apps.count(),
                        **selectors.stage_durations(vacancy_apps),
                    }
                )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Pipeline figures"),
            "rows": rows,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/applications/figures.html", context)


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ("candidate", "vacancy", "status", "created_at", "answered_at")
    list_filter = ("status",)
    search_fields = ("candidate__full_name", "vacancy__title")
    list_select_related = ("candidate", "vacancy")
    raw_id_fields = ("candidate", "vacancy", "invited_by")


@admin.register(Dismissal)
class DismissalAdmin(admin.ModelAdmin):
    list_display = ("candidate", "vacancy", "side", "created_at")
    list_filter = ("side",)
    search_fields = ("candidate__full_name", "vacancy__title")
    list_select_related = ("candidate", "vacancy")
    raw_id_fields = ("candidate", "vacancy")
