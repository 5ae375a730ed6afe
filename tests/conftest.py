"""Shared fixtures: the named people of the tests' stories, and real-service checks."""

import os
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings

from tests.factories import (
    CandidateProfileFactory,
    CompanyFactory,
    EmployerFactory,
    RecruiterFactory,
    UserFactory,
    prefecture,
)


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path):
    """Uploaded files go to a temporary folder per test, never into the project tree."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Every story creates users; a deliberately slow hasher would dominate the run time."""
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        # Users created before a test starts (a module-wide seed) keep the default hash.
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]


@pytest.fixture(autouse=True)
def _english_by_default(settings):
    settings.LANGUAGE_CODE = "en"
    settings.AXES_ENABLED = False


@pytest.fixture
def lan(db):
    """Lan: a candidate from Nghệ An with JLPT N4, wanting food manufacturing work in Fukuoka."""
    profile = CandidateProfileFactory(
        user=UserFactory(email="lan@example.test"), full_name="Nguyễn Thị Lan"
    )
    profile.preferred_prefectures.set([prefecture("fukuoka")])
    return profile.user


@pytest.fixture
def minh(db):
    """Minh: another candidate, who must never see Lan's private data."""
    return CandidateProfileFactory(
        user=UserFactory(email="minh@example.test"), full_name="Trần Văn Minh"
    ).user


@pytest.fixture
def tanaka_foods(db):
    return CompanyFactory(name_ja="田中食品株式会社", name_latin="Tanaka Foods")


@pytest.fixture
def tanaka(tanaka_foods):
    """Tanaka: the employer who runs Tanaka Foods in Fukuoka."""
    return EmployerFactory(email="tanaka@example.test", company=tanaka_foods)


@pytest.fixture
def kyushu_build(db):
    return CompanyFactory(
        name_ja="九州建設株式会社", name_latin="Kyushu Build", prefecture=prefecture("oita")
    )


@pytest.fixture
def sato(kyushu_build):
    """Sato: an employer at another company, who must see nothing of Tanaka's."""
    return EmployerFactory(email="sato@example.test", company=kyushu_build)


@pytest.fixture
def recruiter(db):
    return RecruiterFactory(email="recruiter@example.test")


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def require_service(name: str, url: str, default_port: int, how_to_start: str) -> None:
    """Skip on a newcomer's machine when a real service is absent; fail in CI, never skip."""
    if _reachable(url, default_port):
        return
    message = f"{name} is not reachable at {url}. Start it with: {how_to_start}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    require_service(
        "Redis",
        url,
        6379,
        'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
    )
    return url


@pytest.fixture
def postgres_database(db) -> None:
    """For tests that prove PostgreSQL behaviour: require it in CI, skip on SQLite elsewhere."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        message = (
            "This test needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/kakehashi "
            "and start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
