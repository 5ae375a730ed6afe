"""Template helpers that show the matcher's stored reasons in the reader's language."""

from collections.abc import Iterable
from typing import Any

from django import template
from django.utils.translation import get_language

from matching.reasons import render_reason
from matching.types import Reason

register = template.Library()


@register.filter
def reason_texts(reasons: Iterable[dict[str, Any]] | None) -> list[str]:
    """Stored reasons ([{"code", "params", "positive"}]) as sentences in the active language."""
    language = (get_language() or "en")[:2]
    return [
        render_reason(
            Reason(code=r["code"], params=r.get("params") or {}, positive=r.get("positive", True)),
            language,
        )
        for r in reasons or ()
    ]


@register.filter
def percent(score: float | None) -> int:
    return round((score or 0) * 100)
