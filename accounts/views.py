"""Candidate-side pages: dashboard, profile, CV, my data, language."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts import services
from accounts.forms import CANDIDATE_M2M_FIELDS, CandidateProfileForm
from accounts.models import CandidateProfile, Role, User
from accounts.permissions import can_download_cv
from employers.services import company_for


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - guaranteed by login_required
    return user


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Send each role to where its work is."""
    user = _user(request)
    if user.is_staff:
        return redirect("admin:index")
    if user.role == Role.EMPLOYER:
        if company_for(user) is None:
            return redirect("employers:company_register")
        return redirect("employers:vacancy_list")
    profile = CandidateProfile.objects.filter(user=user).first()
    if profile is None:
        return redirect("accounts:profile")
    from matching.views import jobs_for_you

    return jobs_for_you(request, profile)


@login_required
def profile_edit(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if user.role != Role.CANDIDATE:
        raise PermissionDenied(_("Only candidates have a candidate profile."))
    profile = CandidateProfile.objects.filter(user=user).first() or CandidateProfile(user=user)
    if request.method == "POST":
        form = CandidateProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            services.candidate_profile_save(
                profile=form.save(commit=False),
                m2m={field: form.cleaned_data[field] for field in CANDIDATE_M2M_FIELDS},
                remove_cv=form.cleaned_data.get("remove_cv", False) and "cv" not in request.FILES,
            )
            messages.success(request, _("Your profile has been saved."))
            return redirect("dashboard")
        messages.error(request, _("Please correct the errors below."))
        status = 400
    else:
        form = CandidateProfileForm(instance=profile)
        status = 200
    return render(
        request, "accounts/profile_form.html", {"form": form, "profile": profile}, status=status
    )


@login_required
def cv_download(request: HttpRequest, profile_id: int) -> HttpResponseBase:
    profile = get_object_or_404(CandidateProfile.objects.select_related("user"), pk=profile_id)
    # 404 rather than 403, so strangers cannot even learn whether someone uploaded a CV.
    if not can_download_cv(user=_user(request), profile=profile) or not profile.cv:
        raise Http404
    handle = profile.cv.open("rb")
    response = FileResponse(
        handle, as_attachment=True, filename=f"cv-{profile.pk}.pdf", content_type="application/pdf"
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        response = HttpResponse(
            services.user_export_data(user=_user(request)),
            content_type="application/json; charset=utf-8",
        )
        response.headers["Content-Disposition"] = 'attachment; filename="kakehashi-my-data.json"'
        response.headers["Cache-Control"] = "private, no-store"
        return response
    return render(request, "accounts/my_data.html")


@login_required
@require_POST
def account_delete(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if request.POST.get("confirm_email", "").strip().lower() != user.email.lower():
        messages.error(request, _("Type your email address exactly to confirm deletion."))
        return redirect("accounts:my_data")
    if user.is_staff:
        messages.error(request, _("Staff accounts are removed by an administrator."))
        return redirect("accounts:my_data")
    logout(request)
    services.user_delete(user=user)
    messages.success(request, _("Your account and all its data have been deleted."))
    return redirect("home")


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, which also remembers the choice on a signed-in account."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and language in dict(_languages()):
        services.user_set_language(user=_user(request), language=language)
    # Django's set_language already refuses an unsafe "next" and falls back to the referer or "/".
    return response


def _languages() -> list[tuple[str, str]]:
    from django.conf import settings

    return list(settings.LANGUAGES)


def privacy_notice(request: HttpRequest) -> HttpResponse:
    from django.utils.translation import get_language

    notice = services.privacy_notice_current()
    language = (get_language() or "en")[:2]
    text = getattr(notice, f"text_{language}", "") or notice.text_en
    return render(request, "privacy.html", {"notice": notice, "text": text})
