"""The scene of the notification stories: Tanaka Foods' bento line, Lan who fits it, Minh who does not."""

import pytest

from config.celery import app as celery_app
from tests.matching.site_helpers import draft_vacancy, has_only_n5, passes_food_skills_test


@pytest.fixture(autouse=True)
def _tasks_run_inline():
    """Stories run Celery tasks in the test's process, even on a machine with REDIS_URL set.

    The real-worker stories switch this off again for themselves.
    """
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def bento_line(tanaka_foods, lan, minh):
    """Tanaka Foods' bento line (SSW (i), food manufacturing, N4), written but not yet published.

    Lan has N4 and passed the food manufacturing skills test: a strong match. Minh has N5 and
    no test: not eligible.
    """
    passes_food_skills_test(lan)
    has_only_n5(minh)
    return draft_vacancy(tanaka_foods, title="Bento line worker")


@pytest.fixture
def lan_reads_vietnamese(lan):
    lan.language = "vi"
    lan.save(update_fields=["language"])
    return lan
