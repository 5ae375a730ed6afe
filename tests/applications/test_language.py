"""Lan reads "My applications" in Vietnamese, the language she chose."""

import re

import pytest
from django.utils import translation

from applications import services
from applications.stages import Stage
from tests.applications.helpers import MY_APPLICATIONS, page_text

pytestmark = pytest.mark.django_db

BADGE_RE = re.compile(r'<span class="badge badge-stage stage-(\w+)">(.*?)</span>')


def vietnamese(label) -> str:
    with translation.override("vi"):
        return str(label)


def english(label) -> str:
    with translation.override("en"):
        return str(label)


@pytest.fixture
def lan_reads_vietnamese(lan):
    lan.language = "vi"
    lan.save(update_fields=["language"])
    # A request leaves its language active in the test's thread; the next story starts in English.
    with translation.override("en"):
        yield lan


def test_lans_page_is_in_vietnamese(client, lan_reads_vietnamese, lans_application):
    client.force_login(lan_reads_vietnamese)

    response = client.get(MY_APPLICATIONS)

    assert response.status_code == 200
    assert response.headers["Content-Language"] == "vi"
    assert '<html lang="vi"' in page_text(response)


def timeline(page: str) -> str:
    start = page.index('<ol class="timeline">')
    return page[start : page.index("</ol>", start)]


@pytest.mark.parametrize("stage", [Stage.APPLIED, Stage.WITHDRAWN], ids=str)
def test_lans_status_and_timeline_name_the_stage_in_vietnamese(
    client, lan_reads_vietnamese, lans_application, stage
):
    if vietnamese(stage.label) == english(stage.label):
        pytest.skip(
            f"locale/vi has no translation of the stage label {english(stage.label)!r} yet; "
            "run makemessages and translate the applications strings to enable this test"
        )
    if stage == Stage.WITHDRAWN:
        services.application_transition(
            application=lans_application, to=Stage.WITHDRAWN, by=lan_reads_vietnamese
        )
    client.force_login(lan_reads_vietnamese)

    page = page_text(client.get(MY_APPLICATIONS))

    assert BADGE_RE.findall(page) == [(stage.value, vietnamese(stage.label))]
    assert vietnamese(stage.label) in timeline(page)
    assert english(stage.label) not in timeline(page)
