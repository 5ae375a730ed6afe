import pytest

from matching.reasons import MESSAGES, PLURAL_MESSAGES, render_reason
from matching.types import Reason

SAMPLE_PARAMS = {
    "matched": 2,
    "required": "N4",
    "preferred": 3,
    "actual": "N5",
    "sector": "food_manufacturing",
    "prefecture": "fukuoka",
    "pay": 210_000,
    "wish": 200_000,
    "years": 2.5,
    "percent": 12,
    "hourly": 1045.5,
    "floor": 1057,
    "visa": "ssw1",
    "date": "2027-04-01",
    "missing": ["welding", "unknown thing"],
    "level": "N3",
    "count": 4,
}


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (Reason("required_skills", {"matched": 2, "required": 2}), "Has 2 of 2 required skills"),
        (
            Reason(
                "required_skills_missing", {"matched": 1, "required": 2, "missing": ["forklift"]}
            ),
            "Has 1 of 2 required skills (missing: forklift)",
        ),
        (
            Reason("jlpt_meets_minimum", {"actual": "N3", "required": "N4"}),
            "JLPT N3 meets N4 minimum",
        ),
        (Reason("prefecture_wanted", {"prefecture": "fukuoka"}), "Wants to work in Fukuoka"),
        (
            Reason("pay_above_wish", {"pay": 210_000, "wish": 200_000}),
            "Pay ¥210,000 is above their wish",
        ),
        (
            Reason("pay_above_wish", {"pay": 210_000, "wish": 200_000, "you": True}),
            "Pay ¥210,000 is above your wish of ¥200,000",
        ),
        (
            Reason(
                "needs_jlpt",
                {"required": "N4", "actual": None, "visa": "ssw1", "jft_accepted": True},
            ),
            "SSW (i) needs JLPT N4 or JFT-Basic (has none)",
        ),
        (
            Reason("needs_jlpt", {"required": "N3", "actual": "JFT-Basic"}),
            "Needs JLPT N3 or higher (has JFT-Basic)",
        ),
        (
            Reason("needs_ssw_skill_test", {"visa": "ssw1", "sector": "food_manufacturing"}),
            "SSW (i) needs the skills test in Food and beverage manufacturing",
        ),
        (
            Reason(
                "pay_below_minimum_wage", {"prefecture": "fukuoka", "hourly": 1000.0, "floor": 1057}
            ),
            "Pay of ¥1,000 an hour is below the minimum wage in Fukuoka (¥1,057)",
        ),
        (
            Reason(
                "needs_degree_or_experience", {"visa": "engineer", "years": 10.0, "actual": 9.5}
            ),
            "The Engineer visa needs a related degree or 10 years' experience (has 9.5)",
        ),
        (
            Reason("unlock_jlpt", {"level": "N4", "count": 1}),
            "Passing JLPT N4 would open 1 more job",
        ),
        (
            Reason("unlock_jlpt", {"level": "N4", "count": 3}),
            "Passing JLPT N4 would open 3 more jobs",
        ),
    ],
)
def test_reasons_render_as_english_sentences(reason, text):
    assert render_reason(reason) == text


@pytest.mark.parametrize("code", sorted(MESSAGES) + sorted(PLURAL_MESSAGES))
@pytest.mark.parametrize("language", ["en", "vi", "ja"])
def test_every_message_renders_in_every_language(code, language):
    text = render_reason(Reason(code, SAMPLE_PARAMS), language)
    assert text and "%(" not in text


def test_sector_names_follow_the_language():
    reason = Reason("sector_wanted", {"sector": "nursing_care"})
    assert "介護" in render_reason(reason, "ja")
    assert "Điều dưỡng" in render_reason(reason, "vi")


def test_an_unknown_code_renders_as_itself():
    assert render_reason(Reason("something_new")) == "something_new"
