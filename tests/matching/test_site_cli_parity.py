"""The site and ``rank_candidates`` agree: same features, same model, same scores.

A recruiting partner who exports Lan's profile and Tanaka's vacancy to JSON and runs the command
must get the score Tanaka sees on the site.
"""

import dataclasses
import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import CandidateProfile
from matching import selectors
from matching.models import MatchScore
from matching.tasks import refresh_vacancy_matches
from tests.factories import prefecture
from tests.matching.site_helpers import (
    candidate_user,
    has_only_n5,
    open_vacancy,
    passes_food_skills_test,
    profile_of,
    texts,
)

pytestmark = pytest.mark.django_db


def contract_json(data: object) -> dict[str, object]:
    """A matcher dataclass as the rank contract writes it: lists for sets, ISO dates."""

    def plain(value: object) -> object:
        if isinstance(value, frozenset | set):
            return sorted(value)
        if isinstance(value, tuple):
            return list(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    return {key: plain(value) for key, value in dataclasses.asdict(data).items()}


def rank_from_files(tmp_path, vacancy, profiles):
    vacancy_file = tmp_path / "vacancy.json"
    candidates_file = tmp_path / "candidates.jsonl"
    [vacancy_data] = selectors.vacancy_data(selectors.matchable_vacancies().filter(pk=vacancy.pk))
    vacancy_file.write_text(json.dumps(contract_json(vacancy_data)), encoding="utf-8")
    candidates_file.write_text(
        "\n".join(
            json.dumps(contract_json(c), ensure_ascii=False)
            for c in selectors.candidate_data(profiles)
        ),
        encoding="utf-8",
    )
    out = StringIO()
    call_command(
        "rank_candidates", "--vacancy", vacancy_file, "--candidates", candidates_file, stdout=out
    )
    return json.loads(out.getvalue())


@pytest.fixture
def bento_line(tanaka_foods, lan, minh):
    """Tanaka's bento line, scored on the site for Lan (eligible), Minh (not) and Hoa."""
    passes_food_skills_test(lan)
    has_only_n5(minh)
    hoa = passes_food_skills_test(candidate_user("hoa@example.test", "Lê Thị Hoa"))
    hoa.skills = ["HACCP", "vệ sinh an toàn thực phẩm", "lái xe nâng"]
    hoa.save(update_fields=["skills"])
    hoa.preferred_prefectures.set([prefecture("saga")])
    vacancy = open_vacancy(
        tanaka_foods,
        title="Bento line worker",
        required_skills=["food hygiene", "forklift"],
        preferred_skills=["HACCP"],
        housing_support="allowance",
        start_date=datetime.date(2027, 1, 15),
    )
    refresh_vacancy_matches.delay(vacancy.pk)
    return vacancy


def test_the_command_prints_the_score_the_site_stored_for_lan(tmp_path, lan, bento_line):
    printed = rank_from_files(tmp_path, bento_line, CandidateProfile.objects.all())

    stored = MatchScore.objects.get(candidate__user=lan, vacancy=bento_line)
    [lans] = [r for r in printed["results"] if r["candidate"] == str(profile_of(lan).pk)]
    assert lans["score"] == stored.score
    assert lans["eligible"] is stored.eligible is True
    assert lans["reasons"] == texts(stored.failures + stored.reasons, "en")
    assert printed["model_version"] == stored.model_version


def test_the_command_and_the_site_agree_on_every_candidate(tmp_path, bento_line):
    printed = rank_from_files(tmp_path, bento_line, CandidateProfile.objects.all())

    stored = {
        str(candidate): (score, eligible)
        for candidate, score, eligible in MatchScore.objects.filter(vacancy=bento_line).values_list(
            "candidate_id", "score", "eligible"
        )
    }
    assert {r["candidate"]: (r["score"], r["eligible"]) for r in printed["results"]} == stored
    assert [r["eligible"] for r in printed["results"]].count(False) == 1


def test_lan_scored_alone_by_the_command_gets_the_same_score(tmp_path, lan, bento_line):
    """A score depends on the candidate and the vacancy only, not on who else is in the file."""
    printed = rank_from_files(tmp_path, bento_line, CandidateProfile.objects.filter(user=lan))

    stored = MatchScore.objects.get(candidate__user=lan, vacancy=bento_line)
    assert printed["results"][0]["score"] == stored.score
