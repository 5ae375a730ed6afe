"""Filters for the public vacancy list."""

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from employers.models import Vacancy
from reference.models import JlptLevel, Prefecture, Sector, VisaStatus


class VacancyFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Keyword"), method="filter_keyword")
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        to_field_name="slug",
        empty_label=_("All sectors"),
    )
    prefecture = django_filters.ModelChoiceFilter(
        label=_("Prefecture"),
        queryset=Prefecture.objects.all(),
        to_field_name="slug",
        empty_label=_("All of Kyushu"),
    )
    jlpt = django_filters.ModelChoiceFilter(
        label=_("My Japanese level"),
        queryset=JlptLevel.objects.all(),
        to_field_name="code",
        method="filter_jlpt",
        empty_label=_("Any"),
    )
    visa = django_filters.ModelChoiceFilter(
        label=_("Residence status"),
        queryset=VisaStatus.objects.all(),
        to_field_name="slug",
        field_name="visa_types",
        empty_label=_("Any"),
    )
    min_pay = django_filters.NumberFilter(
        label=_("Monthly pay at least (¥)"),
        field_name="monthly_salary_jpy",
        lookup_expr="gte",
        widget=forms.NumberInput(attrs={"min": 0, "step": 10000}),
    )
    zero_fee = django_filters.BooleanFilter(
        label=_("No fees for the worker"), method="filter_zero_fee", widget=forms.CheckboxInput
    )
    ordering = django_filters.OrderingFilter(
        label=_("Sort by"),
        fields=(("published_at", "published"), ("monthly_salary_jpy", "pay")),
        field_labels={"-published": _("Newest first"), "-pay": _("Highest pay first")},
        choices=[("-published", _("Newest first")), ("-pay", _("Highest pay first"))],
        empty_label=None,
    )

    class Meta:
        model = Vacancy
        fields: list[str] = []

    def filter_keyword(
        self, queryset: QuerySet[Vacancy], name: str, value: str
    ) -> QuerySet[Vacancy]:
        value = value.strip()[:100]
        if not value:
            return queryset
        return queryset.filter(
            Q(title__icontains=value)
            | Q(description__icontains=value)
            | Q(company__name_latin__icontains=value)
            | Q(company__name_ja__icontains=value)
            | Q(city__icontains=value)
        )

    def filter_jlpt(
        self, queryset: QuerySet[Vacancy], name: str, value: JlptLevel
    ) -> QuerySet[Vacancy]:
        # Vacancies someone at this level can apply to: no minimum, or a minimum at or below it.
        return queryset.filter(
            Q(min_jlpt_level__isnull=True) | Q(min_jlpt_level__rank__lte=value.rank)
        )

    def filter_zero_fee(
        self, queryset: QuerySet[Vacancy], name: str, value: bool | None
    ) -> QuerySet[Vacancy]:
        if not value:
            return queryset
        return queryset.filter(
            placement_fee_payer="employer",
            travel_cost_payer="employer",
            visa_cost_payer="employer",
            training_cost_payer="employer",
        )
