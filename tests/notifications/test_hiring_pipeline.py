"""The hiring pipeline speaks up: Lan applies, Tanaka invites and moves her, a company registers."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services as application_services
from applications.stages import Stage
from employers import services as employer_services
from notifications.kinds import Kind
from notifications.models import Notification
from tests.applications.helpers import apply_url, move, profile_of
from tests.factories import CompanyFactory, UserFactory, sector
from tests.matching.site_helpers import open_vacancy
from tests.notifications.helpers import emails_to, html_part, inbox_kinds, unsubscribe_path

pytestmark = pytest.mark.django_db

PLACE = "Tanaka Foods, Hakata factory"


@pytest.fixture
def onigiri_line(tanaka_foods):
    return open_vacancy(tanaka_foods, title="Onigiri line worker")


@pytest.fixture
def lans_application(lan, onigiri_line, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return application_services.application_create(
            profile=profile_of(lan), vacancy=onigiri_line, message="", by=lan
        )


@pytest.fixture
def lan_moved_to_interview(
    client, tanaka, lan_reads_vietnamese, lans_application, django_capture_on_commit_callbacks
):
    """Tanaka invites Lan, who reads Vietnamese, to an interview next week."""
    client.force_login(tanaka)
    next_week = timezone.localtime(timezone.now() + datetime.timedelta(days=7))
    with django_capture_on_commit_callbacks(execute=True):
        response = move(
            client,
            lans_application,
            Stage.INTERVIEW,
            interview_at=next_week.strftime("%Y-%m-%dT%H:%M"),
            interview_place=PLACE,
        )
    assert response.status_code == 302
    client.logout()
    [email] = [e for e in emails_to(lan_reads_vietnamese) if "Onigiri" in e.subject]
    return email


def test_tanaka_hears_when_lan_applies(
    client, lan, tanaka, sato, onigiri_line, django_capture_on_commit_callbacks
):
    client.force_login(lan)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(onigiri_line), {"message": "I packed fish for 3 years."})

    assert response.status_code == 302
    [notification] = Notification.objects.filter(recipient=tanaka)
    assert notification.kind == Kind.NEW_APPLICATION
    assert notification.payload["candidate"] == "Nguyễn Thị Lan"
    assert [e.subject for e in emails_to(tanaka)] == [
        "[Kakehashi] New application for Onigiri line worker"
    ]
    assert inbox_kinds(sato) == []
    assert inbox_kinds(lan) == []


def test_lan_finds_the_interview_in_her_inbox(lan, lan_moved_to_interview):
    [notification] = Notification.objects.filter(recipient=lan)

    assert notification.kind == Kind.STAGE_CHANGE
    assert notification.payload["stage_code"] == Stage.INTERVIEW


def test_lan_reads_the_stage_in_vietnamese_though_tanaka_works_in_japanese(
    client, tanaka, lan_reads_vietnamese, lans_application, django_capture_on_commit_callbacks
):
    tanaka.language = "ja"
    tanaka.save(update_fields=["language"])
    client.force_login(tanaka)
    next_week = timezone.localtime(timezone.now() + datetime.timedelta(days=7))
    with django_capture_on_commit_callbacks(execute=True):
        move(
            client,
            lans_application,
            Stage.INTERVIEW,
            interview_at=next_week.strftime("%Y-%m-%dT%H:%M"),
            interview_place=PLACE,
        )
    client.force_login(lan_reads_vietnamese)

    page = client.get(reverse("notifications:inbox")).content.decode()
    [email] = [e for e in emails_to(lan_reads_vietnamese) if "Onigiri" in e.subject]

    assert "Phỏng vấn" in page and "面接" not in page
    assert "Phỏng vấn" in email.subject and "面接" not in email.subject


def test_lan_reads_the_interview_email_in_vietnamese(lan_moved_to_interview):
    email = lan_moved_to_interview

    assert email.subject == "[Kakehashi] Đơn ứng tuyển Onigiri line worker của bạn: Phỏng vấn"
    assert "đã chuyển sang giai đoạn: Phỏng vấn" in email.body
    assert "Your application" not in email.body
    assert "Phỏng vấn" in html_part(email)


def test_the_interview_email_has_a_text_and_an_html_part(lan_moved_to_interview):
    email = lan_moved_to_interview

    assert email.content_subtype == "plain"
    assert [mimetype for _content, mimetype in email.alternatives] == ["text/html"]
    assert html_part(email).startswith("<!doctype html>")


def test_the_unsubscribe_link_of_the_email_works_without_signing_in(
    client, lan, lan_moved_to_interview
):
    email = lan_moved_to_interview
    path = unsubscribe_path(email)

    assert email.extra_headers["List-Unsubscribe"].endswith(f"{path}>")
    assert path in html_part(email)
    response = client.get(path)
    assert response.status_code == 200
    assert lan.email in response.content.decode()


def test_lan_hears_of_tanakas_invitation(
    lan, tanaka, onigiri_line, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application_services.invitation_create(
            vacancy=onigiri_line, profile=profile_of(lan), message="Come and see us.", by=tanaka
        )

    assert inbox_kinds(lan) == [Kind.INVITATION]
    [email] = emails_to(lan)
    assert email.subject == "[Kakehashi] Tanaka Foods invites you to apply: Onigiri line worker"


def test_the_recruiter_hears_that_a_new_company_awaits_verification(
    recruiter, tanaka, django_capture_on_commit_callbacks
):
    yamamoto = UserFactory.create(role="employer", email="yamamoto@example.test")
    company = CompanyFactory.build(name_latin="Yamamoto Seafoods", verified_at=None)

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.company_register(
            user=yamamoto, company=company, sectors=[sector("fishery")]
        )

    [notification] = Notification.objects.filter(recipient=recruiter)
    assert notification.kind == Kind.COMPANY_PENDING
    assert notification.url == reverse("admin:employers_company_change", args=[company.pk])
    assert [e.subject for e in emails_to(recruiter)] == [
        "[Kakehashi] A company awaits verification: " + str(company)
    ]
    assert inbox_kinds(tanaka) == []
    assert inbox_kinds(yamamoto) == []
