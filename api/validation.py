"""Validate API input with the site's own forms, so both apply the same rules in the same words.

A request serializer has already turned the JSON into Python values; ``bind_form`` lays them over
the object's current values (or a new object's defaults) in the form's terms, and ``clean``
raises the form's errors keyed by field, ready for the API's error format.
"""

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.files import File
from django.db import models
from django.forms.models import model_to_dict
from rest_framework import serializers
from rest_framework.settings import api_settings

FormT = TypeVar("FormT", bound=forms.ModelForm)


def _form_value(value: Any) -> Any:
    """Model instances as their primary keys, which is what model choice fields read."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | dict):
        items = list(value)
        if all(isinstance(item, models.Model) for item in items):
            return [item.pk for item in items]
        return items
    return value


def bind_form(
    form_class: type[FormT], *, instance: models.Model, changes: Mapping[str, Any]
) -> FormT:
    """A bound form for ``instance`` with ``changes`` applied and every other field unchanged."""
    fields = list(form_class._meta.fields or [])
    current = model_to_dict(instance, fields)
    # Files are not data: a form reads them from request.FILES and keeps the stored one.
    data = {
        name: _form_value(value) for name, value in current.items() if not isinstance(value, File)
    }
    data.update({name: _form_value(value) for name, value in changes.items()})
    return form_class(data=data, instance=instance)


def clean(form: FormT, *, prefix: str = "") -> FormT:
    """The form, validated; otherwise a 400 with its errors by field (under ``prefix``)."""
    if form.is_valid():
        return form
    non_field = api_settings.NON_FIELD_ERRORS_KEY
    errors = {
        (non_field if name == NON_FIELD_ERRORS else name): [
            str(error["message"]) for error in messages
        ]
        for name, messages in form.errors.get_json_data().items()
    }
    raise serializers.ValidationError({prefix: errors} if prefix else errors)
