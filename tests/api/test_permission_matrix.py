"""Who can reach each private object: anonymous, Minh (another candidate), Sato (another
company's employer) and the owner. Strangers get 401, 403 (an endpoint for another role) or 404,
and never a field of the object; the owner gets a 2xx."""

from dataclasses import dataclass
from typing import Any

import pytest

from tests.api import factories

pytestmark = pytest.mark.django_db

# Texts that belong to the objects below; none may appear in an answer to a stranger.
SECRETS = (
    "Bento line worker",
    "Packing staff (draft)",
    "Nguyễn Thị Lan",
    "lan@example.test",
    "+84 987 654 321",
    "Xin chào, tôi muốn làm việc",
    "Come and meet us in Hakata",
    "Ask about the night shift",
    "bento packing",
)


@dataclass(frozen=True)
class Case:
    method: str
    path: str  # with {application}, {vacancy}, {draft}, {invitation}, {candidate}
    body: dict[str, Any] | None
    owner: str  # "lan" or "tanaka"
    # What Minh and Sato get: 404 for a private object, 403 for an endpoint of another role.
    minh: int
    sato: int


CASES = {
    "application detail": Case("get", "/api/v1/applications/{application}/", None, "lan", 404, 404),
    "application history": Case(
        "get", "/api/v1/applications/{application}/history/", None, "lan", 404, 404
    ),
    "application transition (candidate)": Case(
        "post",
        "/api/v1/applications/{application}/transition/",
        {"to": "withdrawn"},
        "lan",
        404,
        404,
    ),
    "application transition (employer)": Case(
        "post",
        "/api/v1/applications/{application}/transition/",
        {"to": "screening"},
        "tanaka",
        404,
        404,
    ),
    "company vacancy detail": Case(
        "get", "/api/v1/company/vacancies/{vacancy}/", None, "tanaka", 403, 404
    ),
    "company vacancy update": Case(
        "patch",
        "/api/v1/company/vacancies/{vacancy}/",
        {"title": "Bento line worker (night)"},
        "tanaka",
        403,
        404,
    ),
    "company vacancy delete": Case(
        "delete", "/api/v1/company/vacancies/{draft}/", None, "tanaka", 403, 404
    ),
    "company vacancy publish": Case(
        "post", "/api/v1/company/vacancies/{draft}/publish/", None, "tanaka", 403, 404
    ),
    "company vacancy close": Case(
        "post", "/api/v1/company/vacancies/{vacancy}/close/", None, "tanaka", 403, 404
    ),
    "company vacancy matches": Case(
        "get", "/api/v1/company/vacancies/{vacancy}/matches/", None, "tanaka", 403, 404
    ),
    "company vacancy not a fit": Case(
        "post",
        "/api/v1/company/vacancies/{vacancy}/matches/{candidate}/not-a-fit/",
        None,
        "tanaka",
        403,
        404,
    ),
    "invitation accept": Case(
        "post", "/api/v1/invitations/{invitation}/accept/", {}, "lan", 404, 404
    ),
    "invitation decline": Case(
        "post", "/api/v1/invitations/{invitation}/decline/", None, "lan", 404, 404
    ),
}


@pytest.fixture
def world(lan, minh, tanaka, sato, bento_job, packing_draft):
    """Lan applied to Tanaka's bento job; Tanaka noted it, and invited her to another job."""
    profile = factories.profile_of(lan)
    profile.phone = "+84 987 654 321"
    profile.skills = ["bento packing"]
    profile.save(update_fields=["phone", "skills"])
    lans = factories.application(lan, bento_job, "Xin chào, tôi muốn làm việc")
    factories.note(tanaka, lans, "Ask about the night shift")
    other = factories.open_vacancy(tanaka, title="Bento line worker (weekends)")
    invited = factories.invitation(tanaka, other, lan, "Come and meet us in Hakata")
    factories.scored(bento_job)
    users = {"lan": lan, "minh": minh, "tanaka": tanaka, "sato": sato}
    ids = {
        "application": lans.pk,
        "vacancy": bento_job.pk,
        "draft": packing_draft.pk,
        "invitation": invited.pk,
        "candidate": profile.pk,
    }
    return users, ids


def call(client, case: Case, ids: dict[str, int]):
    path = case.path.format(**ids)
    if case.body is None:
        return getattr(client, case.method)(path)
    return getattr(client, case.method)(path, case.body)


def assert_reveals_nothing(response) -> None:
    body = response.json()
    assert set(body) == {"errors", "status"}
    assert set(body["errors"]) == {"detail"}
    text = response.content.decode()
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.parametrize("name", CASES)
def test_anonymous_is_asked_to_sign_in(name, world, anonymous):
    _users, ids = world

    response = call(anonymous, CASES[name], ids)

    assert response.status_code == 401
    assert_reveals_nothing(response)


@pytest.mark.parametrize("name", CASES)
def test_minh_another_candidate_finds_nothing(name, world, client_for):
    users, ids = world
    case = CASES[name]

    response = call(client_for(users["minh"]), case, ids)

    assert response.status_code == case.minh
    assert_reveals_nothing(response)


@pytest.mark.parametrize("name", CASES)
def test_sato_another_companys_employer_finds_nothing(name, world, client_for):
    users, ids = world
    case = CASES[name]

    response = call(client_for(users["sato"]), case, ids)

    assert response.status_code == case.sato
    assert_reveals_nothing(response)


@pytest.mark.parametrize("name", CASES)
def test_the_owner_is_served(name, world, client_for):
    users, ids = world
    case = CASES[name]

    response = call(client_for(users[case.owner]), case, ids)

    assert 200 <= response.status_code < 300, response.content


# --- /me/ is always the caller's own: nobody reaches anyone else's --------------------------


def test_anonymous_has_no_me(anonymous):
    for method, body in (("get", None), ("patch", {"language": "vi"})):
        response = getattr(anonymous, method)("/api/v1/me/", body)

        assert response.status_code == 401
        assert_reveals_nothing(response)


@pytest.mark.parametrize("who", ["minh", "sato"])
def test_me_shows_strangers_only_themselves(who, world, client_for):
    users, _ids = world
    client = client_for(users[who])

    read = client.get("/api/v1/me/")
    write = client.patch("/api/v1/me/", {"language": "ja"})

    for response in (read, write):
        assert response.status_code == 200
        assert response.json()["email"] == users[who].email
        for secret in SECRETS:
            assert secret not in response.content.decode()


def test_lan_reads_and_changes_her_own_me(world, client_for):
    users, _ids = world
    client = client_for(users["lan"])

    assert client.get("/api/v1/me/").json()["candidate_profile"]["full_name"] == "Nguyễn Thị Lan"
    assert client.patch("/api/v1/me/", {"language": "vi"}).status_code == 200


# --- Lists are each person's own --------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/applications/", "/api/v1/invitations/"])
@pytest.mark.parametrize("who", ["minh", "sato"])
def test_strangers_lists_are_empty(path, who, world, client_for):
    users, _ids = world

    response = client_for(users[who]).get(path)

    assert response.status_code == 200
    assert response.json()["count"] == 0
    for secret in SECRETS:
        assert secret not in response.content.decode()


@pytest.mark.parametrize(
    ("path", "who"),
    [
        ("/api/v1/company/vacancies/", "minh"),
        ("/api/v1/matches/", "sato"),
    ],
)
def test_a_list_for_another_role_is_forbidden(path, who, world, client_for):
    users, _ids = world

    response = client_for(users[who]).get(path)

    assert response.status_code == 403
    assert_reveals_nothing(response)
