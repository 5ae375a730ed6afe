"""Small helpers for the applications stories: URLs, page text, and the employer's move form."""

import html
import re
from typing import Any

from django.urls import reverse

from accounts.models import CandidateProfile, User

FIELD_ERROR_RE = re.compile(r'<small class="error" role="alert">(.*?)</small>', re.S)


def profile_of(user: User) -> CandidateProfile:
    return CandidateProfile.objects.get(user=user)


def page_text(response: Any) -> str:
    return html.unescape(response.content.decode())


def field_errors(response: Any) -> list[str]:
    """The field errors as a person reads them ("Label: message")."""
    return [html.unescape(t).strip() for t in FIELD_ERROR_RE.findall(response.content.decode())]


def flash_messages(response: Any) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def apply_url(vacancy: Any) -> str:
    return reverse("applications:apply", args=[vacancy.pk])


def detail_url(application: Any) -> str:
    return reverse("applications:detail", args=[application.pk])


def board_url(vacancy: Any) -> str:
    return reverse("applications:board", args=[vacancy.pk])


MY_APPLICATIONS = reverse("applications:mine")


def move(client: Any, application: Any, to: str, **fields: str) -> Any:
    """Tanaka submits the "Move this application" form on the application's page."""
    data = {"action": "move", "move-to": to}
    data.update({f"move-{name}": value for name, value in fields.items()})
    return client.post(detail_url(application), data)
