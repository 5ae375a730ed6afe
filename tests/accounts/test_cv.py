"""Lan's CV: uploaded as a real PDF, kept in private storage, and handed only to the right people."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import CandidateProfile
from tests.accounts.helpers import complete_profile_data, error_texts, make_pdf, multipart_body

pytestmark = pytest.mark.django_db

PROFILE_URL = reverse("accounts:profile")
STORED_NAME = re.compile(r"^cvs/[0-9a-f]{32}\.pdf$")
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def upload(client, content: bytes, name: str = "CV Nguyen Thi Lan.pdf", **data):
    payload = complete_profile_data(**data)
    payload["cv"] = SimpleUploadedFile(name, content, content_type="application/pdf")
    return client.post(PROFILE_URL, payload)


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def lan_with_cv(lan, settings):
    """Lan, who uploaded her CV some time ago."""
    profile = lan.candidate_profile
    profile.cv.save("old.pdf", ContentFile(make_pdf()), save=True)
    return lan


def test_lans_pdf_is_stored_privately_under_a_random_name(client, lan, settings):
    client.force_login(lan)
    pdf = make_pdf()

    response = upload(client, pdf)

    assert response.status_code == 302
    name = CandidateProfile.objects.get(user=lan).cv.name
    assert STORED_NAME.match(name)
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / name
    assert stored.read_bytes() == pdf
    assert not (Path(settings.MEDIA_ROOT) / name).exists()


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(PNG_BYTES, id="png renamed to pdf"),
        pytest.param(b"Nguyen Thi Lan\nForklift, welding\n", id="text renamed to pdf"),
        pytest.param(b"MZ\x90\x00" + b"\x00" * 200, id="windows program renamed to pdf"),
    ],
)
def test_a_file_that_is_not_a_pdf_is_refused(client, lan, settings, content):
    client.force_login(lan)

    response = upload(client, content)

    assert response.status_code == 400
    assert error_texts(response) == ["CV (PDF): The CV must be a PDF file."]
    assert not CandidateProfile.objects.get(user=lan).cv
    assert files_under(Path(settings.PRIVATE_MEDIA_ROOT)) == set()


def test_a_damaged_pdf_is_refused(client, lan, settings):
    client.force_login(lan)

    response = upload(client, b"%PDF-1.7\n" + b"this is not really a pdf body" * 10)

    assert response.status_code == 400
    assert error_texts(response) == [
        "CV (PDF): The CV could not be read as a PDF. Export it again as PDF and retry."
    ]
    assert files_under(Path(settings.PRIVATE_MEDIA_ROOT)) == set()


def test_an_empty_file_is_refused(client, lan):
    client.force_login(lan)

    response = upload(client, b"")

    assert response.status_code == 400
    assert error_texts(response) == ["CV (PDF): The submitted file is empty."]
    assert not CandidateProfile.objects.get(user=lan).cv


def test_a_cv_over_five_megabytes_is_refused(client, lan, settings):
    client.force_login(lan)
    too_big = b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024 + 100_000)

    response = upload(client, too_big)

    assert response.status_code == 400
    assert error_texts(response) == ["CV (PDF): The CV is 5.1 MB; the limit is 5 MB."]
    assert files_under(Path(settings.PRIVATE_MEDIA_ROOT)) == set()


@pytest.mark.parametrize(
    "client_file_name",
    ["../../etc/evil.pdf", "..\\..\\x.pdf", "/etc/cron.d/evil.pdf", "..%2F..%2Fevil.pdf"],
)
def test_a_path_in_the_file_name_never_escapes_private_storage(
    client, lan, settings, tmp_path, client_file_name
):
    client.force_login(lan)
    fields = complete_profile_data()
    body, content_type = multipart_body(fields, "cv", client_file_name, make_pdf())

    response = client.post(PROFILE_URL, body, content_type=content_type)

    assert response.status_code == 302
    name = CandidateProfile.objects.get(user=lan).cv.name
    assert STORED_NAME.match(name)
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    assert files_under(tmp_path) == {private / name}
    assert not (tmp_path.parent / "etc").exists()


def test_a_replaced_cv_is_deleted_once_the_save_commits(
    client, lan_with_cv, settings, django_capture_on_commit_callbacks
):
    client.force_login(lan_with_cv)
    old = Path(settings.PRIVATE_MEDIA_ROOT) / lan_with_cv.candidate_profile.cv.name

    with django_capture_on_commit_callbacks() as callbacks:
        response = upload(client, make_pdf(pages=2))
        # Until the transaction commits the old file stays, so a failed save would lose nothing.
        assert old.exists()
    assert response.status_code == 302
    for callback in callbacks:
        callback()

    new_name = CandidateProfile.objects.get(user=lan_with_cv).cv.name
    assert new_name != lan_with_cv.candidate_profile.cv.name
    assert not old.exists()
    assert files_under(Path(settings.PRIVATE_MEDIA_ROOT)) == {
        Path(settings.PRIVATE_MEDIA_ROOT) / new_name
    }


def test_saving_the_profile_without_a_new_file_keeps_the_cv(
    client, lan_with_cv, settings, django_capture_on_commit_callbacks
):
    client.force_login(lan_with_cv)
    name = lan_with_cv.candidate_profile.cv.name

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PROFILE_URL, complete_profile_data())

    assert response.status_code == 302
    assert CandidateProfile.objects.get(user=lan_with_cv).cv.name == name
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / name).exists()


def test_lan_removes_her_cv(client, lan_with_cv, settings, django_capture_on_commit_callbacks):
    client.force_login(lan_with_cv)
    old = Path(settings.PRIVATE_MEDIA_ROOT) / lan_with_cv.candidate_profile.cv.name

    with django_capture_on_commit_callbacks(execute=True):
        client.post(PROFILE_URL, complete_profile_data(remove_cv="on"))

    assert not CandidateProfile.objects.get(user=lan_with_cv).cv
    assert not old.exists()


def test_a_refused_replacement_keeps_the_old_cv(
    client, lan_with_cv, settings, django_capture_on_commit_callbacks
):
    client.force_login(lan_with_cv)
    name = lan_with_cv.candidate_profile.cv.name

    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, PNG_BYTES)

    assert response.status_code == 400
    assert CandidateProfile.objects.get(user=lan_with_cv).cv.name == name
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / name).exists()


def test_the_profile_page_links_the_cv_through_the_checked_view_only(client, lan_with_cv):
    client.force_login(lan_with_cv)
    profile = lan_with_cv.candidate_profile

    page = client.get(PROFILE_URL).content.decode()

    assert reverse("accounts:cv_download", args=[profile.pk]) in page
    assert "/media/" not in page
    assert Path(profile.cv.name).name not in page


def cv_url(user) -> str:
    return reverse("accounts:cv_download", args=[user.candidate_profile.pk])


def test_an_anonymous_visitor_is_sent_to_sign_in_for_a_cv(client, lan_with_cv):
    response = client.get(cv_url(lan_with_cv))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_minh_cannot_download_lans_cv(client, lan_with_cv, minh):
    client.force_login(minh)

    assert client.get(cv_url(lan_with_cv)).status_code == 404


def test_tanaka_cannot_download_lans_cv(client, lan_with_cv, tanaka):
    client.force_login(tanaka)

    assert client.get(cv_url(lan_with_cv)).status_code == 404


def test_lan_downloads_her_own_cv(client, lan_with_cv):
    client.force_login(lan_with_cv)

    response = client.get(cv_url(lan_with_cv))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    profile = lan_with_cv.candidate_profile
    assert response["Content-Disposition"] == f'attachment; filename="cv-{profile.pk}.pdf"'
    assert "no-store" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    response.close()
    assert body.startswith(b"%PDF-")
    assert body == Path(profile.cv.path).read_bytes()


def test_the_recruiter_downloads_lans_cv(client, lan_with_cv, recruiter):
    client.force_login(recruiter)

    response = client.get(cv_url(lan_with_cv))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    response.close()


def test_asking_for_a_cv_that_was_never_uploaded_is_404(client, lan):
    client.force_login(lan)

    assert client.get(cv_url(lan)).status_code == 404
