"""The rank_candidates command, as a recruiting partner's script would use it."""

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from matching.management.commands.rank_candidates import Command

pytestmark = pytest.mark.django_db

VACANCY = {
    "id": "tanaka-bento",
    "sector": "food_manufacturing",
    "prefecture": "fukuoka",
    "required_skills": ["food hygiene", "forklift"],
    "preferred_skills": ["HACCP"],
    "min_jlpt_level": "N4",
    "visa_types": ["ssw1"],
    "monthly_salary_jpy": 210000,
    "note": "unknown fields are ignored",
}
LAN = {
    "id": "lan",
    "skills": ["vệ sinh an toàn thực phẩm", "Forklift operation"],
    "jlpt_level": "N4",
    "ssw_skill_tests": ["food_manufacturing"],
    "sectors": ["food_manufacturing"],
    "preferred_prefectures": ["fukuoka"],
    "desired_monthly_salary_jpy": 200000,
}
MINH = {
    "id": "minh",
    "skills": ["食品衛生", "フォークリフト", "HACCP"],
    "jlpt_level": "N5",
    "ssw_skill_tests": ["food_manufacturing"],
    "sectors": ["food_manufacturing"],
}
HOA = {
    "id": "hoa",
    "skills": ["cooking"],
    "jlpt_level": None,
    "jft_basic": True,
    "titp_completed_sectors": ["food_manufacturing"],
    "sectors": [],
}


def write(
    tmp_path: Path, vacancy: object = VACANCY, candidates: Sequence[object] | str = (LAN, MINH, HOA)
) -> tuple[Path, Path]:
    vacancy_file = tmp_path / "vacancy.json"
    vacancy_file.write_text(
        vacancy if isinstance(vacancy, str) else json.dumps(vacancy, ensure_ascii=False),
        encoding="utf-8",
    )
    candidates_file = tmp_path / "candidates.jsonl"
    if isinstance(candidates, str):
        candidates_file.write_text(candidates, encoding="utf-8")
    else:
        candidates_file.write_text(
            "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in candidates), encoding="utf-8"
        )
    return vacancy_file, candidates_file


def run(*args: str) -> dict:
    out, err = StringIO(), StringIO()
    call_command(Command(), *args, stdout=out, stderr=err)
    return json.loads(out.getvalue())


def run_bad(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(Command(), *args, stdout=out, stderr=err)
    assert raised.value.returncode == 2
    assert out.getvalue() == ""
    return str(raised.value), err.getvalue()


def test_ranks_every_candidate_best_first(tmp_path):
    vacancy, candidates = write(tmp_path)
    output = run("--vacancy", str(vacancy), "--candidates", str(candidates))
    assert output["vacancy"] == "tanaka-bento"
    assert output["model_version"].startswith("bootstrap-")
    results = output["results"]
    assert [r["candidate"] for r in results] == ["lan", "hoa", "minh"]
    assert [r["eligible"] for r in results] == [True, True, False]
    assert all(0 <= r["score"] <= 1 for r in results)
    assert results[0]["reasons"][:2] == ["Has 2 of 2 required skills", "JLPT N4 meets N4 minimum"]
    # An ineligible candidate's failures come first.
    assert results[2]["reasons"][0] == "SSW (i) needs JLPT N4 or JFT-Basic (has N5)"


def test_top_keeps_the_best_k(tmp_path):
    vacancy, candidates = write(tmp_path)
    output = run("--vacancy", str(vacancy), "--candidates", str(candidates), "--top", "1")
    assert [r["candidate"] for r in output["results"]] == ["lan"]


def test_an_empty_candidates_file_gives_no_results(tmp_path):
    vacancy, candidates = write(tmp_path, candidates="")
    assert run("--vacancy", str(vacancy), "--candidates", str(candidates))["results"] == []


def test_blank_lines_are_skipped(tmp_path):
    lines = "\n" + json.dumps(LAN) + "\n\n   \n" + json.dumps(MINH) + "\n\n"
    vacancy, candidates = write(tmp_path, candidates=lines)
    output = run("--vacancy", str(vacancy), "--candidates", str(candidates))
    assert len(output["results"]) == 2


def test_pay_below_the_minimum_wage_makes_everyone_ineligible(tmp_path):
    vacancy, candidates = write(tmp_path, vacancy={**VACANCY, "monthly_salary_jpy": 150000})
    results = run("--vacancy", str(vacancy), "--candidates", str(candidates))["results"]
    assert not any(r["eligible"] for r in results)
    assert all("below the minimum wage in Fukuoka" in r["reasons"][0] for r in results)


def test_reads_reference_data_and_writes_nothing(tmp_path):
    vacancy, candidates = write(tmp_path)
    with CaptureQueriesContext(connection) as queries:
        run("--vacancy", str(vacancy), "--candidates", str(candidates))
    statements = [q["sql"].lstrip().split()[0].upper() for q in queries.captured_queries]
    assert statements and set(statements) == {"SELECT"}


BAD = [
    # (what is wrong, vacancy, candidates file text, words the message must contain)
    (
        "invalid JSON on a line",
        VACANCY,
        json.dumps(LAN) + "\n{not json\n",
        ["candidates.jsonl", "line 2", "invalid JSON"],
    ),
    (
        "a line that is not an object",
        VACANCY,
        json.dumps(LAN) + "\n[1, 2]\n",
        ["line 2", "JSON object"],
    ),
    (
        "missing id",
        VACANCY,
        json.dumps({k: v for k, v in LAN.items() if k != "id"}) + "\n",
        ["line 1", "'id'", "missing"],
    ),
    (
        "missing jlpt_level",
        VACANCY,
        json.dumps({k: v for k, v in LAN.items() if k != "jlpt_level"}) + "\n",
        ["line 1", "'jlpt_level'"],
    ),
    (
        "missing sectors",
        VACANCY,
        "\n" + json.dumps({k: v for k, v in LAN.items() if k != "sectors"}) + "\n",
        ["line 2", "'sectors'"],
    ),
    (
        "skills not a list",
        VACANCY,
        json.dumps({**LAN, "skills": "welding"}) + "\n",
        ["line 1", "'skills'", "list"],
    ),
    (
        "a skill that is not a string",
        VACANCY,
        json.dumps({**LAN, "skills": ["welding", 3]}) + "\n",
        ["'skills'", "item 2"],
    ),
    ("id not a string", VACANCY, json.dumps({**LAN, "id": 7}) + "\n", ["'id'", "string"]),
    (
        "bad JLPT value",
        VACANCY,
        json.dumps({**LAN, "jlpt_level": "N6"}) + "\n",
        ["line 1", "'jlpt_level'", "N6"],
    ),
    ("JLPT as a number", VACANCY, json.dumps({**LAN, "jlpt_level": 4}) + "\n", ["'jlpt_level'"]),
    (
        "unknown sector slug",
        VACANCY,
        json.dumps({**LAN, "sectors": ["food"]}) + "\n",
        ["line 1", "'sectors'", "food"],
    ),
    (
        "unknown test sector",
        VACANCY,
        json.dumps({**LAN, "ssw_skill_tests": ["cooking"]}) + "\n",
        ["'ssw_skill_tests'"],
    ),
    (
        "unknown prefecture",
        VACANCY,
        json.dumps({**LAN, "preferred_prefectures": ["tokyo"]}) + "\n",
        ["'preferred_prefectures'", "tokyo"],
    ),
    (
        "boolean as a string",
        VACANCY,
        json.dumps({**LAN, "jft_basic": "yes"}) + "\n",
        ["'jft_basic'"],
    ),
    (
        "salary wish as text",
        VACANCY,
        json.dumps({**LAN, "desired_monthly_salary_jpy": "200000"}) + "\n",
        ["'desired_monthly_salary_jpy'"],
    ),
    (
        "negative experience",
        VACANCY,
        json.dumps({**LAN, "experience_years": -1}) + "\n",
        ["'experience_years'"],
    ),
    (
        "duplicate candidate id",
        VACANCY,
        json.dumps(LAN) + "\n" + json.dumps(MINH) + "\n" + json.dumps(LAN) + "\n",
        ["line 3", "'id'", "duplicate", "line 1"],
    ),
    (
        "vacancy invalid JSON",
        '{"id": "v1",\n "sector": }',
        json.dumps(LAN) + "\n",
        ["vacancy.json", "line 2", "invalid JSON"],
    ),
    ("vacancy not an object", "[]", "", ["vacancy.json", "JSON object"]),
    (
        "vacancy missing salary",
        {k: v for k, v in VACANCY.items() if k != "monthly_salary_jpy"},
        "",
        ["vacancy.json", "'monthly_salary_jpy'", "missing"],
    ),
    (
        "vacancy unknown sector",
        {**VACANCY, "sector": "bakery"},
        "",
        ["vacancy.json", "line 1", "'sector'", "bakery"],
    ),
    (
        "vacancy unknown prefecture",
        {**VACANCY, "prefecture": "tokyo"},
        "",
        ["'prefecture'", "tokyo"],
    ),
    ("vacancy unknown visa", {**VACANCY, "visa_types": ["ssw3"]}, "", ["'visa_types'", "ssw3"]),
    ("vacancy bad JLPT", {**VACANCY, "min_jlpt_level": "N0"}, "", ["'min_jlpt_level'", "N0"]),
    (
        "vacancy missing min_jlpt_level",
        {k: v for k, v in VACANCY.items() if k != "min_jlpt_level"},
        "",
        ["'min_jlpt_level'", "missing"],
    ),
    (
        "vacancy salary as a float",
        {**VACANCY, "monthly_salary_jpy": 210000.5},
        "",
        ["'monthly_salary_jpy'"],
    ),
    ("vacancy salary zero", {**VACANCY, "monthly_salary_jpy": 0}, "", ["'monthly_salary_jpy'"]),
    (
        "vacancy required_skills not a list",
        {**VACANCY, "required_skills": "welding"},
        "",
        ["'required_skills'"],
    ),
]


@pytest.mark.parametrize(("problem", "vacancy", "lines", "words"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_exits_2_naming_the_line_and_field(problem, vacancy, lines, words, tmp_path):
    vacancy_file, candidates_file = write(tmp_path, vacancy=vacancy, candidates=lines)
    message, _ = run_bad("--vacancy", str(vacancy_file), "--candidates", str(candidates_file))
    for word in words:
        assert word in message, (problem, message)


def test_a_vacancy_field_error_names_its_line(tmp_path):
    text = json.dumps(VACANCY, indent=2).replace('"fukuoka"', '"tokyo"')
    vacancy_file, candidates_file = write(tmp_path, vacancy=text, candidates="")
    message, _ = run_bad("--vacancy", str(vacancy_file), "--candidates", str(candidates_file))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"prefecture"' in row)
    assert f"line {line}: field 'prefecture'" in message


@pytest.mark.parametrize("top", ["0", "-3", "ten", "1.5", ""])
def test_top_must_be_a_positive_whole_number(top, tmp_path):
    vacancy, candidates = write(tmp_path)
    message, _ = run_bad("--vacancy", str(vacancy), "--candidates", str(candidates), "--top", top)
    assert "--top" in message


def test_unreadable_files_exit_2(tmp_path):
    vacancy, candidates = write(tmp_path)
    message, _ = run_bad("--vacancy", str(tmp_path / "nope.json"), "--candidates", str(candidates))
    assert "nope.json" in message and "not found" in message
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "caf\xe9"}\n')
    message, _ = run_bad("--vacancy", str(vacancy), "--candidates", str(tmp_path / "latin1.jsonl"))
    assert "UTF-8" in message
    message, _ = run_bad("--vacancy", str(tmp_path), "--candidates", str(candidates))
    assert "directory" in message


def test_missing_arguments_exit_2(tmp_path):
    vacancy, _ = write(tmp_path)
    message, _ = run_bad("--vacancy", str(vacancy))
    assert "--candidates" in message


SCRIPT = """
import sys, django
django.setup()
from matching.management.commands.rank_candidates import Command
Command().run_from_argv(["manage.py", "rank_candidates", *sys.argv[1:]])
"""


def run_process(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # A database file that does not exist yet: the command must fall back to the reference
    # data migration's constants and still rank.
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )


def test_as_a_process_good_input_prints_one_json_object(tmp_path):
    vacancy, candidates = write(tmp_path)
    done = run_process(
        tmp_path, "--vacancy", str(vacancy), "--candidates", str(candidates), "--top", "2"
    )
    assert done.returncode == 0, done.stderr
    output = json.loads(done.stdout)
    assert [r["candidate"] for r in output["results"]] == ["lan", "hoa"]


def test_as_a_process_bad_input_exits_2_without_a_traceback(tmp_path):
    vacancy, candidates = write(
        tmp_path,
        candidates=json.dumps(LAN) + "\n" + json.dumps({**MINH, "jlpt_level": "B2"}) + "\n",
    )
    done = run_process(tmp_path, "--vacancy", str(vacancy), "--candidates", str(candidates))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "line 2" in done.stderr and "'jlpt_level'" in done.stderr
    assert "Traceback" not in done.stderr
