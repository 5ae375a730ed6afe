"""The recruiters' desk: recruiters work on candidates there; candidates never get in."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.models import CandidateProfile, CurrentLocation
from tests.factories import jlpt, visa

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:accounts_candidateprofile_changelist")


def listed_names(response) -> set[str]:
    return {profile.full_name for profile in response.context["cl"].result_list}


def test_an_anonymous_visitor_is_sent_to_the_admin_sign_in(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/"


def test_lan_signed_in_as_a_candidate_gets_the_admin_sign_in_page_not_the_desk(client, lan):
    client.force_login(lan)

    response = client.get("/admin/", follow=True)

    assert response.redirect_chain == [("/admin/login/?next=/admin/", 302)]
    assert [t.name for t in response.templates][0] == "admin/login.html"
    page = response.content.decode()
    assert "You are authenticated as lan@example.test, but are not authorized" in page
    assert "Recruiters’ desk" not in page and "Recruiters&#x27; desk" not in page


def test_lan_cannot_open_the_candidate_list_directly(client, lan):
    client.force_login(lan)

    response = client.get(CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_recruiter_opens_the_desk(client, recruiter):
    client.force_login(recruiter)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert response.context["title"] == "Recruiters' desk"
    assert not recruiter.is_superuser


def test_the_recruiter_searches_candidates_by_name(client, recruiter, lan, minh):
    client.force_login(recruiter)

    response = client.get(CHANGELIST, {"q": "Lan"})

    assert response.status_code == 200
    assert listed_names(response) == {"Nguyễn Thị Lan"}


def test_the_recruiter_searches_candidates_by_email(client, recruiter, lan, minh):
    client.force_login(recruiter)

    response = client.get(CHANGELIST, {"q": "minh@example"})

    assert listed_names(response) == {"Trần Văn Minh"}


def test_the_recruiter_searches_candidates_by_skill(client, recruiter, lan, minh):
    profile = lan.candidate_profile
    profile.skills = ["welding", "forklift"]
    profile.save(update_fields=["skills"])
    client.force_login(recruiter)

    response = client.get(CHANGELIST, {"q": "welding"})

    assert listed_names(response) == {"Nguyễn Thị Lan"}


def test_the_recruiter_filters_candidates_by_jlpt_level(client, recruiter, lan, minh):
    CandidateProfile.objects.filter(user=minh).update(jlpt_level=jlpt("N2"))
    client.force_login(recruiter)

    response = client.get(CHANGELIST, {"jlpt_level__id__exact": jlpt("N2").pk})

    assert response.status_code == 200
    assert listed_names(response) == {"Trần Văn Minh"}


def test_the_recruiter_filters_candidates_already_in_japan(client, recruiter, lan, minh):
    CandidateProfile.objects.filter(user=minh).update(
        current_location=CurrentLocation.JAPAN, residence_status=visa("titp")
    )
    client.force_login(recruiter)

    response = client.get(CHANGELIST, {"current_location__exact": CurrentLocation.JAPAN})

    assert listed_names(response) == {"Trần Văn Minh"}


def test_the_recruiter_filters_candidates_by_preferred_prefecture(client, recruiter, lan, minh):
    fukuoka = lan.candidate_profile.preferred_prefectures.get()
    client.force_login(recruiter)

    response = client.get(CHANGELIST, {"preferred_prefectures__id__exact": fukuoka.pk})

    assert listed_names(response) == {"Nguyễn Thị Lan"}


def test_the_recruiter_opens_lans_profile_in_the_admin(client, recruiter, lan):
    client.force_login(recruiter)

    response = client.get(
        reverse("admin:accounts_candidateprofile_change", args=[lan.candidate_profile.pk])
    )

    assert response.status_code == 200
    assert "Nguyễn Thị Lan" in response.content.decode()


def test_the_recruiter_cannot_open_the_group_admin(client, recruiter):
    client.force_login(recruiter)

    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403
    group = Group.objects.get(name="Recruiters")
    assert client.get(reverse("admin:auth_group_change", args=[group.pk])).status_code == 403


def test_the_recruiter_sees_staff_rights_on_lans_account_as_read_only(client, recruiter, lan):
    client.force_login(recruiter)

    response = client.get(reverse("admin:accounts_user_change", args=[lan.pk]))

    assert response.status_code == 200
    form_fields = response.context["adminform"].form.fields
    assert "first_name" in form_fields
    for field in ("is_staff", "is_superuser", "groups", "user_permissions"):
        assert field not in form_fields
    assert 'name="is_staff"' not in response.content.decode()


def test_the_recruiter_cannot_make_lan_staff_by_posting_the_box(client, recruiter, lan):
    client.force_login(recruiter)

    response = client.post(
        reverse("admin:accounts_user_change", args=[lan.pk]),
        {
            "email": lan.email,
            "first_name": "Lan",
            "last_name": "Nguyen",
            "role": lan.role,
            "language": "vi",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "groups": [Group.objects.get(name="Recruiters").pk],
        },
    )

    assert response.status_code == 302
    lan.refresh_from_db()
    # The rest of the form was saved, so the refusal is not an accident of an invalid post.
    assert lan.first_name == "Lan"
    assert lan.language == "vi"
    assert not lan.is_staff
    assert not lan.is_superuser
    assert not lan.groups.exists()
