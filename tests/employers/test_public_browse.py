"""Lan browses /vacancies/ and narrows the list down to jobs she can take."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from employers.models import VacancyStatus
from tests.factories import CompanyFactory, VacancyFactory, jlpt, prefecture, sector, visa

pytestmark = pytest.mark.django_db

URL = "/vacancies/"


def titles(response) -> list[str]:
    return [vacancy.title for vacancy in response.context["vacancies"]]


@pytest.fixture
def kyushu_jobs(tanaka_foods, kyushu_build):
    """A small market: Tanaka Foods in Fukuoka, Kyushu Build in Oita, a semiconductor fab."""
    fab = CompanyFactory(name_latin="Kumamoto Silicon", name_ja="熊本シリコン株式会社")
    VacancyFactory(
        company=tanaka_foods,
        title="Bento line worker",
        min_jlpt_level=jlpt("N4"),
        monthly_salary_jpy=210_000,
    )
    VacancyFactory(
        company=tanaka_foods,
        title="Kitchen hand",
        sector=sector("food_service"),
        min_jlpt_level=jlpt("N5"),
        monthly_salary_jpy=200_000,
        travel_cost_payer="worker",
    )
    VacancyFactory(
        company=kyushu_build,
        title="Scaffolding crew",
        description="Erecting scaffolding; welding a plus.",
        sector=sector("construction"),
        prefecture=prefecture("oita"),
        city="Oita",
        min_jlpt_level=None,
        monthly_salary_jpy=260_000,
        visa_types=[visa("ssw1"), visa("ssw2")],
    )
    VacancyFactory(
        company=fab,
        title="Process engineer",
        sector=sector("semiconductor"),
        prefecture=prefecture("kumamoto"),
        city="Kikuyo",
        min_jlpt_level=jlpt("N3"),
        monthly_salary_jpy=320_000,
        visa_types=[visa("engineer")],
        placement_fee_payer="shared",
    )


ALL_OPEN = {"Bento line worker", "Kitchen hand", "Scaffolding crew", "Process engineer"}


def test_anyone_sees_every_open_vacancy_of_verified_companies(client, kyushu_jobs):
    response = client.get(URL)

    assert response.status_code == 200
    assert set(titles(response)) == ALL_OPEN


def test_newest_first_by_default(client, kyushu_jobs):
    assert titles(client.get(URL))[0] == "Process engineer"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"sector": "construction"}, {"Scaffolding crew"}),
        ({"sector": "food_manufacturing"}, {"Bento line worker"}),
        ({"prefecture": "oita"}, {"Scaffolding crew"}),
        ({"prefecture": "fukuoka"}, {"Bento line worker", "Kitchen hand"}),
        ({"visa": "engineer"}, {"Process engineer"}),
        ({"visa": "ssw2"}, {"Scaffolding crew"}),
        ({"min_pay": "250000"}, {"Scaffolding crew", "Process engineer"}),
        ({"min_pay": "210000"}, {"Bento line worker", "Scaffolding crew", "Process engineer"}),
        ({"zero_fee": "on"}, {"Bento line worker", "Scaffolding crew"}),
        ({"q": "welding"}, {"Scaffolding crew"}),
        ({"q": "kitchen"}, {"Kitchen hand"}),
        ({"q": "Kumamoto Silicon"}, {"Process engineer"}),
        ({"q": "田中食品"}, {"Bento line worker", "Kitchen hand"}),
        ({"q": "Kikuyo"}, {"Process engineer"}),
        ({"sector": "food_service", "prefecture": "oita"}, set()),
    ],
    ids=lambda value: (
        "&".join(f"{k}={v}" for k, v in value.items()) if isinstance(value, dict) else None
    ),
)
def test_filters_narrow_the_list(client, kyushu_jobs, query, expected):
    response = client.get(URL, query)

    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_lan_with_n4_sees_jobs_asking_n5_n4_or_nothing_but_not_n3(client, lan, kyushu_jobs):
    client.force_login(lan)

    response = client.get(URL, {"jlpt": lan.candidate_profile.jlpt_level.code})

    assert set(titles(response)) == {"Bento line worker", "Kitchen hand", "Scaffolding crew"}


def test_with_n1_every_job_is_within_reach(client, kyushu_jobs):
    assert set(titles(client.get(URL, {"jlpt": "N1"}))) == ALL_OPEN


def test_ordering_by_pay_puts_the_best_paid_first(client, kyushu_jobs):
    response = client.get(URL, {"ordering": "-pay"})

    assert titles(response) == [
        "Process engineer",
        "Scaffolding crew",
        "Bento line worker",
        "Kitchen hand",
    ]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"sector": "bogus"}, "sector", "Select a valid choice."),
        ({"prefecture": "tokyo"}, "prefecture", "Select a valid choice."),
        ({"jlpt": "N6"}, "jlpt", "Select a valid choice."),
        ({"visa": "tourist"}, "visa", "Select a valid choice."),
        ({"min_pay": "abc"}, "min_pay", "Enter a number."),
        ({"ordering": "title"}, "ordering", "Select a valid choice."),
    ],
)
def test_a_filter_value_that_cannot_be_understood_is_a_400_with_its_error(
    client, kyushu_jobs, query, field, message
):
    response = client.get(URL, query)

    assert response.status_code == 400
    assert any(message in error for error in response.context["filter"].form.errors[field])
    assert message in response.content.decode()
    assert titles(response) == []


def test_a_long_keyword_does_not_break_the_page(client, kyushu_jobs):
    assert client.get(URL, {"q": "溶接" * 500}).status_code == 200


def test_drafts_and_closed_vacancies_are_never_listed(client, tanaka_foods):
    VacancyFactory(
        company=tanaka_foods, title="Draft job", status=VacancyStatus.DRAFT, published_at=None
    )
    VacancyFactory(company=tanaka_foods, title="Closed job", status=VacancyStatus.CLOSED)
    VacancyFactory(company=tanaka_foods, title="Open job")

    assert titles(client.get(URL)) == ["Open job"]
    assert titles(client.get(URL, {"ordering": "-pay", "q": "job"})) == ["Open job"]


def test_drafts_and_closed_vacancies_have_no_public_page(client, tanaka_foods):
    draft = VacancyFactory(company=tanaka_foods, status=VacancyStatus.DRAFT, published_at=None)
    closed = VacancyFactory(company=tanaka_foods, status=VacancyStatus.CLOSED)

    assert client.get(f"/vacancies/{draft.pk}/").status_code == 404
    assert client.get(f"/vacancies/{closed.pk}/").status_code == 404


class TestPagination:
    @pytest.fixture
    def twenty_five(self, tanaka_foods):
        VacancyFactory.create_batch(25, company=tanaka_foods)

    def test_the_first_page_shows_twenty(self, client, twenty_five):
        response = client.get(URL)

        assert len(titles(response)) == 20
        assert response.context["page_obj"].paginator.num_pages == 2
        assert "25 jobs found" in response.content.decode()

    def test_the_second_page_shows_the_other_five(self, client, twenty_five):
        first = set(titles(client.get(URL)))

        second = titles(client.get(URL, {"page": "2"}))

        assert len(second) == 5
        assert first.isdisjoint(second)

    def test_the_next_link_keeps_the_filters(self, client, twenty_five):
        html = client.get(URL, {"sector": "food_manufacturing"}).content.decode()

        assert "?sector=food_manufacturing&amp;page=2" in html

    @pytest.mark.parametrize("page", ["99", "-1", "abc", "0", "last"])
    def test_a_page_number_out_of_range_is_not_an_error(self, client, twenty_five, page):
        response = client.get(URL, {"page": page})

        assert response.status_code == 200
        assert 1 <= len(titles(response)) <= 20


# Two savepoints (each request is atomic), the count, the four filter menus, one page of
# vacancies with their company, sector, prefecture and JLPT level, and their visa types.
LIST_PAGE_QUERIES = 9


def test_the_list_query_count_does_not_grow_with_the_number_of_vacancies(
    client, tanaka_foods, kyushu_build, django_assert_max_num_queries
):
    def make(count):
        for index in range(count):
            VacancyFactory(
                company=tanaka_foods if index % 2 else kyushu_build,
                visa_types=[visa("ssw1"), visa("titp")],
            )

    make(5)
    with CaptureQueriesContext(connection) as with_five:
        assert len(titles(client.get(URL))) == 5
    make(20)
    with django_assert_max_num_queries(len(with_five)):
        assert len(titles(client.get(URL))) == 20

    assert len(with_five) <= LIST_PAGE_QUERIES


def test_each_filter_by_slug_adds_one_lookup_only(
    client, tanaka_foods, django_assert_max_num_queries
):
    VacancyFactory.create_batch(25, company=tanaka_foods)

    # The sector and JLPT level named in the query are looked up once each.
    with django_assert_max_num_queries(LIST_PAGE_QUERIES + 2):
        response = client.get(
            URL, {"sector": "food_manufacturing", "jlpt": "N4", "ordering": "-pay"}
        )

    assert len(titles(response)) == 20
