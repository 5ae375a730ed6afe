"""Ranked pages: "Jobs for you" for candidates, "Candidates for this vacancy" for employers."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from accounts.models import CandidateProfile
from employers.models import Vacancy
from employers.services import company_for
from employers.views import employer_required
from matching import selectors
from matching.forms import CandidateFilterForm
from matching.reasons import render_reason
from matching.reference_data import load_reference_data
from matching.scoring import unlock_hints

PAGE_SIZE = 20
INELIGIBLE_SHOWN = 10


def jobs_for_you(request: HttpRequest, profile: CandidateProfile) -> HttpResponse:
    """A candidate's home: open vacancies ranked for them, and what would open the others."""
    matches = list(selectors.matches_for_candidate(profile=profile))
    eligible = [m for m in matches if m.eligible]
    # The closest misses first: those the candidate would fit best once the rule is met.
    ineligible = sorted((m for m in matches if not m.eligible), key=lambda m: -m.fit)
    hint = None
    if ineligible:
        candidate = selectors.candidate_data(CandidateProfile.objects.filter(pk=profile.pk))[0]
        vacancies = selectors.vacancy_data(
            selectors.matchable_vacancies().filter(pk__in=[m.vacancy_id for m in ineligible])
        )
        hints = unlock_hints(candidate, vacancies, load_reference_data())
        if hints:
            hint = render_reason(hints[0].reason, (get_language() or "en")[:2])
    page = Paginator(eligible, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "matching/jobs_for_you.html",
        {
            "profile": profile,
            "page_obj": page,
            "eligible_count": len(eligible),
            "ineligible": ineligible[:INELIGIBLE_SHOWN],
            "ineligible_count": len(ineligible),
            "unlock_hint": hint,
        },
    )


@employer_required
def vacancy_candidates(request: HttpRequest, pk: int) -> HttpResponse:
    """Candidates ranked for one of the employer's own vacancies; others' vacancies are 404."""
    company = company_for(request.user)  # type: ignore[arg-type]
    vacancy = get_object_or_404(
        Vacancy.objects.select_related("sector", "prefecture", "min_jlpt_level", "company"),
        pk=pk,
        company=company,
    )
    form = CandidateFilterForm(request.GET or None)
    invalid = form.is_bound and not form.is_valid()
    data = form.cleaned_data if form.is_bound and not invalid else {}
    matches = selectors.matches_for_vacancy(
        vacancy=vacancy,
        prefecture=data["prefecture"].slug if data.get("prefecture") else None,
        jlpt=data["jlpt"].code if data.get("jlpt") else None,
        sector=data["sector"].slug if data.get("sector") else None,
    )
    if invalid:
        # A filter that cannot be understood shows its error and no candidates, never a guess.
        matches = matches.none()
    eligible = matches.filter(eligible=True)
    ineligible = matches.filter(eligible=False).order_by("-fit", "candidate_id")[:PAGE_SIZE]
    page = Paginator(eligible, PAGE_SIZE).get_page(request.GET.get("page"))
    # Candidates already invited or applied get no second "Invite" button.
    from applications.models import Application, Invitation

    contacted = set(
        Invitation.objects.filter(vacancy=vacancy).values_list("candidate_id", flat=True)
    ) | set(Application.objects.filter(vacancy=vacancy).values_list("candidate_id", flat=True))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "matching/vacancy_candidates.html",
        {
            "vacancy": vacancy,
            "form": form,
            "page_obj": page,
            "ineligible": ineligible,
            "contacted": contacted,
            "querystring": query.urlencode(),
        },
        status=400 if invalid else 200,
    )
