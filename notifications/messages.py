"""What each notification says, in the recipient's language (pure: no models).

Events store a kind and parameters; the inbox and the emails render them here, so a person who
switches language sees old notifications in the new one too.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext, gettext_noop, ngettext

from applications.stages import Stage
from matching.reference_data import display_name
from notifications.kinds import Kind


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


SUBJECTS: dict[str, str] = {
    Kind.NEW_MATCH: gettext_noop("A new job matches you: %(title)s"),
    Kind.INVITATION: gettext_noop("%(company)s invites you to apply: %(title)s"),
    Kind.STAGE_CHANGE: gettext_noop("Your application for %(title)s: %(stage)s"),
    Kind.INTERVIEW_REMINDER: gettext_noop("Reminder: your interview for %(title)s is tomorrow"),
    Kind.WEEKLY_DIGEST: gettext_noop("Your week on Kakehashi"),
    Kind.NEW_APPLICATION: gettext_noop("New application for %(title)s"),
    Kind.NEW_CANDIDATE_MATCH: gettext_noop("New candidates match %(title)s"),
    Kind.DAILY_DIGEST: gettext_noop("Your day on Kakehashi"),
    Kind.COMPANY_PENDING: gettext_noop("A company awaits verification: %(company)s"),
}

BODIES: dict[str, str] = {
    Kind.NEW_MATCH: gettext_noop(
        "%(title)s at %(company)s (%(prefecture)s) matches your profile strongly. "
        "Open it to see why, and apply if it suits you."
    ),
    Kind.INVITATION: gettext_noop(
        "%(company)s would like you to apply for %(title)s. Accept or decline the invitation "
        "in My applications."
    ),
    Kind.STAGE_CHANGE: gettext_noop(
        "Your application for %(title)s at %(company)s is now at the stage: %(stage)s."
    ),
    Kind.INTERVIEW_REMINDER: gettext_noop(
        "Your interview for %(title)s at %(company)s is on %(when)s. Place: %(place)s."
    ),
    Kind.NEW_APPLICATION: gettext_noop(
        "%(candidate)s applied for %(title)s. Open the board to review the application."
    ),
    Kind.COMPANY_PENDING: gettext_noop(
        "%(company)s registered and waits for verification in the admin."
    ),
}


def _plural_body(kind: str, payload: Mapping[str, object]) -> str:
    count = int(payload.get("count", 0))  # type: ignore[call-overload]
    if kind == Kind.NEW_CANDIDATE_MATCH:
        return ngettext(
            "%(count)d new candidate matches %(title)s strongly.",
            "%(count)d new candidates match %(title)s strongly.",
            count,
        ) % {**payload, "count": count}
    if kind == Kind.WEEKLY_DIGEST:
        return ngettext(
            "%(count)d new job matched you strongly this week.",
            "%(count)d new jobs matched you strongly this week.",
            count,
        ) % {"count": count}
    return ngettext(
        "%(count)d new application arrived today.",
        "%(count)d new applications arrived today.",
        count,
    ) % {"count": count}


def render(kind: str, payload: Mapping[str, object], language: str = "en") -> Rendered:
    """A notification's subject and body in ``language``."""
    with translation.override(language):
        params = dict(payload)
        if params.get("prefecture_slug"):
            params["prefecture"] = display_name(
                "prefecture", str(params["prefecture_slug"]), language
            )
        if params.get("stage_code") in Stage.values:
            params["stage"] = str(Stage(str(params["stage_code"])).label)
        elif "stage_label" in params:
            params["stage"] = gettext(str(params["stage_label"]))
        subject = gettext(SUBJECTS[kind]) % _Safe(params)
        if kind in BODIES:
            body = gettext(BODIES[kind]) % _Safe(params)
        else:
            body = _plural_body(kind, params)
        return Rendered(subject=subject, body=body)


class _Safe(dict):
    """A missing parameter shows as an empty string instead of failing the whole notification."""

    def __missing__(self, key: str) -> str:
        return ""
