"""Signing up as a candidate or an employer, consenting, and verifying the email address."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache
from django.test import Client

from accounts.models import Consent, ConsentPurpose, Role, User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Bamboo-river-2026"
CONFIRM_LINK = re.compile(r"http://testserver(/accounts/confirm-email/[^\s/]+/)")


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # allauth counts signups per address in the cache; each story starts with a clean count.
    cache.clear()


def signup(client: Client, email: str, role: str = Role.CANDIDATE, **overrides: str):
    data = {
        "email": email,
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "role": role,
        "accept_privacy": "on",
        "share_with_employers": "on",
    }
    data.update(overrides)
    language = data.pop("language", "en")
    return client.post(
        "/accounts/signup/",
        {key: value for key, value in data.items() if value},
        HTTP_ACCEPT_LANGUAGE=language,
    )


def confirm_link(email: str) -> str:
    [message] = [m for m in mail.outbox if m.to == [email]]
    match = CONFIRM_LINK.search(str(message.body))
    assert match, message.body
    return match.group(1)


def test_hoa_signs_up_as_a_candidate_in_vietnamese(client):
    response = signup(client, "hoa@example.test", language="vi")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    hoa = User.objects.get(email="hoa@example.test")
    assert hoa.role == Role.CANDIDATE
    assert hoa.language == "vi"
    assert hoa.check_password(NEW_PASSWORD)
    assert not hoa.is_staff


def test_hoa_consents_to_her_account_and_to_sharing_with_employers(client):
    signup(client, "hoa@example.test")

    consents = Consent.objects.filter(user__email="hoa@example.test")
    assert sorted(consents.values_list("purpose", flat=True)) == [
        ConsentPurpose.ACCOUNT,
        ConsentPurpose.SHARE_WITH_EMPLOYERS,
    ]
    assert {c.notice.version for c in consents} == {"2026-01"}
    assert all(c.withdrawn_at is None for c in consents)


def test_yamada_signs_up_as_an_employer_in_japanese_with_the_account_consent_only(client):
    response = signup(
        client, "yamada@example.test", role=Role.EMPLOYER, share_with_employers="", language="ja"
    )

    assert response.status_code == 302
    yamada = User.objects.get(email="yamada@example.test")
    assert yamada.role == Role.EMPLOYER
    assert yamada.language == "ja"
    assert list(yamada.consents.values_list("purpose", flat=True)) == [ConsentPurpose.ACCOUNT]


def test_a_visitor_cannot_sign_up_as_a_recruiter(client):
    response = signup(client, "mallory@example.test", role=Role.RECRUITER)

    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    assert not User.objects.filter(email="mallory@example.test").exists()


def test_signup_without_the_privacy_consent_is_refused_naming_it(client):
    response = signup(client, "hoa@example.test", accept_privacy="")

    assert response.status_code == 200
    message = "You must accept the privacy notice to create an account."
    assert response.context["form"].errors["accept_privacy"] == [message]
    assert message in response.content.decode()
    assert not User.objects.filter(email="hoa@example.test").exists()
    assert not Consent.objects.exists()
    assert mail.outbox == []


def test_a_candidate_who_will_not_share_with_employers_is_refused(client):
    response = signup(client, "hoa@example.test", share_with_employers="")

    assert response.status_code == 200
    message = "Candidates must agree to share their profile with employers they apply to."
    assert response.context["form"].errors["share_with_employers"] == [message]
    assert message in response.content.decode()
    assert not User.objects.filter(email="hoa@example.test").exists()


def test_signup_sends_hoa_a_confirmation_link(client):
    signup(client, "hoa@example.test")

    [message] = mail.outbox
    assert message.to == ["hoa@example.test"]
    assert "Confirm" in message.subject
    assert confirm_link("hoa@example.test").startswith("/accounts/confirm-email/")
    assert not EmailAddress.objects.get(email="hoa@example.test").verified


def test_hoa_cannot_sign_in_before_confirming_her_email(client):
    signup(client, "hoa@example.test")
    other_device = Client()

    response = other_device.post(
        "/accounts/login/", {"login": "hoa@example.test", "password": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in other_device.session
    assert other_device.get("/dashboard/")["Location"].startswith("/accounts/login/")


def test_opening_the_confirmation_link_does_not_confirm_by_itself(client):
    signup(client, "hoa@example.test")

    response = client.get(confirm_link("hoa@example.test"))

    assert response.status_code == 200
    assert not EmailAddress.objects.get(email="hoa@example.test").verified
    assert "_auth_user_id" not in client.session


def test_confirming_the_email_verifies_hoa_and_signs_her_in(client):
    signup(client, "hoa@example.test")

    response = client.post(confirm_link("hoa@example.test"))

    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert EmailAddress.objects.get(email="hoa@example.test").verified
    hoa = User.objects.get(email="hoa@example.test")
    assert client.session["_auth_user_id"] == str(hoa.pk)
    # With no profile yet, her first stop is the profile form.
    assert client.get("/dashboard/")["Location"] == "/me/profile/"


def test_a_confirmed_candidate_signs_in_with_her_password(client):
    signup(client, "hoa@example.test")
    client.post(confirm_link("hoa@example.test"))
    other_device = Client()

    response = other_device.post(
        "/accounts/login/", {"login": "hoa@example.test", "password": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert "_auth_user_id" in other_device.session


def test_signing_up_again_with_tanakas_email_creates_no_second_account(client, tanaka):
    response = signup(client, "Tanaka@Example.test", role=Role.CANDIDATE)

    # allauth does not reveal that the address is taken: the page looks the same, and the
    # owner of the address receives a warning instead of a confirmation link.
    assert response.status_code == 302
    assert User.objects.filter(email__iexact="tanaka@example.test").count() == 1
    tanaka.refresh_from_db()
    assert tanaka.role == Role.EMPLOYER
    assert tanaka.check_password(PASSWORD)
    assert not tanaka.consents.exists()
    [message] = mail.outbox
    assert message.to == ["tanaka@example.test"]
    assert "already exists" in message.body
    assert not CONFIRM_LINK.search(str(message.body))


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("password", "This password is too common."),
        ("k7x", "This password is too short. It must contain at least 8 characters."),
        ("83920174", "This password is entirely numeric."),
    ],
)
def test_a_weak_password_is_refused(client, password, message):
    response = signup(client, "hoa@example.test", password1=password, password2=password)

    assert response.status_code == 200
    assert message in response.context["form"].errors["password1"]
    assert not User.objects.filter(email="hoa@example.test").exists()
    assert mail.outbox == []


def test_an_employer_who_ticks_the_candidates_box_records_only_the_account_consent(client):
    signup(client, "kimura@example.test", role=Role.EMPLOYER, share_with_employers="on")
    user = User.objects.get(email="kimura@example.test")
    assert set(user.consents.values_list("purpose", flat=True)) == {ConsentPurpose.ACCOUNT}
