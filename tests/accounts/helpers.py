"""Small helpers shared by the accounts tests: PDFs, form posts and reading error messages."""

import html
import io
import re
from typing import Any

from pypdf import PdfWriter

from accounts.models import CurrentLocation
from tests.factories import jlpt, prefecture, sector

ERROR_RE = re.compile(r'<small class="error" role="alert">(.*?)</small>', re.S)


def make_pdf(pages: int = 1) -> bytes:
    """A real, tiny PDF, as a candidate's word processor would export it."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(72, 72)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def error_texts(response: Any) -> list[str]:
    """The field error lines the profile page shows, as a person reads them ("Label: message")."""
    return [html.unescape(text).strip() for text in ERROR_RE.findall(response.content.decode())]


def page_text(response: Any) -> str:
    return html.unescape(response.content.decode())


def complete_profile_data(**overrides: Any) -> dict[str, Any]:
    """What a candidate in Vietnam types into a complete profile form."""
    data: dict[str, Any] = {
        "full_name": "Nguyễn Thị Lan",
        "date_of_birth": "1999-03-08",
        "hometown_province": "nghe_an",
        "phone": "+84 912 345 678",
        "skills": "forklift, Welding、介護",
        "jlpt_level": str(jlpt("N4").pk),
        "jft_basic": "on",
        "ssw_skill_tests": [str(sector("food_manufacturing").pk)],
        "current_location": CurrentLocation.VIETNAM,
        "residence_status": "",
        "sectors": [str(sector("food_manufacturing").pk), str(sector("nursing_care").pk)],
        "preferred_prefectures": [str(prefecture("fukuoka").pk), str(prefecture("saga").pk)],
        "desired_monthly_salary_jpy": "220000",
        "experience_years": "3.5",
        "available_from": "2026-10-01",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def multipart_body(fields: dict[str, Any], file_field: str, file_name: str, content: bytes):
    """Encode a form post by hand, so a file name reaches the server exactly as a client sent it.

    Django's test client keeps only the base name of an uploaded file; a hostile client need not.
    """
    boundary = "KakehashiBoundary7MA4YWxkTrZu0gW"
    lines: list[bytes] = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            lines += [
                f"--{boundary}".encode(),
                f'Content-Disposition: form-data; name="{name}"'.encode(),
                b"",
                str(item).encode(),
            ]
    lines += [
        f"--{boundary}".encode(),
        f'Content-Disposition: form-data; name="{file_field}"; filename="{file_name}"'.encode(),
        b"Content-Type: application/pdf",
        b"",
        content,
        f"--{boundary}--".encode(),
        b"",
    ]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"
