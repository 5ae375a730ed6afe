"""Token sign-in: Lan gets a token; wrong, unconfirmed and deactivated accounts are refused."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import PASSWORD, CandidateProfileFactory, UserFactory

TOKEN_URL = "/api/v1/auth/token/"

pytestmark = pytest.mark.django_db


def test_lan_gets_a_token_that_signs_her_in(anonymous, lan):
    response = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": PASSWORD})

    assert response.status_code == 200
    token = response.json()["token"]
    assert token == Token.objects.get(user=lan).key
    me = APIClient().get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token}")
    assert me.status_code == 200
    assert me.json()["email"] == "lan@example.test"


def test_the_email_is_matched_whatever_its_case(anonymous, lan):
    response = anonymous.post(TOKEN_URL, {"email": "Lan@Example.TEST", "password": PASSWORD})

    assert response.status_code == 200


def test_a_second_sign_in_returns_the_same_token(anonymous, lan):
    first = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": PASSWORD})
    second = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": PASSWORD})

    assert first.json()["token"] == second.json()["token"]


def test_a_wrong_password_is_a_400_naming_the_password_field(anonymous, lan):
    response = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": "wrong-2026"})

    assert response.status_code == 400
    assert response.json() == {
        "errors": {
            "password": ["The email address and/or password you specified are not correct."]
        },
        "status": 400,
    }


def test_an_unknown_email_gets_the_same_answer_as_a_wrong_password(anonymous, lan):
    unknown = anonymous.post(TOKEN_URL, {"email": "nobody@example.test", "password": PASSWORD})
    wrong = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": "wrong-2026"})

    assert unknown.status_code == wrong.status_code == 400
    assert unknown.json() == wrong.json()


def test_missing_fields_are_named(anonymous):
    response = anonymous.post(TOKEN_URL, {})

    assert response.status_code == 400
    assert response.json()["errors"] == {
        "email": ["This field is required."],
        "password": ["This field is required."],
    }


def test_an_unconfirmed_email_is_refused_with_a_clear_message(anonymous):
    CandidateProfileFactory(user=UserFactory(email="hoa@example.test", verified=False))

    response = anonymous.post(TOKEN_URL, {"email": "hoa@example.test", "password": PASSWORD})

    assert response.status_code == 400
    assert response.json()["errors"] == {"email": ["Your primary email address must be verified."]}
    assert not Token.objects.filter(user__email="hoa@example.test").exists()


def test_a_deactivated_account_is_refused_with_a_clear_message(anonymous, lan):
    lan.is_active = False
    lan.save(update_fields=["is_active"])

    response = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": PASSWORD})

    assert response.status_code == 400
    assert response.json()["errors"] == {"email": ["This account is currently inactive."]}


def test_a_deactivated_account_with_a_wrong_password_learns_nothing_more(anonymous, lan):
    lan.is_active = False
    lan.save(update_fields=["is_active"])

    response = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": "wrong-2026"})

    assert list(response.json()["errors"]) == ["password"]


def test_the_refusal_speaks_vietnamese_when_asked(client_for, lan):
    response = client_for(language="vi").post(
        TOKEN_URL, {"email": "lan@example.test", "password": "wrong-2026"}
    )

    with translation.override("vi"):
        expected = gettext("The email address and/or password you specified are not correct.")
    assert expected != "The email address and/or password you specified are not correct."
    assert response.json()["errors"]["password"] == [expected]


def test_a_token_stops_working_when_the_account_is_deactivated(client_for, lan):
    client = client_for(lan)
    lan.is_active = False
    lan.save(update_fields=["is_active"])

    response = client.get("/api/v1/me/")

    assert response.status_code == 401


def test_a_made_up_token_is_a_401(anonymous):
    response = anonymous.get("/api/v1/me/", HTTP_AUTHORIZATION="Token not-a-real-token")

    assert response.status_code == 401
    assert response.json() == {"errors": {"detail": ["Invalid token."]}, "status": 401}


def test_the_token_endpoint_is_rate_limited_per_address(anonymous, lan):
    for _attempt in range(10):
        anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": "wrong-2026"})

    response = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": PASSWORD})

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert list(response.json()["errors"]) == ["detail"]
    assert response.json()["status"] == 429


def test_repeated_failures_lock_the_account_out_in_the_api_format(anonymous, lan, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    for _attempt in range(3):
        anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": "wrong-2026"})

    response = anonymous.post(TOKEN_URL, {"email": "lan@example.test", "password": PASSWORD})

    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    [message] = response.json()["errors"]["detail"]
    assert message.startswith("Too many failed login attempts. Try again later.")
    assert int(response["Retry-After"]) == 3600
    assert not Token.objects.filter(user=lan).exists()


def test_a_browser_session_signs_in_too(lan):
    client = APIClient()
    client.force_login(lan)

    assert client.get("/api/v1/me/").json()["email"] == "lan@example.test"


def test_a_session_must_send_its_csrf_token_to_write(lan):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(lan)

    response = client.patch("/api/v1/me/", {"language": "vi"})

    assert response.status_code == 403
    assert response.json()["errors"]["detail"][0].startswith("CSRF Failed")
