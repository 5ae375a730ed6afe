"""Choosing a language: from the browser, from the switcher, and remembered on the account."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

SET_LANGUAGE = reverse("set_language")


def html_lang(response) -> str:
    content = response.content.decode()
    start = content.index('<html lang="') + len('<html lang="')
    return content[start : content.index('"', start)]


def test_a_vietnamese_browser_gets_the_vacancies_in_vietnamese(client):
    response = client.get("/vacancies/", HTTP_ACCEPT_LANGUAGE="vi-VN,vi;q=0.9,en;q=0.5")

    assert response.status_code == 200
    assert html_lang(response) == "vi"


def test_a_japanese_browser_gets_the_vacancies_in_japanese(client):
    assert html_lang(client.get("/vacancies/", HTTP_ACCEPT_LANGUAGE="ja")) == "ja"


def test_an_unsupported_browser_language_falls_back_to_english(client):
    assert html_lang(client.get("/vacancies/", HTTP_ACCEPT_LANGUAGE="fr")) == "en"


def test_the_switcher_sets_the_language_cookie_and_returns_to_the_page(client):
    response = client.post(SET_LANGUAGE, {"language": "ja", "next": "/vacancies/"})

    assert response.status_code == 302
    assert response["Location"] == "/vacancies/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ja"
    assert html_lang(client.get("/vacancies/")) == "ja"


def test_lans_choice_is_saved_on_her_account(client, lan):
    client.force_login(lan)

    client.post(SET_LANGUAGE, {"language": "vi", "next": "/vacancies/"})

    lan.refresh_from_db()
    assert lan.language == "vi"


def test_lan_signing_in_on_another_device_gets_her_chosen_language(client, lan):
    client.force_login(lan)
    client.post(SET_LANGUAGE, {"language": "vi", "next": "/vacancies/"})
    phone = Client()
    phone.force_login(lan)

    response = phone.get("/vacancies/", HTTP_ACCEPT_LANGUAGE="en")

    assert settings.LANGUAGE_COOKIE_NAME not in phone.cookies
    assert html_lang(response) == "vi"
    assert response["Content-Language"] == "vi"


def test_an_unknown_language_is_not_saved(client, lan):
    client.force_login(lan)

    client.post(SET_LANGUAGE, {"language": "xx", "next": "/vacancies/"})

    lan.refresh_from_db()
    assert lan.language == ""


def test_an_anonymous_visitor_switching_language_saves_nothing_but_the_cookie(client, lan):
    response = client.post(SET_LANGUAGE, {"language": "vi", "next": "/"})

    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "vi"
    lan.refresh_from_db()
    assert lan.language == ""


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/phish", "//evil.example/phish", "https:///evil.example/"],
)
def test_the_switcher_does_not_follow_a_link_to_another_site(client, next_url):
    response = client.post(SET_LANGUAGE, {"language": "vi", "next": next_url})

    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert response["Location"].startswith("/")


def test_the_switcher_only_accepts_a_post(client):
    assert client.get(SET_LANGUAGE, {"language": "vi", "next": "/"}).status_code == 405
