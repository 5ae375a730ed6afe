"""The REST API: /api/v1/… endpoints, the OpenAPI schema and Swagger UI."""

from django.urls import include, path, re_path, register_converter
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api.exceptions import not_found
from api.views import applications, auth, invitations, matches, me, reference, vacancies


class ObjectIdConverter:
    """A positive id of at most 18 digits, so every id fits a 64-bit database column.

    Anything else (a longer number, a sign, letters) does not match, and the catch-all below
    answers 404 instead of the database failing on an out-of-range value.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(ObjectIdConverter, "object_id")

app_name = "api"

v1 = [
    path("auth/token/", auth.TokenView.as_view(), name="token"),
    path("me/", me.MeView.as_view(), name="me"),
    path("vacancies/", vacancies.PublicVacancyList.as_view(), name="vacancy-list"),
    path(
        "vacancies/<object_id:pk>/",
        vacancies.PublicVacancyDetail.as_view(),
        name="vacancy-detail",
    ),
    path(
        "company/vacancies/",
        vacancies.CompanyVacancyList.as_view(),
        name="company-vacancy-list",
    ),
    path(
        "company/vacancies/<object_id:pk>/",
        vacancies.CompanyVacancyDetail.as_view(),
        name="company-vacancy-detail",
    ),
    path(
        "company/vacancies/<object_id:pk>/publish/",
        vacancies.CompanyVacancyPublish.as_view(),
        name="company-vacancy-publish",
    ),
    path(
        "company/vacancies/<object_id:pk>/close/",
        vacancies.CompanyVacancyClose.as_view(),
        name="company-vacancy-close",
    ),
    path(
        "company/vacancies/<object_id:pk>/matches/",
        vacancies.CompanyVacancyMatches.as_view(),
        name="company-vacancy-matches",
    ),
    path(
        "company/vacancies/<object_id:pk>/matches/<object_id:candidate>/not-a-fit/",
        vacancies.CompanyVacancyNotAFit.as_view(),
        name="company-vacancy-not-a-fit",
    ),
    path("matches/", matches.CandidateMatchList.as_view(), name="match-list"),
    path(
        "matches/<object_id:pk>/not-interested/",
        matches.CandidateNotInterested.as_view(),
        name="match-not-interested",
    ),
    path("applications/", applications.ApplicationList.as_view(), name="application-list"),
    path(
        "applications/<object_id:pk>/",
        applications.ApplicationDetail.as_view(),
        name="application-detail",
    ),
    path(
        "applications/<object_id:pk>/transition/",
        applications.ApplicationTransition.as_view(),
        name="application-transition",
    ),
    path(
        "applications/<object_id:pk>/history/",
        applications.ApplicationHistory.as_view(),
        name="application-history",
    ),
    path("invitations/", invitations.InvitationList.as_view(), name="invitation-list"),
    path(
        "invitations/<object_id:pk>/accept/",
        invitations.InvitationAccept.as_view(),
        name="invitation-accept",
    ),
    path(
        "invitations/<object_id:pk>/decline/",
        invitations.InvitationDecline.as_view(),
        name="invitation-decline",
    ),
    path("reference/sectors/", reference.SectorList.as_view(), name="sector-list"),
    path("reference/prefectures/", reference.PrefectureList.as_view(), name="prefecture-list"),
    path("reference/visa-types/", reference.VisaTypeList.as_view(), name="visa-type-list"),
    path("reference/jlpt-levels/", reference.JlptLevelList.as_view(), name="jlpt-level-list"),
]

urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    # Unknown addresses under /api/ get the API's JSON 404, not the site's HTML page; [\s\S]
    # rather than "." so that a path with a newline in it is caught too.
    re_path(r"^[\s\S]*$", not_found),
]
