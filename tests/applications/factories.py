"""factory_boy factories for applications and invitations, and stored match scores for boards."""

import datetime

import factory
from django.utils import timezone

from accounts.models import CandidateProfile
from applications.models import Application, Invitation, InvitationStatus, Origin, StageChange
from applications.stages import Stage
from employers.models import Vacancy
from matching.models import MatchScore
from tests.factories import CandidateProfileFactory, VacancyFactory


class ApplicationFactory(factory.django.DjangoModelFactory[Application]):
    """An application already at ``stage``, with the first row of its history (from "" to applied).

    Stories that test moving an application use the services; this factory sets the scene.
    """

    class Meta:
        model = Application
        skip_postgeneration_save = True

    candidate = factory.SubFactory(CandidateProfileFactory)
    vacancy = factory.SubFactory(VacancyFactory)
    stage = Stage.APPLIED
    origin = Origin.APPLIED
    message = ""
    stage_changed_at = factory.LazyFunction(timezone.now)
    interview_at = factory.Maybe(
        factory.LazyAttribute(lambda o: o.stage == Stage.INTERVIEW),
        yes_declaration=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3)),
        no_declaration=None,
    )
    interview_place = factory.Maybe(
        factory.LazyAttribute(lambda o: o.stage == Stage.INTERVIEW),
        yes_declaration="Tanaka Foods, Hakata factory",
        no_declaration="",
    )
    rejection_reason = factory.Maybe(
        factory.LazyAttribute(lambda o: o.stage == Stage.REJECTED),
        yes_declaration="The position has been filled.",
        no_declaration="",
    )

    @factory.post_generation
    def history(obj, create, extracted, **kwargs):
        if create:
            StageChange.objects.create(
                application=obj, actor=obj.candidate.user, from_stage="", to_stage=Stage.APPLIED
            )


class InvitationFactory(factory.django.DjangoModelFactory[Invitation]):
    class Meta:
        model = Invitation

    candidate = factory.SubFactory(CandidateProfileFactory)
    vacancy = factory.SubFactory(VacancyFactory)
    invited_by = None
    message = "We would like to meet you."
    status = InvitationStatus.PENDING


def match_score(profile: CandidateProfile, vacancy: Vacancy, score: float) -> MatchScore:
    """A stored, eligible match, as the matcher would have written it."""
    return MatchScore.objects.create(
        candidate=profile,
        vacancy=vacancy,
        score=score,
        fit=score,
        eligible=True,
        model_version="test",
        computed_at=timezone.now(),
    )
