"""One error format everywhere, in the request's language; bad input is never a 500."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


def test_malformed_json_is_a_400(client_for, lan):
    response = client_for(lan).generic(
        "PATCH", "/api/v1/me/", '{"language": ', content_type="application/json"
    )

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert body["errors"]["detail"][0].startswith("JSON parse error")


def test_a_body_that_is_not_an_object_is_a_400(client_for, lan):
    response = client_for(lan).post("/api/v1/applications/", [1, 2, 3])

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["non_field_errors"]


def test_a_form_encoded_body_is_refused_as_unsupported(client_for, lan):
    response = client_for(lan).post(
        "/api/v1/applications/", "vacancy=1", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 415
    assert list(response.json()["errors"]) == ["detail"]


def test_an_unknown_address_is_a_json_404(anonymous):
    for path in (
        "/api/v1/nothing-here/",
        "/api/v1/vacancies/abc/",
        "/api/v1/vacancies/-1/",
        "/api/v1/company/vacancies/%0A%C2%8F/",
    ):
        response = anonymous.post(path)

        assert response.status_code == 404
        assert response.json() == {"errors": {"detail": ["Not found."]}, "status": 404}


def test_an_id_too_large_for_the_database_is_a_404(anonymous):
    response = anonymous.get("/api/v1/vacancies/99999999999999999999999/")

    assert response.status_code == 404


def test_a_missing_object_does_not_name_its_model(client_for, lan):
    response = client_for(lan).get("/api/v1/applications/424242/")

    assert response.status_code == 404
    assert response.json() == {"errors": {"detail": ["Not found."]}, "status": 404}


def test_a_wrong_method_is_a_405_in_the_same_format(client_for, lan):
    response = client_for(lan).delete("/api/v1/me/")

    assert response.status_code == 405
    assert response.json()["status"] == 405


def test_an_anonymous_caller_is_told_to_sign_in_in_vietnamese(client_for):
    response = client_for(language="vi").get("/api/v1/me/")

    with translation.override("vi"):
        expected = gettext("Authentication credentials were not provided.")
    assert expected != "Authentication credentials were not provided."
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {"errors": {"detail": [expected]}, "status": 401}


def test_a_required_field_message_speaks_japanese(client_for, tanaka):
    response = client_for(tanaka, language="ja").post("/api/v1/company/vacancies/", {})

    with translation.override("ja"):
        expected = gettext("This field is required.")
    assert expected != "This field is required."
    assert response.json()["errors"]["title"] == [expected]


def test_nested_list_errors_are_named_by_position(client_for, tanaka):
    response = client_for(tanaka).post(
        "/api/v1/company/vacancies/", {"required_skills": ["ok", "x" * 201]}
    )

    assert "required_skills.1" in response.json()["errors"]


def test_writes_are_rate_limited_per_user(client_for, lan, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "write": "2/min",
        },
    }
    client = client_for(lan)
    statuses = [client.patch("/api/v1/me/", {}).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    # Reading is a separate, generous allowance.
    assert client.get("/api/v1/me/").status_code == 200
