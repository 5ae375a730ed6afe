"""Validators for what candidates type or upload."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError

# International (+84…, +81…) or national (0…) numbers; spaces, dots and dashes are allowed.
PHONE_RE = re.compile(r"^(\+\d{1,3}|0)\d{8,11}$")


def validate_phone(value: str) -> None:
    digits = re.sub(r"[\s.\-()]", "", value)
    if not PHONE_RE.match(digits):
        raise ValidationError(
            _("Enter a phone number such as +84 912 345 678 or 090-1234-5678."),
            code="invalid_phone",
        )


def validate_cv_pdf(upload: File) -> None:
    """Accept a real PDF of at most CV_MAX_BYTES, judged by its content, never by its name."""
    size = upload.size or 0
    if size > settings.CV_MAX_BYTES:
        raise ValidationError(
            _("The CV is %(size).1f MB; the limit is %(limit)d MB."),
            code="cv_too_large",
            params={"size": size / 1024 / 1024, "limit": settings.CV_MAX_BYTES // 1024 // 1024},
        )
    if size == 0:
        raise ValidationError(_("The CV file is empty."), code="cv_empty")
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(0)
    # The PDF header must appear within the first kilobyte (ISO 32000-1, 7.5.2 and Acrobat's rule).
    if b"%PDF-" not in head:
        raise ValidationError(_("The CV must be a PDF file."), code="cv_not_pdf")
    try:
        reader = PdfReader(upload, strict=False)
        page_count = len(reader.pages)
    except (PdfReadError, ValueError, OSError, KeyError, TypeError):
        raise ValidationError(
            _("The CV could not be read as a PDF. Export it again as PDF and retry."),
            code="cv_unreadable",
        ) from None
    finally:
        upload.seek(0)
    if page_count == 0:
        raise ValidationError(_("The CV PDF has no pages."), code="cv_no_pages")
