"""django-import-export widgets that refuse what they cannot understand."""

from typing import Any

from django.utils.translation import gettext as _
from import_export import widgets

from reference.forms import split_tags


class StrictManyToManyWidget(widgets.ManyToManyWidget):
    """Like ManyToManyWidget, but an unknown slug is an error rather than silently dropped."""

    def __init__(self, model: Any, field: str = "slug", **kwargs: Any) -> None:
        kwargs.setdefault("separator", ",")
        super().__init__(model, field=field, **kwargs)

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        if not value:
            return self.model.objects.none()
        wanted = [part.strip() for part in str(value).split(self.separator) if part.strip()]
        found = self.model.objects.filter(**{f"{self.field}__in": wanted})
        unknown = sorted(set(wanted) - {str(getattr(obj, self.field)) for obj in found})
        if unknown:
            raise ValueError(_("Unknown value(s): %(values)s") % {"values": ", ".join(unknown)})
        return found


class StrictForeignKeyWidget(widgets.ForeignKeyWidget):
    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        try:
            return super().clean(value, row=row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(_("Unknown value: %(value)s") % {"value": value}) from None


class TagListWidget(widgets.Widget):
    """A list of free-text tags in one cell, separated by commas."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> list[str]:
        return split_tags(str(value or ""))

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return ", ".join(value or [])
