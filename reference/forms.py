"""Form pieces shared by the apps."""

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_TAGS = 30
MAX_TAG_LENGTH = 60
# Commas in English, Vietnamese and Japanese text (、，) and semicolons all separate tags.
TAG_SEPARATORS = re.compile(r"[,;、，；\n]+")


def split_tags(text: str) -> list[str]:
    """'Forklift,  welding、介護' → ['Forklift', 'welding', '介護']: trimmed, spaces folded, no repeats."""
    seen: set[str] = set()
    tags: list[str] = []
    for raw in TAG_SEPARATORS.split(text or ""):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


class TagListField(forms.CharField):
    """Free-text tags typed as a comma-separated list, stored as a list of strings."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "help_text", _("Separate with commas, for example: forklift, welding, food hygiene")
        )
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 2000)
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return ", ".join(value)
        return value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        text = super().to_python(value)
        return split_tags(text or "")

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")
        if len(value) > MAX_TAGS:
            raise ValidationError(
                _("Enter at most %(max)d items."), code="too_many_tags", params={"max": MAX_TAGS}
            )
        for tag in value:
            if len(tag) > MAX_TAG_LENGTH:
                raise ValidationError(
                    _("“%(tag)s” is too long: at most %(max)d characters for one item."),
                    code="tag_too_long",
                    params={"tag": tag[:20] + "…", "max": MAX_TAG_LENGTH},
                )

    def run_validators(self, value: Any) -> None:
        # CharField's length validators apply to the typed text, not to the list.
        return


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("format", "%Y-%m-%d")
        super().__init__(**kwargs)
