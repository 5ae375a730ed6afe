from django.contrib import admin

from reference.models import JlptLevel, MinimumWage, Prefecture, Sector, VisaStatus


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_en", "name_ja", "name_vi", "kind", "ssw2_eligible", "sort_order")
    list_filter = ("kind", "ssw2_eligible")
    search_fields = ("slug", "name_en", "name_ja", "name_vi")
    list_editable = ("sort_order",)


class MinimumWageInline(admin.TabularInline):
    model = MinimumWage
    extra = 1
    ordering = ("-effective_from",)


@admin.register(Prefecture)
class PrefectureAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_en", "name_ja", "name_vi", "current_minimum_wage")
    search_fields = ("slug", "name_en", "name_ja", "name_vi")
    inlines = [MinimumWageInline]

    @admin.display(description="Minimum wage in force today (¥/h)")
    def current_minimum_wage(self, obj: Prefecture) -> str:
        wage = obj.minimum_wage_on()
        return f"¥{wage.yen_per_hour:,} (since {wage.effective_from:%Y-%m-%d})" if wage else "—"


@admin.register(MinimumWage)
class MinimumWageAdmin(admin.ModelAdmin):
    list_display = ("prefecture", "yen_per_hour", "effective_from", "source")
    list_filter = ("prefecture",)
    date_hierarchy = "effective_from"
    list_select_related = ("prefecture",)


@admin.register(VisaStatus)
class VisaStatusAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_en", "name_ja", "name_vi", "sort_order")
    search_fields = ("slug", "name_en", "name_ja", "name_vi")


@admin.register(JlptLevel)
class JlptLevelAdmin(admin.ModelAdmin):
    list_display = ("code", "rank")
