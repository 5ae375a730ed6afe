import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/", "/vacancies/", "/accounts/signup/", "/admin/login/", "/privacy/"]
)
def test_front_door_pages_answer(client, url):
    assert client.get(url).status_code == 200


def test_public_list_shows_tanaka_foods_open_vacancy(client, tanaka):
    from tests.factories import VacancyFactory

    VacancyFactory(company=tanaka.company_membership.company, title="Bento line worker")
    assert "Bento line worker" in client.get("/vacancies/").content.decode()
