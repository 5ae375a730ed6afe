from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Role, User
from notifications.kinds import (
    CANDIDATE_KINDS,
    EMPLOYER_KINDS,
    RECRUITER_KINDS,
    DigestFrequency,
    Kind,
)
from notifications.models import Preference


def kinds_for(user: User) -> tuple[Kind, ...]:
    if user.is_staff:
        return RECRUITER_KINDS
    return EMPLOYER_KINDS if user.role == Role.EMPLOYER else CANDIDATE_KINDS


class PreferenceForm(forms.Form):
    """One "email me" box per kind the person can receive, and the digest frequency."""

    digest = forms.ChoiceField(label=_("Digest"), choices=DigestFrequency.choices)

    def __init__(self, *args: Any, user: User, preference: Preference, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds_for(user)
        for kind in self.kinds:
            self.fields[f"email_{kind.value}"] = forms.BooleanField(
                label=_("Email me: %(kind)s") % {"kind": kind.label},
                required=False,
                initial=preference.wants_email(kind),
            )
        self.fields["digest"].initial = preference.digest

    def email_off(self) -> list[str]:
        return [
            kind.value for kind in self.kinds if not self.cleaned_data.get(f"email_{kind.value}")
        ]
