from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from matching.models import MatchRefresh, MatchScore
from matching.tasks import enqueue_full_refresh
from matching.templatetags.matching_tags import reason_texts


@admin.register(MatchScore)
class MatchScoreAdmin(admin.ModelAdmin):
    list_display = (
        "vacancy",
        "candidate",
        "score",
        "eligible",
        "reason_summary",
        "model_version",
        "computed_at",
    )
    list_filter = ("eligible", "model_version", "vacancy__sector", "vacancy__prefecture")
    search_fields = ("vacancy__title", "candidate__full_name", "candidate__user__email")
    list_select_related = ("vacancy", "candidate")
    raw_id_fields = ("candidate", "vacancy")
    ordering = ("vacancy", "-eligible", "-score")
    readonly_fields = [f.name for f in MatchScore._meta.fields] + [
        "reasons_shown",
        "failures_shown",
    ]
    exclude = ("reasons", "candidate_reasons", "failures")

    # Scores are computed, never typed in: the admin shows them and a refresh rewrites them.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: MatchScore | None = None) -> bool:
        return False

    @admin.display(description=_("reasons"))
    def reason_summary(self, obj: MatchScore) -> str:
        return "; ".join(reason_texts(obj.reasons if obj.eligible else obj.failures)[:3])

    @admin.display(description=_("reasons for the employer"))
    def reasons_shown(self, obj: MatchScore) -> str:
        return format_html_join(
            "", "<div>{}</div>", ((text,) for text in reason_texts(obj.reasons))
        )

    @admin.display(description=_("rules not met"))
    def failures_shown(self, obj: MatchScore) -> str:
        return format_html_join(
            "", "<div>{}</div>", ((text,) for text in reason_texts(obj.failures))
        )


@admin.register(MatchRefresh)
class MatchRefreshAdmin(admin.ModelAdmin):
    """Adding a refresh starts it; the list shows its progress (reload to follow it)."""

    list_display = (
        "created_at",
        "status",
        "progress",
        "pairs_scored",
        "model_version",
        "requested_by",
        "started_at",
        "finished_at",
    )
    list_filter = ("status",)
    fields = (
        "status",
        "progress",
        "vacancies_total",
        "vacancies_done",
        "pairs_scored",
        "model_version",
        "requested_by",
        "created_at",
        "started_at",
        "finished_at",
        "error",
    )
    readonly_fields = fields

    @admin.display(description=_("progress"))
    def progress(self, obj: MatchRefresh) -> str:
        return f"{obj.percent}% ({obj.vacancies_done}/{obj.vacancies_total})"

    def has_change_permission(self, request: HttpRequest, obj: MatchRefresh | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: MatchRefresh | None = None) -> bool:
        return False

    def save_model(
        self, request: HttpRequest, obj: MatchRefresh, form: object, change: bool
    ) -> None:
        obj.requested_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)
        enqueue_full_refresh(obj.pk)

    def get_queryset(self, request: HttpRequest) -> QuerySet[MatchRefresh]:
        return super().get_queryset(request).select_related("requested_by")
