"""The scene of the applications stories: Tanaka Foods' open bento line, and Lan applying to it."""

import pytest

from accounts.models import CandidateProfile
from applications import services
from tests.factories import VacancyFactory


@pytest.fixture
def bento_line(tanaka_foods):
    """Tanaka Foods' open vacancy in Fukuoka."""
    return VacancyFactory.create(company=tanaka_foods, title="Bento line worker")


@pytest.fixture
def lans_application(lan, bento_line):
    """Lan applied to the bento line through the site."""
    return services.application_create(
        profile=CandidateProfile.objects.get(user=lan),
        vacancy=bento_line,
        message="I worked three years in a seafood factory in Nghệ An.",
        by=lan,
    )
