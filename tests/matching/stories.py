"""The people and jobs of the matcher's stories, as plain data."""

import datetime

from matching.types import CandidateData, VacancyData

TODAY = datetime.date(2026, 11, 23)


def food_vacancy(**changes: object) -> VacancyData:
    """Tanaka Foods' bento line in Fukuoka: SSW (i), JLPT N4, food hygiene required."""
    values: dict[str, object] = {
        "id": "tanaka-bento",
        "sector": "food_manufacturing",
        "prefecture": "fukuoka",
        "required_skills": ("food hygiene",),
        "preferred_skills": ("forklift",),
        "min_jlpt_level": "N4",
        "visa_types": ("ssw1",),
        "monthly_salary_jpy": 220_000,
        "weekly_hours": 40.0,
    }
    values.update(changes)
    return VacancyData(**values)


def lan(**changes: object) -> CandidateData:
    """Lan: JLPT N4, passed the food manufacturing skills test, wants food work in Fukuoka."""
    values: dict[str, object] = {
        "id": "lan",
        "skills": ("vệ sinh an toàn thực phẩm", "lái xe nâng"),
        "jlpt_level": "N4",
        "ssw_skill_tests": frozenset({"food_manufacturing"}),
        "sectors": frozenset({"food_manufacturing"}),
        "preferred_prefectures": frozenset({"fukuoka"}),
        "desired_monthly_salary_jpy": 200_000,
        "experience_years": 2.0,
    }
    values.update(changes)
    return CandidateData(**values)
