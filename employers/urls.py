from django.urls import path

from employers import views

app_name = "employers"

urlpatterns = [
    path("company/register/", views.company_register, name="company_register"),
    path("company/", views.company_edit, name="company_edit"),
    path("vacancies/", views.employer_vacancy_list, name="vacancy_list"),
    path("vacancies/new/", views.vacancy_create, name="vacancy_create"),
    path("vacancies/<int:pk>/edit/", views.vacancy_edit, name="vacancy_edit"),
    path("vacancies/<int:pk>/publish/", views.vacancy_publish, name="vacancy_publish"),
    path("vacancies/<int:pk>/close/", views.vacancy_close, name="vacancy_close"),
]
