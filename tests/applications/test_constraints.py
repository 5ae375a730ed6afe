"""The database itself refuses what the pipeline forbids, whatever code writes to it."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from applications.models import Application, Invitation
from applications.stages import Stage
from tests.applications.factories import ApplicationFactory, InvitationFactory
from tests.applications.helpers import profile_of

pytestmark = pytest.mark.django_db


def test_lan_cannot_have_two_applications_to_one_vacancy(lan, lans_application):
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(
            candidate=profile_of(lan),
            vacancy=lans_application.vacancy,
            stage_changed_at=timezone.now(),
        )

    assert Application.objects.count() == 1


def test_lan_may_apply_to_two_different_vacancies(lan, lans_application, tanaka_foods):
    ApplicationFactory.create(candidate=profile_of(lan))

    assert Application.objects.filter(candidate__user=lan).count() == 2


def test_a_rejection_without_a_reason_cannot_be_stored(lans_application):
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=lans_application.pk).update(
            stage=Stage.REJECTED, rejection_reason=""
        )

    lans_application.refresh_from_db()
    assert lans_application.stage == Stage.APPLIED


def test_a_new_rejected_application_without_a_reason_cannot_be_stored(lan, bento_line):
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(
            candidate=profile_of(lan),
            vacancy=bento_line,
            stage=Stage.REJECTED,
            stage_changed_at=timezone.now(),
        )

    assert not Application.objects.exists()


def test_an_interview_without_a_time_cannot_be_stored(lans_application):
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=lans_application.pk).update(
            stage=Stage.INTERVIEW, interview_at=None
        )


def test_lan_cannot_be_invited_twice_to_one_vacancy(lan, bento_line):
    InvitationFactory.create(candidate=profile_of(lan), vacancy=bento_line)

    with pytest.raises(IntegrityError), transaction.atomic():
        Invitation.objects.create(candidate=profile_of(lan), vacancy=bento_line)

    assert Invitation.objects.count() == 1
