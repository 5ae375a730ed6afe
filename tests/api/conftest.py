"""Fixtures for the API's stories: clients signed in with a token, and Tanaka's vacancies."""

from collections.abc import Callable

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import User
from employers.models import Vacancy
from tests.api import factories

ClientFor = Callable[..., APIClient]


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in the cache; each story starts with none spent."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client_for(db) -> ClientFor:
    """An API client, signed in with ``user``'s token when given, speaking ``language``."""

    def make(user: User | None = None, language: str | None = None) -> APIClient:
        client = APIClient()
        if user is not None:
            token, _created = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        if language:
            client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
        return client

    return make


@pytest.fixture
def anonymous(client_for: ClientFor) -> APIClient:
    return client_for()


@pytest.fixture
def bento_job(tanaka) -> Vacancy:
    """Tanaka Foods' open vacancy for a bento line worker in Fukuoka."""
    return factories.open_vacancy(tanaka, title="Bento line worker", monthly_salary_jpy=230_000)


@pytest.fixture
def packing_draft(tanaka) -> Vacancy:
    """A vacancy Tanaka has written but not published."""
    return factories.draft_vacancy(tanaka, title="Packing staff (draft)")
