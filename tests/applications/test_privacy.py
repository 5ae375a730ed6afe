"""What Tanaka learns about Lan, and when; what Sato learns (nothing); what Lan never sees."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from accounts.models import CurrentLocation
from applications import services
from applications.models import EmployerNote
from applications.stages import Stage
from tests.accounts.helpers import make_pdf
from tests.applications.factories import match_score
from tests.applications.helpers import (
    MY_APPLICATIONS,
    board_url,
    detail_url,
    page_text,
    profile_of,
)
from tests.factories import visa

pytestmark = pytest.mark.django_db

LAN_EMAIL = "lan@example.test"
LAN_PHONE = "+84 912 345 678"
LAN_NAME = "Nguyễn Thị Lan"
NOTE = "Ask about night shifts; her Japanese seemed shaky on the phone."


def cv_url(user):
    return reverse("accounts:cv_download", args=[profile_of(user).pk])


@pytest.fixture
def lans_cv(lan):
    """Lan uploaded her CV."""
    profile_of(lan).cv.save("cv.pdf", ContentFile(make_pdf()), save=True)
    return lan


@pytest.fixture
def lan_seeking_transfer(lan):
    """Lan already works in Japan on SSW (i) and has told only Kakehashi she wants to move."""
    profile = profile_of(lan)
    profile.current_location = CurrentLocation.JAPAN
    profile.residence_status = visa("ssw1")
    profile.seeking_transfer = True
    profile.save(update_fields=["current_location", "residence_status", "seeking_transfer"])
    return lan


def write_note(client, application, text=NOTE):
    return client.post(detail_url(application), {"action": "note", "note-text": text})


def test_tanakas_note_is_stored_with_his_company(client, tanaka, tanaka_foods, lans_application):
    client.force_login(tanaka)

    response = write_note(client, lans_application)

    assert response.status_code == 302
    note = EmployerNote.objects.get()
    assert (note.application, note.company, note.author, note.text) == (
        lans_application,
        tanaka_foods,
        tanaka,
        NOTE,
    )


def test_tanaka_reads_his_note_on_the_application_page(client, tanaka, lans_application):
    client.force_login(tanaka)
    write_note(client, lans_application)

    assert NOTE in page_text(client.get(detail_url(lans_application)))


def test_an_empty_note_is_refused(client, tanaka, lans_application):
    client.force_login(tanaka)

    response = write_note(client, lans_application, text="")

    assert response.status_code == 400
    assert not EmployerNote.objects.exists()


def test_lan_never_sees_tanakas_note(client, tanaka, lan, lans_application):
    client.force_login(tanaka)
    write_note(client, lans_application)
    client.force_login(lan)

    page = page_text(client.get(MY_APPLICATIONS))

    assert "Bento line worker" in page
    assert "night shifts" not in page


def test_tanaka_sees_lans_contact_details_once_she_applied(
    client, tanaka, lans_cv, lans_application
):
    client.force_login(tanaka)

    page = page_text(client.get(detail_url(lans_application)))

    assert LAN_NAME in page
    assert LAN_EMAIL in page
    assert LAN_PHONE in page
    assert cv_url(lans_cv) in page


def test_tanakas_candidates_page_hides_who_lan_is_before_she_applies(
    client, tanaka, lan, bento_line
):
    match_score(profile_of(lan), bento_line, 0.8)
    client.force_login(tanaka)

    page = page_text(client.get(reverse("vacancy_candidates", args=[bento_line.pk])))

    assert f"Candidate #{profile_of(lan).pk}" in page
    for secret in (LAN_NAME, LAN_EMAIL, LAN_PHONE, cv_url(lan)):
        assert secret not in page


def test_tanaka_downloads_lans_cv_after_she_applied(client, tanaka, lans_cv, lans_application):
    client.force_login(tanaka)

    response = client.get(cv_url(lans_cv))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_tanaka_cannot_download_lans_cv_before_she_applied(client, tanaka, lans_cv, bento_line):
    client.force_login(tanaka)

    assert client.get(cv_url(lans_cv)).status_code == 404


def test_tanaka_cannot_download_lans_cv_after_she_withdrew(
    client, tanaka, lans_cv, lans_application
):
    services.application_transition(application=lans_application, to=Stage.WITHDRAWN, by=lans_cv)
    client.force_login(tanaka)

    assert client.get(cv_url(lans_cv)).status_code == 404


def test_tanaka_no_longer_sees_lans_contact_details_after_she_withdrew(
    client, tanaka, lans_cv, lans_application
):
    services.application_transition(application=lans_application, to=Stage.WITHDRAWN, by=lans_cv)
    client.force_login(tanaka)

    page = page_text(client.get(detail_url(lans_application)))

    for secret in (LAN_EMAIL, LAN_PHONE, cv_url(lans_cv)):
        assert secret not in page


def test_tanaka_keeps_lans_cv_after_rejecting_her(client, tanaka, lans_cv, lans_application):
    services.application_transition(
        application=lans_application, to=Stage.REJECTED, by=tanaka, rejection_reason="Full."
    )
    client.force_login(tanaka)

    assert client.get(cv_url(lans_cv)).status_code == 200


def test_sato_cannot_open_lans_application(client, sato, lans_application):
    client.force_login(sato)

    assert client.get(detail_url(lans_application)).status_code == 404


def test_sato_cannot_write_a_note_on_lans_application(client, sato, lans_application):
    client.force_login(sato)

    assert write_note(client, lans_application).status_code == 404
    assert not EmployerNote.objects.exists()


def test_sato_cannot_download_lans_cv(client, sato, lans_cv, lans_application):
    client.force_login(sato)

    assert client.get(cv_url(lans_cv)).status_code == 404


def test_minh_cannot_download_lans_cv(client, minh, lans_cv, lans_application):
    client.force_login(minh)

    assert client.get(cv_url(lans_cv)).status_code == 404


def test_lan_cannot_open_the_employers_page_of_her_application(client, lan, lans_application):
    client.force_login(lan)

    assert client.get(detail_url(lans_application)).status_code == 403


@pytest.mark.parametrize("page", ["detail", "board"])
def test_tanaka_never_learns_lan_is_seeking_a_transfer(
    client, tanaka, lan_seeking_transfer, lans_application, page
):
    url = (
        detail_url(lans_application)
        if page == "detail"
        else board_url(bento_line_of(lans_application))
    )
    client.force_login(tanaka)

    text = page_text(client.get(url)).lower()

    assert LAN_NAME.lower() in text
    assert "transfer" not in text
    assert "confidential" not in text


def bento_line_of(application):
    return application.vacancy
