"""The recruiter's view of every pipeline: applications with filters, and the pipeline figures."""

import datetime

import pytest
from django.utils import timezone

from applications.models import Application, StageChange
from applications.stages import Stage
from tests.applications.factories import ApplicationFactory, InvitationFactory
from tests.applications.helpers import page_text, profile_of
from tests.factories import UserFactory, VacancyFactory

pytestmark = pytest.mark.django_db

APPLICATIONS = "/admin/applications/application/"
FIGURES = "/admin/applications/application/figures/"
APPLIED_AT = datetime.datetime(2026, 4, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def desk(client, recruiter):
    client.force_login(recruiter)
    return client


def moved_to_interview(application: Application, days_after_applying: float) -> Application:
    """The application was at the interview stage ``days_after_applying`` after Lan applied."""
    StageChange.objects.filter(application=application).update(created_at=APPLIED_AT)
    StageChange.objects.create(
        application=application, from_stage=Stage.APPLIED, to_stage=Stage.INTERVIEW
    )
    StageChange.objects.filter(application=application, to_stage=Stage.INTERVIEW).update(
        created_at=APPLIED_AT + datetime.timedelta(days=days_after_applying)
    )
    Application.objects.filter(pk=application.pk).update(
        stage=Stage.INTERVIEW, interview_at=timezone.now() + datetime.timedelta(days=1)
    )
    return application


def figures_row(page: str, label: str) -> str:
    start = page.index(label)
    return page[start : page.index("</tr>", start)]


def test_the_recruiter_sees_every_application(desk, lans_application, minh, kyushu_build):
    other = ApplicationFactory.create(
        candidate=profile_of(minh), vacancy=VacancyFactory.create(company=kyushu_build)
    )

    response = desk.get(APPLICATIONS)

    assert response.status_code == 200
    assert set(response.context["cl"].result_list) == {lans_application, other}


def test_the_recruiter_can_filter_applications_by_stage_origin_company_sector_and_prefecture(
    desk, lans_application, minh, kyushu_build
):
    ApplicationFactory.create(
        candidate=profile_of(minh), vacancy=VacancyFactory.create(company=kyushu_build)
    )

    response = desk.get(APPLICATIONS)

    titles = sorted(str(spec.title) for spec in response.context["cl"].filter_specs)
    assert titles == ["company", "origin", "prefecture", "sector", "stage"]


def test_the_stage_filter_keeps_only_that_stage(desk, lans_application, minh, bento_line):
    interviewed = ApplicationFactory.create(
        candidate=profile_of(minh), vacancy=bento_line, stage=Stage.INTERVIEW
    )

    response = desk.get(APPLICATIONS, {"stage__exact": "interview"})

    assert list(response.context["cl"].result_list) == [interviewed]


def test_the_company_filter_keeps_only_tanaka_foods(
    desk, lans_application, minh, kyushu_build, tanaka_foods
):
    ApplicationFactory.create(
        candidate=profile_of(minh), vacancy=VacancyFactory.create(company=kyushu_build)
    )

    response = desk.get(APPLICATIONS, {"vacancy__company__id__exact": tanaka_foods.pk})

    assert list(response.context["cl"].result_list) == [lans_application]


def test_the_recruiter_opens_an_application_with_its_history(desk, lans_application):
    response = desk.get(f"{APPLICATIONS}{lans_application.pk}/change/")

    assert response.status_code == 200
    assert "Stage changes" in page_text(response)


def test_the_recruiter_sees_invitations(desk, lan, bento_line):
    invitation = InvitationFactory.create(candidate=profile_of(lan), vacancy=bento_line)

    response = desk.get("/admin/applications/invitation/")

    assert list(response.context["cl"].result_list) == [invitation]


def test_the_applications_list_links_to_the_pipeline_figures(desk, lans_application):
    assert f'href="{FIGURES}"' in page_text(desk.get(APPLICATIONS))


def test_the_figures_list_tanaka_foods_and_its_vacancy(desk, lans_application):
    response = desk.get(FIGURES)

    assert response.status_code == 200
    assert [(row["label"], row["level"], row["count"]) for row in response.context["rows"]] == [
        ("Tanaka Foods (田中食品株式会社)", 0, 1),
        ("Bento line worker", 1, 1),
    ]


def test_the_figures_show_the_average_time_to_interview(desk, lans_application):
    moved_to_interview(lans_application, days_after_applying=2)

    response = desk.get(FIGURES)

    company = response.context["rows"][0]
    assert company["label"].startswith("Tanaka Foods")
    assert company["to_interview"] == datetime.timedelta(days=2)
    assert company["to_hire"] is None
    assert "2 days, 0:00:00" in figures_row(page_text(response), "Tanaka Foods")


def test_the_average_is_over_the_applications_that_reached_an_interview(
    desk, lans_application, minh, bento_line
):
    moved_to_interview(lans_application, days_after_applying=2)
    minhs = ApplicationFactory.create(candidate=profile_of(minh), vacancy=bento_line)
    moved_to_interview(minhs, days_after_applying=4)
    ApplicationFactory.create(vacancy=bento_line)  # still waiting: not counted

    company = desk.get(FIGURES).context["rows"][0]

    assert company["count"] == 3
    assert company["to_interview"] == datetime.timedelta(days=3)


def test_the_figures_show_a_dash_before_any_interview(desk, lans_application):
    page = page_text(desk.get(FIGURES))

    assert "<td>1</td><td>—</td><td>—</td>" in figures_row(page, "Tanaka Foods")


def test_the_figures_say_so_when_there_is_no_application(desk):
    assert "No applications yet." in page_text(desk.get(FIGURES))


def test_tanaka_cannot_open_the_figures(client, tanaka, lans_application):
    client.force_login(tanaka)

    response = client.get(FIGURES)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_staff_member_without_the_recruiters_permissions_cannot_open_the_figures(
    client, lans_application
):
    intern = UserFactory.create(email="intern@example.test", is_staff=True)
    client.force_login(intern)

    assert client.get(FIGURES).status_code == 403
