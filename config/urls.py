from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from accounts import views as account_views
from employers import views as employer_views
from matching import views as matching_views

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("privacy/", account_views.privacy_notice, name="privacy"),
    path("dashboard/", account_views.dashboard, name="dashboard"),
    path("vacancies/", employer_views.vacancy_list, name="vacancy_list"),
    path("vacancies/<int:pk>/", employer_views.vacancy_detail, name="vacancy_detail"),
    path("me/", include("accounts.urls")),
    path("employer/", include("employers.urls")),
    path(
        "employer/vacancies/<int:pk>/candidates/",
        matching_views.vacancy_candidates,
        name="vacancy_candidates",
    ),
    path("", include("applications.urls")),
    path("notifications/", include("notifications.urls")),
    path("accounts/", include("allauth.urls")),
    path("i18n/setlang/", account_views.set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
]

admin.site.site_header = _("Kakehashi")
admin.site.site_title = _("Kakehashi admin")
admin.site.index_title = _("Recruiters' desk")
