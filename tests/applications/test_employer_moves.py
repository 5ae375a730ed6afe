"""Tanaka moves Lan's application along the pipeline, and every move is written down."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from applications import services
from applications.models import Application, StageChange
from applications.stages import Stage
from tests.applications.factories import ApplicationFactory
from tests.applications.helpers import detail_url, field_errors, move, page_text, profile_of

pytestmark = pytest.mark.django_db

PLACE = "Tanaka Foods, Hakata factory, 2-1 Hakata-eki"


def local(moment: datetime.datetime) -> str:
    """A moment as Tanaka's browser sends it from a date-and-time field (Japan time)."""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def next_week() -> str:
    return local(timezone.now() + datetime.timedelta(days=7))


def stages(application: Application) -> list[tuple[str, str]]:
    return list(
        StageChange.objects.filter(application=application).values_list("from_stage", "to_stage")
    )


def test_tanaka_takes_lan_from_applied_to_hired(client, tanaka, lans_application):
    client.force_login(tanaka)

    for to, fields in [
        (Stage.SCREENING, {}),
        (Stage.INTERVIEW, {"interview_at": next_week(), "interview_place": PLACE}),
        (Stage.OFFER, {}),
        (Stage.HIRED, {}),
    ]:
        response = move(client, lans_application, to, **fields)
        assert response.status_code == 302, page_text(response)

    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.HIRED
    assert stages(lans_application) == [
        ("", "applied"),
        ("applied", "screening"),
        ("screening", "interview"),
        ("interview", "offer"),
        ("offer", "hired"),
    ]


def test_a_move_records_who_made_it_when_and_why(client, tanaka, lans_application):
    client.force_login(tanaka)
    before = timezone.now()

    move(client, lans_application, Stage.SCREENING, note="Strong food hygiene experience")

    change = StageChange.objects.filter(application=lans_application).last()
    assert change.actor == tanaka
    assert (change.from_stage, change.to_stage) == (Stage.APPLIED, Stage.SCREENING)
    assert change.note == "Strong food hygiene experience"
    assert before <= change.created_at <= timezone.now()
    lans_application.refresh_from_db()
    assert lans_application.stage_changed_at >= before


def test_the_history_is_shown_on_the_application_page(client, tanaka, lans_application):
    client.force_login(tanaka)
    move(client, lans_application, Stage.SCREENING, note="Strong food hygiene experience")

    page = page_text(client.get(detail_url(lans_application)))

    assert "Applied → Screening — Strong food hygiene experience (tanaka@example.test)" in page


def test_an_interview_keeps_its_time_and_place(client, tanaka, lans_application):
    client.force_login(tanaka)
    when = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=7)

    move(client, lans_application, Stage.INTERVIEW, interview_at=local(when), interview_place=PLACE)

    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.INTERVIEW
    assert lans_application.interview_at == when
    assert lans_application.interview_place == PLACE


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param(
            {"interview_place": PLACE},
            "Interview date and time: Give the interview's date and time.",
            id="no time",
        ),
        pytest.param(
            {
                "interview_at": local(timezone.now() - datetime.timedelta(days=1)),
                "interview_place": PLACE,
            },
            "Interview date and time: The interview cannot be in the past.",
            id="yesterday",
        ),
        pytest.param(
            {"interview_at": "soon", "interview_place": PLACE},
            "Interview date and time: Enter a valid date/time.",
            id="not a date",
        ),
        pytest.param(
            {"interview_at": "NEXT_WEEK", "interview_place": "   "},
            "Interview place or video link: Give the interview's place or video link.",
            id="no place",
        ),
    ],
)
def test_an_interview_without_a_future_time_and_a_place_is_refused(
    client, tanaka, lans_application, fields, expected
):
    fields = {k: next_week() if v == "NEXT_WEEK" else v for k, v in fields.items()}
    client.force_login(tanaka)

    response = move(client, lans_application, Stage.INTERVIEW, **fields)

    assert response.status_code == 400
    assert field_errors(response) == [expected]
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED
    assert lans_application.interview_at is None
    assert stages(lans_application) == [("", "applied")]


def test_a_rejection_without_a_reason_is_refused(client, tanaka, lans_application):
    client.force_login(tanaka)

    response = move(client, lans_application, Stage.REJECTED, rejection_reason=" ")

    assert response.status_code == 400
    assert field_errors(response) == [
        "Reason for rejection: Give a reason: the candidate will see it."
    ]
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED
    assert stages(lans_application) == [("", "applied")]


def test_a_rejection_keeps_its_reason(client, tanaka, lans_application):
    client.force_login(tanaka)

    move(
        client, lans_application, Stage.REJECTED, rejection_reason="We need JLPT N3 for this line."
    )

    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.REJECTED
    assert lans_application.rejection_reason == "We need JLPT N3 for this line."
    assert stages(lans_application)[-1] == ("applied", "rejected")


@pytest.mark.parametrize(
    ("stage", "to", "expected"),
    [
        pytest.param(
            Stage.APPLIED,
            Stage.HIRED,
            "Move to: An application cannot move from “Applied” to “Hired”.",
            id="applied to hired",
        ),
        pytest.param(
            Stage.HIRED,
            Stage.OFFER,
            "Move to: An application cannot move from “Hired” to “Offer”.",
            id="hired to offer",
        ),
        pytest.param(
            Stage.HIRED,
            Stage.SCREENING,
            "Move to: An application cannot move from “Hired” to “Screening”.",
            id="hired to screening",
        ),
        pytest.param(
            Stage.APPLIED,
            Stage.WITHDRAWN,
            "Move to: An application cannot move from “Applied” to “Withdrawn”.",
            id="employer withdraws",
        ),
        pytest.param(
            Stage.APPLIED,
            "lost",
            "Move to: Select a valid choice. lost is not one of the available choices.",
            id="unknown stage",
        ),
    ],
)
def test_a_move_the_pipeline_does_not_allow_is_refused_with_a_clear_message(
    client, tanaka, lan, bento_line, stage, to, expected
):
    application = ApplicationFactory.create(
        candidate=profile_of(lan), vacancy=bento_line, stage=stage
    )
    client.force_login(tanaka)

    response = move(client, application, to, rejection_reason="r")

    assert response.status_code == 400
    assert field_errors(response) == [expected]
    application.refresh_from_db()
    assert application.stage == stage
    assert StageChange.objects.filter(application=application).count() == 1


def test_a_hired_application_offers_no_move(client, tanaka, lan, bento_line):
    application = ApplicationFactory.create(
        candidate=profile_of(lan), vacancy=bento_line, stage=Stage.HIRED
    )
    client.force_login(tanaka)

    response = client.get(detail_url(application))

    assert response.status_code == 200
    assert response.context["transition_form"] is None


def test_tanaka_is_offered_only_the_moves_allowed_from_applied(client, tanaka, lans_application):
    client.force_login(tanaka)

    form = client.get(detail_url(lans_application)).context["transition_form"]

    assert [value for value, _ in form.fields["to"].choices] == [
        "screening",
        "interview",
        "rejected",
    ]


# The same rules hold when the service is called directly (by the API or a task).


def test_the_service_moves_and_writes_history(tanaka, lans_application):
    moved = services.application_transition(
        application=lans_application, to=Stage.SCREENING, by=tanaka, note="  Looks good  "
    )

    assert moved.stage == Stage.SCREENING
    change = StageChange.objects.filter(application=lans_application).last()
    assert (change.actor, change.from_stage, change.to_stage, change.note) == (
        tanaka,
        Stage.APPLIED,
        Stage.SCREENING,
        "Looks good",
    )


def test_the_service_refuses_applied_to_hired(tanaka, lans_application):
    with pytest.raises(ValidationError) as refused:
        services.application_transition(application=lans_application, to=Stage.HIRED, by=tanaka)

    assert refused.value.message_dict == {
        "to": ["An application cannot move from “Applied” to “Hired”."]
    }
    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_the_service_refuses_an_interview_in_the_past(tanaka, lans_application):
    with pytest.raises(ValidationError) as refused:
        services.application_transition(
            application=lans_application,
            to=Stage.INTERVIEW,
            by=tanaka,
            interview_at=timezone.now() - datetime.timedelta(minutes=5),
            interview_place=PLACE,
        )

    assert set(refused.value.message_dict) == {"interview_at"}


def test_lan_cannot_move_her_own_application_to_screening(lan, lans_application):
    with pytest.raises(ValidationError):
        services.application_transition(application=lans_application, to=Stage.SCREENING, by=lan)

    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_tanaka_cannot_withdraw_lans_application(tanaka, lans_application):
    with pytest.raises(ValidationError):
        services.application_transition(application=lans_application, to=Stage.WITHDRAWN, by=tanaka)

    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_sato_cannot_move_an_application_to_tanaka_foods(sato, lans_application):
    with pytest.raises(PermissionDenied):
        services.application_transition(application=lans_application, to=Stage.SCREENING, by=sato)

    assert stages(lans_application) == [("", "applied")]


def test_minh_cannot_withdraw_lans_application_through_the_service(minh, lans_application):
    with pytest.raises(PermissionDenied):
        services.application_transition(application=lans_application, to=Stage.WITHDRAWN, by=minh)


def test_an_interview_can_be_rescheduled(tanaka, lan, bento_line):
    application = ApplicationFactory.create(
        candidate=profile_of(lan), vacancy=bento_line, stage=Stage.INTERVIEW
    )
    later = timezone.now() + datetime.timedelta(days=10)

    services.application_transition(
        application=application,
        to=Stage.INTERVIEW,
        by=tanaka,
        interview_at=later,
        interview_place="Video call: https://meet.example.test/tanaka",
    )

    application.refresh_from_db()
    assert application.interview_at == later
    assert stages(application)[-1] == ("interview", "interview")
