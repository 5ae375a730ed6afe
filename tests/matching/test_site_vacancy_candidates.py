"""Tanaka's "Candidates for this vacancy": ranked, filterable, and pseudonymous."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import CurrentLocation
from matching.models import MatchScore
from matching.tasks import refresh_vacancy_matches
from tests.factories import jlpt, prefecture, sector, visa
from tests.matching.site_helpers import (
    candidate_user,
    has_only_n5,
    more_candidates,
    open_vacancy,
    page_text,
    passes_food_skills_test,
    profile_of,
    score,
    section,
    texts,
)

pytestmark = pytest.mark.django_db

NOT_ELIGIBLE = "Not eligible"


def candidates_url(vacancy):
    return reverse("vacancy_candidates", args=[vacancy.pk])


def label(user):
    return f"Candidate #{profile_of(user).pk}"


@pytest.fixture
def hoa(db):
    """Hoa: JLPT N3 and the food skills test, wants to work in Saga."""
    user = candidate_user("hoa@example.test", "Lê Thị Hoa")
    profile = passes_food_skills_test(user)
    profile.jlpt_level = jlpt("N3")
    profile.save(update_fields=["jlpt_level"])
    profile.preferred_prefectures.set([prefecture("saga")])
    return user


@pytest.fixture
def binh(db):
    """Bình: N4 and the food skills test, but wants nursing care work, anywhere in Kyushu."""
    user = candidate_user("binh@example.test", "Phạm Văn Bình")
    passes_food_skills_test(user).sectors.set([sector("nursing_care")])
    return user


@pytest.fixture
def bento_line(tanaka_foods, lan, minh, hoa, binh):
    """Tanaka's open bento line in Fukuoka, scored for Lan, Hoa, Bình (eligible) and Minh (not).

    Lan already works in Japan on SSW (i) and wants to change employer; she has told nobody but
    Kakehashi.
    """
    profile = passes_food_skills_test(lan)
    profile.current_location = CurrentLocation.JAPAN
    profile.residence_status = visa("ssw1")
    profile.seeking_transfer = True
    profile.save(update_fields=["current_location", "residence_status", "seeking_transfer"])
    has_only_n5(minh)
    vacancy = open_vacancy(tanaka_foods, title="Bento line worker")
    refresh_vacancy_matches.delay(vacancy.pk)
    return vacancy


def shown(response):
    """The candidates in the eligible list, in the order shown."""
    return [match.candidate.user for match in response.context["page_obj"]]


def test_tanaka_sees_the_eligible_candidates_best_first(client, tanaka, bento_line, lan, hoa, binh):
    client.force_login(tanaka)

    response = client.get(candidates_url(bento_line))

    assert response.status_code == 200
    expected = sorted((lan, hoa, binh), key=lambda user: -score(user, bento_line).score)
    assert shown(response) == expected
    eligible = section(page_text(response), "3 eligible candidates", NOT_ELIGIBLE)
    positions = [eligible.index(label(user)) for user in expected]
    assert positions == sorted(positions)


def test_tanaka_sees_why_a_candidate_fits(client, tanaka, bento_line, lan):
    client.force_login(tanaka)

    page = page_text(client.get(candidates_url(bento_line)))

    for text in texts(score(lan, bento_line).reasons, "en"):
        assert text in page


def test_tanaka_sees_the_ineligible_candidates_apart_with_what_they_lack(
    client, tanaka, bento_line, minh
):
    client.force_login(tanaka)

    page = page_text(client.get(candidates_url(bento_line)))

    eligible = section(page, "3 eligible candidates", NOT_ELIGIBLE)
    ineligible = section(page, NOT_ELIGIBLE)
    assert label(minh) not in eligible
    assert label(minh) in ineligible
    for text in texts(score(minh, bento_line).failures, "en"):
        assert text in ineligible
    assert "SSW (i) needs the skills test in Food and beverage manufacturing" in ineligible


def test_tanaka_filters_by_the_prefecture_candidates_want(client, tanaka, bento_line, hoa, binh):
    client.force_login(tanaka)

    response = client.get(candidates_url(bento_line), {"prefecture": "saga"})

    # Bình wants anywhere in Kyushu, so Saga suits him too; Lan wants Fukuoka only.
    assert set(shown(response)) == {hoa, binh}


def test_tanaka_filters_by_japanese_level(client, tanaka, bento_line, hoa):
    client.force_login(tanaka)

    response = client.get(candidates_url(bento_line), {"jlpt": "N3"})

    assert shown(response) == [hoa]


def test_tanaka_filters_by_the_field_candidates_want(client, tanaka, bento_line, binh):
    client.force_login(tanaka)

    response = client.get(candidates_url(bento_line), {"sector": "nursing_care"})

    assert shown(response) == [binh]


def test_lan_wanting_two_prefectures_and_two_fields_is_listed_once(client, tanaka, bento_line, lan):
    profile = profile_of(lan)
    profile.preferred_prefectures.set([prefecture("fukuoka"), prefecture("saga")])
    profile.sectors.set([sector("food_manufacturing"), sector("food_service")])
    client.force_login(tanaka)

    response = client.get(
        candidates_url(bento_line), {"prefecture": "fukuoka", "sector": "food_manufacturing"}
    )

    assert shown(response).count(lan) == 1
    assert response.context["page_obj"].paginator.count == len(shown(response))


def test_a_filter_that_cannot_be_understood_is_refused_with_a_message(client, tanaka, bento_line):
    client.force_login(tanaka)

    response = client.get(candidates_url(bento_line), {"jlpt": "N9"})

    assert response.status_code == 400
    assert "Select a valid choice. That choice is not one of the available choices." in (
        page_text(response)
    )
    assert shown(response) == []
    assert "Candidate #" not in page_text(response)


@pytest.mark.parametrize(
    "query",
    [{"prefecture": "hokkaido"}, {"sector": "x" * 300}, {"page": "last"}, {"page": "-1"}],
)
def test_odd_filter_values_never_break_the_page(client, tanaka, bento_line, query):
    client.force_login(tanaka)

    response = client.get(candidates_url(bento_line), query)

    assert response.status_code in (200, 400)


def test_the_page_keeps_lans_identity_and_transfer_wish_from_tanaka(
    client, tanaka, bento_line, lan
):
    client.force_login(tanaka)

    page = page_text(client.get(candidates_url(bento_line))).lower()

    assert label(lan).lower() in page
    for private in ("Nguyễn Thị Lan", "lan@example.test", "+84 912 345 678", "912 345 678"):
        assert private.lower() not in page
    assert "transfer" not in page
    assert "seeking" not in page
    for name in ("Trần Văn Minh", "Lê Thị Hoa", "Phạm Văn Bình"):
        assert name.lower() not in page


def test_sato_cannot_see_the_candidates_for_tanakas_vacancy(client, sato, bento_line):
    client.force_login(sato)

    assert client.get(candidates_url(bento_line)).status_code == 404


def test_lan_as_a_candidate_cannot_open_the_employers_page(client, lan, bento_line):
    client.force_login(lan)

    assert client.get(candidates_url(bento_line)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_sign_in(client, bento_line):
    response = client.get(candidates_url(bento_line))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- Query count ------------------------------------------------------------------------------
def tanaka_page_queries(client, tanaka, vacancy):
    client.force_login(tanaka)
    client.get(candidates_url(vacancy))  # The session and the translation catalogue are warm.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(candidates_url(vacancy), {"prefecture": "fukuoka"})
    assert response.status_code == 200
    return len(queries)


def applicants(count, vacancy):
    """``count`` more candidates, most eligible, every fifth with N5 only; then a refresh."""
    for number, profile in enumerate(more_candidates(count)):
        profile.preferred_prefectures.set([prefecture("fukuoka"), prefecture("saga")])
        if number % 5 == 4:
            has_only_n5(profile.user)
    refresh_vacancy_matches.delay(vacancy.pk)


@pytest.mark.parametrize("candidates", [5, 25])
def test_tanakas_page_costs_a_fixed_number_of_queries(
    client, tanaka, tanaka_foods, candidates, django_assert_max_num_queries
):
    vacancy = open_vacancy(tanaka_foods)
    applicants(candidates, vacancy)
    client.force_login(tanaka)
    client.get(candidates_url(vacancy))

    with django_assert_max_num_queries(20):
        response = client.get(candidates_url(vacancy))

    assert response.status_code == 200


def test_tanakas_page_costs_the_same_with_5_or_25_candidates(client, tanaka, tanaka_foods):
    vacancy = open_vacancy(tanaka_foods)
    applicants(5, vacancy)
    few = tanaka_page_queries(client, tanaka, vacancy)

    applicants(20, vacancy)
    many = tanaka_page_queries(client, tanaka, vacancy)

    assert MatchScore.objects.filter(vacancy=vacancy).count() == 25
    assert many == few
