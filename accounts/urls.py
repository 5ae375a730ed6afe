from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile_edit, name="profile"),
    path("cv/<int:profile_id>/", views.cv_download, name="cv_download"),
    path("data/", views.my_data, name="my_data"),
    path("delete/", views.account_delete, name="delete"),
]
