"""Reading ``rank_candidates`` input: a vacancy JSON file and a candidates JSON Lines file.

Validation is strict about what the contract defines (docs: rank-contract.md), because a partner
who gets "unknown sector 'food'" fixes their spreadsheet, while one who gets a quietly wrong
ranking does not. Every error names the file, the line and the field. Fields the contract does
not define are ignored, except a few the matcher can use when present (weekly_hours, start_date,
zero_fee, housing_support), which are then checked like the others.
"""

import datetime
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matching.rules import JLPT_RANKS
from matching.types import CandidateData, ReferenceData, VacancyData

HOUSING_CHOICES = ("none", "allowance", "provided")
MAX_WEEKLY_HOURS = 40.0  # the Labour Standards Act's maximum scheduled hours, as the site uses


class InputError(Exception):
    """Bad input; the message names the file, the line (when known) and the field."""


_MISSING = object()


class _Fields:
    """Typed access to one JSON object, raising InputError with its location."""

    def __init__(self, data: dict[str, Any], where: Callable[[str | None], str]) -> None:
        self.data = data
        self.where = where

    def fail(self, name: str, problem: str) -> InputError:
        return InputError(f"{self.where(name)}: field '{name}': {problem}")

    def get(self, name: str, *, required: bool, nullable: bool = False) -> Any:
        value = self.data.get(name, _MISSING)
        if value is _MISSING:
            if required:
                raise self.fail(name, "is required but missing")
            return None
        if value is None and required and not nullable:
            raise self.fail(name, "must not be null")
        return value

    def string(self, name: str, *, required: bool = True) -> str | None:
        value = self.get(name, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {_type(value)}")
        if required and not value.strip():
            raise self.fail(name, "must not be empty")
        return value

    def slug(self, name: str, allowed: frozenset[str], kind: str) -> str:
        value = self.string(name)
        assert value is not None  # noqa: S101 - string(required=True) never returns None
        if value not in allowed:
            raise self.fail(
                name, f"unknown {kind} {value!r} (expected one of: {', '.join(sorted(allowed))})"
            )
        return value

    def strings(self, name: str, *, required: bool) -> tuple[str, ...]:
        value = self.get(name, required=required)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(name, f"expected a list of strings, got {_type(value)}")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(name, f"item {index + 1} must be a string, got {_type(item)}")
        return tuple(value)

    def slugs(
        self, name: str, allowed: frozenset[str], kind: str, *, required: bool
    ) -> frozenset[str]:
        values = self.strings(name, required=required)
        for value in values:
            if value not in allowed:
                raise self.fail(
                    name,
                    f"unknown {kind} {value!r} (expected one of: {', '.join(sorted(allowed))})",
                )
        return frozenset(values)

    def jlpt(self, name: str) -> str | None:
        value = self.get(name, required=True, nullable=True)
        if value is None:
            return None
        if not isinstance(value, str) or value not in JLPT_RANKS:
            raise self.fail(
                name, f'expected "N1", "N2", "N3", "N4", "N5" or null, got {json.dumps(value)}'
            )
        return value

    def boolean(self, name: str) -> bool:
        value = self.get(name, required=False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(name, f"expected true or false, got {json.dumps(value)}")
        return value

    def integer(self, name: str, *, required: bool, minimum: int) -> int | None:
        value = self.get(name, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, f"expected a whole number, got {json.dumps(value)}")
        if value < minimum:
            raise self.fail(name, f"must be at least {minimum}, got {value}")
        return value

    def number(
        self, name: str, *, minimum: float = 0.0, maximum: float | None = None
    ) -> float | None:
        value = self.get(name, required=False)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise self.fail(name, f"expected a number, got {json.dumps(value)}")
        if value < minimum or (maximum is not None and value > maximum):
            limit = (
                f"between {minimum:g} and {maximum:g}"
                if maximum is not None
                else f"at least {minimum:g}"
            )
            raise self.fail(name, f"must be {limit}, got {value:g}")
        return float(value)

    def date(self, name: str) -> datetime.date | None:
        value = self.string(name, required=False)
        if value is None:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _type(value: object) -> str:
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start + 1})") from None


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _loads(text: str) -> Any:
    # json accepts NaN and Infinity by default; the contract's JSON does not.
    return json.loads(text, parse_constant=_reject_constant)


def parse_vacancy(path: Path | str, ref: ReferenceData) -> VacancyData:
    path = Path(path)
    text = _read_text(path)
    try:
        data = _loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: line {error.lineno}: invalid JSON ({error.msg})") from None
    except ValueError as error:
        raise InputError(f"{path}: invalid JSON ({error})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: line 1: expected one JSON object, got {_type(data)}")

    def where(field: str | None) -> str:
        # Point at the line where the field is written, when it is; a missing field has none.
        match = re.search(r'"' + re.escape(field or "") + r'"\s*:', text) if field else None
        return f"{path}: line {text.count(chr(10), 0, match.start()) + 1}" if match else str(path)

    f = _Fields(data, where)
    vacancy_id = f.string("id")
    sector = f.slug("sector", ref.sectors, "sector")
    prefecture = f.slug("prefecture", ref.prefectures, "prefecture")
    required_skills = f.strings("required_skills", required=True)
    preferred_skills = f.strings("preferred_skills", required=False)
    min_jlpt = f.jlpt("min_jlpt_level")
    visa_types = f.strings("visa_types", required=True)
    for visa in visa_types:
        if visa not in ref.visas:
            raise f.fail(
                "visa_types",
                f"unknown visa {visa!r} (expected one of: {', '.join(sorted(ref.visas))})",
            )
    salary = f.integer("monthly_salary_jpy", required=True, minimum=1)
    experience = f.number("min_experience_years")
    weekly_hours = f.number("weekly_hours", minimum=1.0, maximum=MAX_WEEKLY_HOURS)
    housing = f.string("housing_support", required=False)
    if housing is not None and housing not in HOUSING_CHOICES:
        raise f.fail(
            "housing_support", f"expected one of {', '.join(HOUSING_CHOICES)}, got {housing!r}"
        )
    assert vacancy_id is not None and salary is not None  # noqa: S101 - required fields
    return VacancyData(
        id=vacancy_id,
        sector=sector,
        prefecture=prefecture,
        required_skills=required_skills,
        preferred_skills=preferred_skills,
        min_jlpt_level=min_jlpt,
        visa_types=tuple(dict.fromkeys(visa_types)),
        monthly_salary_jpy=salary,
        weekly_hours=weekly_hours if weekly_hours is not None else 40.0,
        min_experience_years=experience or 0.0,
        zero_fee=f.boolean("zero_fee"),
        housing_support=housing or "none",
        start_date=f.date("start_date"),
    )


def parse_candidate(data: Any, where: str, ref: ReferenceData) -> CandidateData:
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object, got {_type(data)}")
    f = _Fields(data, lambda _field: where)
    candidate_id = f.string("id")
    assert candidate_id is not None  # noqa: S101 - required field
    return CandidateData(
        id=candidate_id,
        skills=f.strings("skills", required=True),
        jlpt_level=f.jlpt("jlpt_level"),
        jft_basic=f.boolean("jft_basic"),
        ssw_skill_tests=f.slugs("ssw_skill_tests", ref.sectors, "sector", required=False),
        titp_completed_sectors=f.slugs(
            "titp_completed_sectors", ref.sectors, "sector", required=False
        ),
        care_japanese_test=f.boolean("care_japanese_test"),
        ssw2_skill_tests=f.slugs("ssw2_skill_tests", ref.sectors, "sector", required=False),
        sectors=f.slugs("sectors", ref.sectors, "sector", required=True),
        preferred_prefectures=f.slugs(
            "preferred_prefectures", ref.prefectures, "prefecture", required=False
        ),
        desired_monthly_salary_jpy=f.integer(
            "desired_monthly_salary_jpy", required=False, minimum=0
        )
        or None,
        experience_years=f.number("experience_years") or 0.0,
        has_degree=f.boolean("has_degree"),
    )


def parse_candidates(path: Path | str, ref: ReferenceData) -> list[CandidateData]:
    """One candidate per line; blank lines skipped; ids must be unique."""
    path = Path(path)
    text = _read_text(path)
    candidates: list[CandidateData] = []
    first_line: dict[str, int] = {}
    # Split on newlines only: str.splitlines would also split on characters such as U+2028,
    # which may appear inside a JSON string.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        try:
            data = _loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                f"{where}: invalid JSON ({error.msg} at column {error.colno})"
            ) from None
        except ValueError as error:
            raise InputError(f"{where}: invalid JSON ({error})") from None
        candidate = parse_candidate(data, where, ref)
        if candidate.id in first_line:
            raise InputError(
                f"{where}: field 'id': duplicate candidate id {candidate.id!r} "
                f"(first on line {first_line[candidate.id]})"
            )
        first_line[candidate.id] = number
        candidates.append(candidate)
    return candidates


def parse_top(value: str | int | None) -> int | None:
    """--top: a positive whole number, or None when not given."""
    if value is None:
        return None
    text = str(value).strip()
    if not re.fullmatch(r"\+?[0-9]+", text) or int(text) < 1:
        raise InputError(f"--top: expected a positive whole number, got {value!r}")
    return int(text)
