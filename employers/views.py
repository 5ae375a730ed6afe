"""Public vacancy pages and the employer's own area."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Role, User
from employers import selectors, services
from employers.filters import VacancyFilter
from employers.forms import CompanyForm, VacancyForm
from employers.models import Company, Vacancy

PAGE_SIZE = 20


def vacancy_list(request: HttpRequest) -> HttpResponse:
    vacancy_filter = VacancyFilter(request.GET or None, queryset=selectors.public_vacancies())
    invalid = vacancy_filter.is_bound and not vacancy_filter.is_valid()
    # A filter that cannot be understood shows its error and no results, never a guess.
    queryset = vacancy_filter.qs.none() if invalid else vacancy_filter.qs
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "employers/vacancy_list.html",
        {
            "filter": vacancy_filter,
            "page_obj": page,
            "vacancies": page.object_list,
            "querystring": query.urlencode(),
        },
        status=400 if invalid else 200,
    )


def vacancy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    vacancy = get_object_or_404(selectors.vacancy_visible_to(user=request.user), pk=pk)  # type: ignore[arg-type]
    company = services.company_for(request.user) if request.user.is_authenticated else None
    application = None
    if isinstance(request.user, User) and request.user.role == Role.CANDIDATE:
        from applications.models import Application

        application = Application.objects.filter(
            vacancy=vacancy, candidate__user=request.user
        ).first()
    return render(
        request,
        "employers/vacancy_detail.html",
        {
            "vacancy": vacancy,
            "is_owner": company is not None and company.pk == vacancy.company_id,
            "application": application,
        },
    )


def employer_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not isinstance(user, User) or user.role != Role.EMPLOYER:
            raise PermissionDenied(_("This page is for employers."))
        return view(request, *args, **kwargs)

    return wrapper


def _company_or_redirect(request: HttpRequest) -> Company | None:
    return services.company_for(request.user)  # type: ignore[arg-type]


@employer_required
def company_register(request: HttpRequest) -> HttpResponse:
    existing = _company_or_redirect(request)
    if existing is not None:
        return redirect("employers:company_edit")
    form = CompanyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.company_register(
            user=request.user,  # type: ignore[arg-type]
            company=form.save(commit=False),
            sectors=form.cleaned_data["sectors"],
        )
        messages.success(
            request,
            _(
                "Your company is registered. A recruiter will verify it; until then your vacancies are not public."
            ),
        )
        return redirect("employers:vacancy_list")
    return render(
        request,
        "employers/company_form.html",
        {"form": form, "registering": True},
        status=400 if form.is_bound else 200,
    )


@employer_required
def company_edit(request: HttpRequest) -> HttpResponse:
    company = _company_or_redirect(request)
    if company is None:
        return redirect("employers:company_register")
    form = CompanyForm(request.POST or None, instance=company)
    if request.method == "POST" and form.is_valid():
        was_verified = company.is_verified
        company = services.company_update(
            company=form.save(commit=False), sectors=form.cleaned_data["sectors"]
        )
        if was_verified and not company.is_verified:
            messages.warning(
                request,
                _(
                    "Company details saved. Because the name or corporate number changed, "
                    "a recruiter will verify the company again; until then your vacancies are not public."
                ),
            )
        else:
            messages.success(request, _("Company details saved."))
        return redirect("employers:vacancy_list")
    return render(
        request,
        "employers/company_form.html",
        {"form": form, "company": company},
        status=400 if form.is_bound else 200,
    )


@employer_required
def employer_vacancy_list(request: HttpRequest) -> HttpResponse:
    company = _company_or_redirect(request)
    if company is None:
        return redirect("employers:company_register")
    return render(
        request,
        "employers/employer_vacancy_list.html",
        {"company": company, "vacancies": selectors.company_vacancies(company=company)},
    )


def _own_vacancy(request: HttpRequest, pk: int) -> Vacancy:
    company = _company_or_redirect(request)
    if company is None:
        raise Http404
    # Another company's vacancy is simply not found: its existence is not confirmed either.
    return get_object_or_404(Vacancy, pk=pk, company=company)


@employer_required
def vacancy_create(request: HttpRequest) -> HttpResponse:
    company = _company_or_redirect(request)
    if company is None:
        return redirect("employers:company_register")
    initial = {"prefecture": company.prefecture_id, "city": company.city}
    form = VacancyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        vacancy = form.save(commit=False)
        vacancy.company = company
        vacancy = services.vacancy_save(
            vacancy=vacancy,
            visa_types=form.cleaned_data["visa_types"],
            by=request.user,  # type: ignore[arg-type]
        )
        messages.success(request, _("Vacancy saved as a draft. Publish it when it is ready."))
        return redirect("vacancy_detail", pk=vacancy.pk)
    return render(
        request,
        "employers/vacancy_form.html",
        {"form": form, "company": company},
        status=400 if form.is_bound else 200,
    )


@employer_required
def vacancy_edit(request: HttpRequest, pk: int) -> HttpResponse:
    vacancy = _own_vacancy(request, pk)
    form = VacancyForm(request.POST or None, instance=vacancy)
    if request.method == "POST" and form.is_valid():
        services.vacancy_save(
            vacancy=form.save(commit=False),
            visa_types=form.cleaned_data["visa_types"],
            by=request.user,  # type: ignore[arg-type]
        )
        messages.success(request, _("Vacancy saved."))
        return redirect("vacancy_detail", pk=vacancy.pk)
    return render(
        request,
        "employers/vacancy_form.html",
        {"form": form, "vacancy": vacancy},
        status=400 if form.is_bound else 200,
    )


@employer_required
@require_POST
def vacancy_publish(request: HttpRequest, pk: int) -> HttpResponse:
    vacancy = _own_vacancy(request, pk)
    try:
        services.vacancy_publish(vacancy=vacancy, by=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("employers:vacancy_edit", pk=vacancy.pk)
    if vacancy.company.is_verified:
        messages.success(request, _("Vacancy published."))
    else:
        messages.warning(
            request,
            _("Vacancy published. It becomes public once a recruiter verifies your company."),
        )
    return redirect("vacancy_detail", pk=vacancy.pk)


@employer_required
@require_POST
def vacancy_close(request: HttpRequest, pk: int) -> HttpResponse:
    vacancy = _own_vacancy(request, pk)
    try:
        services.vacancy_close(vacancy=vacancy, by=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Vacancy closed."))
    return redirect("vacancy_detail", pk=vacancy.pk)
