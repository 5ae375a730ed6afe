"""Lan fills in her candidate profile; every bad answer is refused with a message she can act on."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import CandidateProfile, CurrentLocation
from tests.accounts.helpers import complete_profile_data, error_texts, page_text
from tests.factories import UserFactory, jlpt, visa

pytestmark = pytest.mark.django_db

PROFILE_URL = reverse("accounts:profile")


def years_ago(years: int, days: int = 0) -> str:
    today = timezone.localdate()
    return (today.replace(year=today.year - years) + datetime.timedelta(days=days)).isoformat()


def test_lan_saves_a_complete_profile(client, lan):
    client.force_login(lan)

    response = client.post(PROFILE_URL, complete_profile_data(full_name="Nguyễn Thị Lan Anh"))

    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    profile = CandidateProfile.objects.get(user=lan)
    assert profile.full_name == "Nguyễn Thị Lan Anh"
    assert profile.date_of_birth == datetime.date(1999, 3, 8)
    assert profile.jlpt_level == jlpt("N4")
    assert profile.jft_basic is True
    assert profile.desired_monthly_salary_jpy == 220_000
    assert profile.experience_years == Decimal("3.5")
    assert set(profile.sectors.values_list("slug", flat=True)) == {
        "food_manufacturing",
        "nursing_care",
    }
    assert set(profile.preferred_prefectures.values_list("slug", flat=True)) == {"fukuoka", "saga"}
    assert list(profile.ssw_skill_tests.values_list("slug", flat=True)) == ["food_manufacturing"]


def test_skills_typed_with_mixed_commas_become_a_clean_list(client, lan):
    client.force_login(lan)

    client.post(
        PROFILE_URL, complete_profile_data(skills="forklift, Welding、介護 ;  Forklift,welding ")
    )

    assert CandidateProfile.objects.get(user=lan).skills == ["forklift", "Welding", "介護"]


def test_hoa_creates_her_first_profile(client):
    hoa = UserFactory(email="hoa@example.test")
    client.force_login(hoa)
    assert client.get(PROFILE_URL).status_code == 200

    response = client.post(PROFILE_URL, complete_profile_data(full_name="Phạm Thị Hoa"))

    assert response.status_code == 302
    assert CandidateProfile.objects.get(user__email="hoa@example.test").full_name == "Phạm Thị Hoa"


def test_lan_in_japan_records_her_residence_status_and_a_confidential_transfer(client, lan):
    client.force_login(lan)

    client.post(
        PROFILE_URL,
        complete_profile_data(
            current_location=CurrentLocation.JAPAN,
            residence_status=str(visa("ssw1").pk),
            seeking_transfer="on",
        ),
    )

    profile = CandidateProfile.objects.get(user=lan)
    assert profile.current_location == CurrentLocation.JAPAN
    assert profile.residence_status == visa("ssw1")
    assert profile.seeking_transfer is True


def test_tanaka_the_employer_has_no_candidate_profile_page(client, tanaka):
    client.force_login(tanaka)

    assert client.get(PROFILE_URL).status_code == 403
    assert client.post(PROFILE_URL, complete_profile_data()).status_code == 403
    assert not CandidateProfile.objects.filter(user=tanaka).exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(PROFILE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# (case, what Lan typed, the error line the page must show for that field)
BAD_INPUT = [
    (
        "phone garbage",
        {"phone": "call me maybe"},
        "Phone: Enter a phone number such as +84 912 345 678 or 090-1234-5678.",
    ),
    (
        "phone too short",
        {"phone": "0912"},
        "Phone: Enter a phone number such as +84 912 345 678 or 090-1234-5678.",
    ),
    (
        "under 18",
        {"date_of_birth": years_ago(18, days=1)},
        "Date of birth: You must be at least 18 years old to work in Japan under these statuses.",
    ),
    (
        "born in the future",
        {"date_of_birth": (timezone.localdate() + datetime.timedelta(days=30)).isoformat()},
        "Date of birth: The date of birth cannot be in the future.",
    ),
    (
        "born a century ago",
        {"date_of_birth": "1920-01-01"},
        "Date of birth: Please check the date of birth.",
    ),
    ("no date of birth", {"date_of_birth": ""}, "Date of birth: This field is required."),
    (
        "negative salary",
        {"desired_monthly_salary_jpy": "-1"},
        "Desired monthly salary (JPY): Ensure this value is greater than or equal to 0.",
    ),
    (
        "salary too low to be monthly",
        {"desired_monthly_salary_jpy": "1200"},
        "Desired monthly salary (JPY): Ensure this value is greater than or equal to 50000.",
    ),
    (
        "absurd salary",
        {"desired_monthly_salary_jpy": "90000000"},
        "Desired monthly salary (JPY): Ensure this value is less than or equal to 2000000.",
    ),
    (
        "negative experience",
        {"experience_years": "-2"},
        "Years of experience: Ensure this value is greater than or equal to 0.",
    ),
    (
        "absurd experience",
        {"experience_years": "75"},
        "Years of experience: Ensure this value is less than or equal to 60.",
    ),
    ("no sectors", {"sectors": None}, "Sectors wanted: This field is required."),
    (
        "residence status while in Vietnam",
        {"residence_status": "visa:ssw1"},
        "Current residence status in Japan: A residence status applies only if you are in Japan now.",
    ),
    (
        "in Japan without a residence status",
        {"current_location": CurrentLocation.JAPAN, "residence_status": ""},
        "Current residence status in Japan: Choose your current residence status in Japan.",
    ),
    (
        "seeking a transfer while in Vietnam",
        {"seeking_transfer": "on"},
        "Seeking a transfer to another employer (confidential): A transfer applies only to workers already in Japan.",
    ),
    (
        "too many skills",
        {"skills": ", ".join(f"skill {n}" for n in range(31))},
        "Skills: Enter at most 30 items.",
    ),
    (
        "skill too long",
        {"skills": "forklift, " + "w" * 61},
        "Skills: “wwwwwwwwwwwwwwwwwwww…” is too long: at most 60 characters for one item.",
    ),
    (
        "unknown JLPT level",
        {"jlpt_level": "999999"},
        "JLPT level: Select a valid choice. That choice is not one of the available choices.",
    ),
    (
        "unknown sector",
        {"sectors": ["999999"]},
        "Sectors wanted: Select a valid choice. 999999 is not one of the available choices.",
    ),
    ("no name", {"full_name": ""}, "Full name: This field is required."),
]


def resolve(overrides: dict[str, object]) -> dict[str, object]:
    # Reference rows get their ids only once the test database exists.
    return {
        key: str(visa(value.split(":")[1]).pk)
        if isinstance(value, str) and value.startswith("visa:")
        else value
        for key, value in overrides.items()
    }


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [pytest.param(overrides, expected, id=case) for case, overrides, expected in BAD_INPUT],
)
def test_bad_input_is_refused_with_a_message_naming_the_field(client, lan, overrides, expected):
    client.force_login(lan)
    before = CandidateProfile.objects.get(user=lan)
    data = complete_profile_data(**{"full_name": "Changed Name", **resolve(overrides)})

    response = client.post(PROFILE_URL, data)

    assert response.status_code == 400
    assert error_texts(response) == [expected]
    assert "Please correct the errors below." in page_text(response)
    after = CandidateProfile.objects.get(user=lan)
    assert after.full_name == "Nguyễn Thị Lan"
    assert after.updated_at == before.updated_at
    assert list(after.sectors.values_list("slug", flat=True)) == ["food_manufacturing"]


def test_a_refused_first_profile_saves_nothing(client):
    hoa = UserFactory(email="hoa@example.test")
    client.force_login(hoa)

    response = client.post(PROFILE_URL, complete_profile_data(phone="not a phone"))

    assert response.status_code == 400
    assert not CandidateProfile.objects.filter(user__email="hoa@example.test").exists()


def test_the_form_keeps_what_lan_typed_after_an_error(client, lan):
    client.force_login(lan)

    response = client.post(PROFILE_URL, complete_profile_data(phone="nope", full_name="Lan Anh"))

    assert 'value="Lan Anh"' in response.content.decode()


# The three tests below check translated messages. They hold once locale/vi and locale/ja are
# compiled (make compilemessages); with no catalogues the English text comes back and they fail.
PHONE_MESSAGE_EN = "Enter a phone number such as +84 912 345 678 or 090-1234-5678."


def phone_error(response) -> str:
    [line] = error_texts(response)
    return line


def test_lan_browsing_in_vietnamese_reads_the_phone_message_in_vietnamese(client, lan):
    client.force_login(lan)

    response = client.post(
        PROFILE_URL, complete_profile_data(phone="call me maybe"), HTTP_ACCEPT_LANGUAGE="vi"
    )

    assert response.status_code == 400
    message = phone_error(response)
    assert message.strip(": ")
    assert PHONE_MESSAGE_EN not in message


def test_a_candidate_who_chose_japanese_reads_the_phone_message_in_japanese(client, lan):
    lan.language = "ja"
    lan.save(update_fields=["language"])
    client.force_login(lan)

    response = client.post(
        PROFILE_URL, complete_profile_data(phone="call me maybe"), HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 400
    message = phone_error(response)
    assert message.strip(": ")
    assert PHONE_MESSAGE_EN not in message


def test_the_residence_status_message_is_translated_into_vietnamese(client, lan):
    client.force_login(lan)

    response = client.post(
        PROFILE_URL,
        complete_profile_data(current_location=CurrentLocation.JAPAN),
        HTTP_ACCEPT_LANGUAGE="vi",
    )

    assert response.status_code == 400
    [message] = error_texts(response)
    assert message.strip(": ")
    assert "Choose your current residence status in Japan." not in message
