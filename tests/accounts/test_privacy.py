"""The privacy notice in force, in the reader's language."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import PrivacyNotice
from tests.accounts.helpers import page_text

pytestmark = pytest.mark.django_db


def test_the_notice_in_force_is_shown_in_english(client):
    response = client.get("/privacy/")

    assert response.status_code == 200
    page = page_text(response)
    assert "Version 2026-01" in page
    assert "Act on the Protection of Personal Information" in page


def test_a_vietnamese_reader_gets_the_vietnamese_text(client):
    page = page_text(client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="vi"))

    assert "2026-01" in page
    assert "Luật Bảo vệ dữ liệu cá nhân của Việt Nam" in page
    assert "Act on the Protection of Personal Information" not in page


def test_a_japanese_reader_gets_the_japanese_text(client):
    page = page_text(client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="ja"))

    assert "2026-01" in page
    assert "個人情報の保護に関する法律" in page
    assert "Act on the Protection of Personal Information" not in page


def test_lan_who_chose_vietnamese_reads_it_in_vietnamese_on_any_browser(client, lan):
    lan.language = "vi"
    lan.save(update_fields=["language"])
    client.force_login(lan)

    page = page_text(client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="en"))

    assert "Luật Bảo vệ dữ liệu cá nhân của Việt Nam" in page


def test_a_newer_notice_replaces_the_old_one_once_in_force(client):
    today = timezone.localdate()
    PrivacyNotice.objects.create(
        version="2026-07",
        effective_from=today,
        text_en="Revised notice in force today.",
        text_ja="本日から有効な改定版。",
        text_vi="Thông báo sửa đổi có hiệu lực từ hôm nay.",
    )
    PrivacyNotice.objects.create(
        version="2099-01",
        effective_from=today + datetime.timedelta(days=30),
        text_en="A draft for next month.",
        text_ja="来月の草案。",
        text_vi="Bản nháp cho tháng sau.",
    )

    page = page_text(client.get("/privacy/", HTTP_ACCEPT_LANGUAGE="vi"))

    assert "2026-07" in page
    assert "Thông báo sửa đổi có hiệu lực từ hôm nay." in page
    assert "2099-01" not in page and "Bản nháp" not in page
