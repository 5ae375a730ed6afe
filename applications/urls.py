from django.urls import path

from applications import views

app_name = "applications"

urlpatterns = [
    path("me/applications/", views.my_applications, name="mine"),
    path("me/applications/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path(
        "me/invitations/<int:pk>/accept/",
        views.invitation_answer,
        {"answer": "accept"},
        name="invitation_accept",
    ),
    path(
        "me/invitations/<int:pk>/decline/",
        views.invitation_answer,
        {"answer": "decline"},
        name="invitation_decline",
    ),
    path("vacancies/<int:pk>/apply/", views.apply, name="apply"),
    path("employer/vacancies/<int:pk>/applications/", views.board, name="board"),
    path("employer/vacancies/<int:pk>/invite/<int:profile_id>/", views.invite, name="invite"),
    path("employer/applications/<int:pk>/", views.application_detail, name="detail"),
    path(
        "employer/vacancies/<int:pk>/not-a-fit/<int:profile_id>/",
        views.not_a_fit,
        name="not_a_fit",
    ),
    path("vacancies/<int:pk>/not-interested/", views.not_interested, name="not_interested"),
]
