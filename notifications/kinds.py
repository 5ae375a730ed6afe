"""What Kakehashi tells people about, and who gets each kind (pure: no models)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    NEW_MATCH = "new_match", _("A new job that matches you strongly")
    INVITATION = "invitation", _("An employer invited you to apply")
    STAGE_CHANGE = "stage_change", _("Your application moved to a new stage")
    INTERVIEW_REMINDER = "interview_reminder", _("Your interview is tomorrow")
    WEEKLY_DIGEST = "weekly_digest", _("Weekly digest of new matches")
    NEW_APPLICATION = "new_application", _("A new application")
    NEW_CANDIDATE_MATCH = "new_candidate_match", _("New strongly matching candidates")
    DAILY_DIGEST = "daily_digest", _("Daily digest")
    COMPANY_PENDING = "company_pending", _("A company awaits verification")


class Channel(models.TextChoices):
    IN_APP = "in_app", _("In the site")
    EMAIL = "email", _("Email")


class DigestFrequency(models.TextChoices):
    NONE = "none", _("No digest")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


CANDIDATE_KINDS = (
    Kind.NEW_MATCH,
    Kind.INVITATION,
    Kind.STAGE_CHANGE,
    Kind.INTERVIEW_REMINDER,
    Kind.WEEKLY_DIGEST,
)
EMPLOYER_KINDS = (Kind.NEW_APPLICATION, Kind.NEW_CANDIDATE_MATCH, Kind.DAILY_DIGEST)
RECRUITER_KINDS = (Kind.COMPANY_PENDING,)
