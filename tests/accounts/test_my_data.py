"""Lan downloads everything held about her, and deletes her account with all of it."""

import json
from pathlib import Path

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db.models import Model
from django.urls import reverse

from accounts import services
from accounts.models import CandidateProfile, Consent, ConsentPurpose, User
from tests.accounts.helpers import make_pdf, page_text

pytestmark = pytest.mark.django_db

MY_DATA = reverse("accounts:my_data")
DELETE = reverse("accounts:delete")


@pytest.fixture
def lan_full(lan):
    """Lan as she is after signing up and uploading her CV."""
    services.consent_record(
        user=lan, purposes=[ConsentPurpose.ACCOUNT, ConsentPurpose.SHARE_WITH_EMPLOYERS]
    )
    lan.candidate_profile.cv.save("cv.pdf", ContentFile(make_pdf()), save=True)
    return lan


def log_change(by: User, obj: Model) -> LogEntry:
    """A line in the admin history, as when the recruiter edits something."""
    return LogEntry.objects.create(
        user=by,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj),
        action_flag=CHANGE,
        change_message="Corrected the phone number.",
    )


def test_the_my_data_page_offers_download_and_deletion(client, lan):
    client.force_login(lan)

    response = client.get(MY_DATA)

    assert response.status_code == 200
    assert f'action="{DELETE}"' in response.content.decode()


def test_an_anonymous_visitor_cannot_download_data(client, lan):
    response = client.post(MY_DATA)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_lan_downloads_her_profile_and_consents_as_json(client, lan_full, minh):
    client.force_login(lan_full)

    response = client.post(MY_DATA)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "lan@example.test"
    assert data["candidate_profile"]["full_name"] == "Nguyễn Thị Lan"
    assert data["candidate_profile"]["sectors"] == ["food_manufacturing"]
    assert data["candidate_profile"]["preferred_prefectures"] == ["fukuoka"]
    assert data["candidate_profile"]["jlpt_level"] == "N4"
    assert data["candidate_profile"]["cv_uploaded"] is True
    assert sorted(c["purpose"] for c in data["consents"]) == [
        "account",
        "share_with_employers",
    ]
    assert {c["notice_version"] for c in data["consents"]} == {"2026-01"}


def test_lans_download_holds_nothing_of_minhs(client, lan_full, minh):
    services.consent_record(user=minh, purposes=[ConsentPurpose.ACCOUNT])
    client.force_login(lan_full)

    body = client.post(MY_DATA).content.decode()

    assert "minh@example.test" not in body
    assert "Trần Văn Minh" not in body
    assert len(json.loads(body)["consents"]) == 2


def test_tanakas_download_holds_his_company_and_no_candidate_profile(client, tanaka):
    client.force_login(tanaka)

    data = json.loads(client.post(MY_DATA).content)

    assert data["account"]["role"] == "employer"
    assert data["company"]["name_latin"] == "Tanaka Foods"
    assert "candidate_profile" not in data


def test_a_wrong_confirmation_email_deletes_nothing(client, lan_full):
    client.force_login(lan_full)

    response = client.post(DELETE, {"confirm_email": "minh@example.test"}, follow=True)

    assert response.redirect_chain == [(MY_DATA, 302)]
    assert "Type your email address exactly to confirm deletion." in page_text(response)
    assert User.objects.filter(pk=lan_full.pk).exists()
    assert CandidateProfile.objects.filter(user=lan_full).exists()
    assert "_auth_user_id" in client.session


def test_deletion_needs_a_post(client, lan):
    client.force_login(lan)

    assert client.get(DELETE, {"confirm_email": lan.email}).status_code == 405
    assert User.objects.filter(pk=lan.pk).exists()


def test_lan_deletes_her_account_and_everything_about_her(
    client, lan_full, minh, recruiter, settings, django_capture_on_commit_callbacks
):
    profile = lan_full.candidate_profile
    cv_file = Path(settings.PRIVATE_MEDIA_ROOT) / profile.cv.name
    log_change(recruiter, profile)
    log_change(recruiter, lan_full)
    minhs_entry = log_change(recruiter, minh.candidate_profile)
    client.force_login(lan_full)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DELETE, {"confirm_email": " LAN@example.test "}, follow=True)

    assert response.redirect_chain == [(reverse("home"), 302)]
    assert "Your account and all its data have been deleted." in page_text(response)
    assert not User.objects.filter(email="lan@example.test").exists()
    assert not CandidateProfile.objects.filter(pk=profile.pk).exists()
    assert not Consent.objects.filter(user_id=lan_full.pk).exists()
    assert not cv_file.exists()
    assert list(LogEntry.objects.all()) == [minhs_entry]
    assert "_auth_user_id" not in client.session


def test_lans_cv_file_is_removed_only_after_the_deletion_commits(
    client, lan_full, settings, django_capture_on_commit_callbacks
):
    cv_file = Path(settings.PRIVATE_MEDIA_ROOT) / lan_full.candidate_profile.cv.name
    client.force_login(lan_full)

    with django_capture_on_commit_callbacks() as callbacks:
        client.post(DELETE, {"confirm_email": "lan@example.test"})
    assert cv_file.exists()
    for callback in callbacks:
        callback()

    assert not cv_file.exists()


def test_deleting_lan_leaves_minh_untouched(
    client, lan_full, minh, django_capture_on_commit_callbacks
):
    client.force_login(lan_full)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(DELETE, {"confirm_email": "lan@example.test"})

    assert CandidateProfile.objects.filter(user=minh).exists()
    assert User.objects.filter(email="minh@example.test").exists()


def test_a_recruiter_cannot_delete_their_own_staff_account(client, recruiter):
    client.force_login(recruiter)

    response = client.post(DELETE, {"confirm_email": recruiter.email}, follow=True)

    assert response.redirect_chain == [(MY_DATA, 302)]
    assert "Staff accounts are removed by an administrator." in page_text(response)
    assert User.objects.filter(pk=recruiter.pk).exists()
