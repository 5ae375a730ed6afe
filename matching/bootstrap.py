"""A synthetic, labelled set of (vacancy, candidate) pairs, generated from the domain rules.

Until the site has recorded enough real outcomes (interviews, hires, rejections), the scorer is
trained on this set. It is honest about what it is: a documented guess at what makes a good
match, written down as ``true_suitability``, with noise, so that the model has something of the
right shape to learn and the evaluation has a known answer. Real outcomes replace it later
(``train_matcher`` without ``--bootstrap``).

How the set is made
-------------------
* Candidates and vacancies are drawn over the real slugs (sectors, prefectures, visas) with
  plausible frequencies: more food manufacturing, nursing care and construction than railway;
  more Fukuoka than Okinawa; JLPT N4 the most common level; some JFT-Basic passes, skills tests,
  Technical Intern Training completions; pay between the prefecture's minimum wage and a third
  above it (professional tracks higher), a few vacancies below the floor.
* Skills come from the vocabulary's skills for each sector, written in English, Vietnamese or
  Japanese at random, as a real candidate pool would be.
* Each vacancy gets a pool of candidates: most want its field, the rest are random, so that a
  pool has both good and poor matches, eligible and ineligible ones.
* ``true_suitability`` scores a pair from its features (see below). The label (1 = interview or
  hire, 0 = rejected, not a fit, or not interested) is 1 when suitability plus Gaussian noise
  (σ = ``LABEL_NOISE``) passes ``LABEL_THRESHOLD``. Only eligible pairs are labelled for
  training: an ineligible pair cannot be hired whatever its fit, the rules already exclude it,
  and learning eligibility from labels would only teach the model to approximate the rules.
"""

import datetime
from dataclasses import dataclass

import numpy as np

from matching.features import CandidateBatch, vacancy_features
from matching.reference_data import reference_from_migration
from matching.rules import JLPT_CODES, eligibility_mask
from matching.skill_vocabulary import SKILLS
from matching.skills import GENERAL_SKILL_KEYS, SKILLS_BY_KEY, sector_skill_keys
from matching.types import CandidateData, ReferenceData, VacancyData

# A fixed day, so that the set does not change with the calendar (minimum wages, TITP end).
REFERENCE_DAY = datetime.date(2026, 11, 1)
TRAINING_SEED = 20_261_101
EVALUATION_SEED = 7_770_001  # independent of the training seed
LABEL_NOISE = 1.5
LABEL_THRESHOLD = 4.2

SECTOR_WEIGHTS: dict[str, float] = {
    "food_manufacturing": 16,
    "nursing_care": 14,
    "construction": 12,
    "industrial_manufacturing": 12,
    "agriculture": 8,
    "food_service": 7,
    "building_cleaning": 4,
    "accommodation": 4,
    "automobile_repair": 3,
    "shipbuilding": 3,
    "fishery": 3,
    "automobile_transport": 2,
    "aviation": 1,
    "railway": 1,
    "forestry": 1,
    "wood_industry": 1,
    "semiconductor": 4,
    "it_software": 5,
    "engineering": 3,
}
PREFECTURE_WEIGHTS: dict[str, float] = {
    "fukuoka": 35,
    "kumamoto": 15,
    "oita": 10,
    "kagoshima": 10,
    "saga": 8,
    "nagasaki": 8,
    "miyazaki": 7,
    "okinawa": 7,
}
# None, N5, N4, N3, N2, N1 among candidates.
JLPT_WEIGHTS = (0.15, 0.25, 0.35, 0.16, 0.07, 0.02)
LANGUAGE_WEIGHTS = {"en": 0.6, "vi": 0.25, "ja": 0.15}


def true_suitability(x: np.ndarray) -> np.ndarray:
    """The latent "how good is this match" behind the synthetic labels, from the features.

    Written as a recruiter would weigh it, both sides counted:
      3.0 × required-skill coverage      the job can be done
      0.8 × preferred-skill coverage
      0.45 × Japanese above the minimum   (gap clipped to −1…+2: more helps, with diminishing use)
      1.4 × sector interest               the candidate wants this field (0.5 if open to any)
      0.5 × track record in the field     a skills test or TITP in it
      1.0 × prefecture preference         (1 wanted, 0.5 anywhere, 0 elsewhere)
      2.5 × shortfall of pay below wish   (pay below their wish loses candidates fast…)
      0.8 × pay above wish, up to +30 %   (…pay above it helps less)
      0.25 × experience beyond the minimum (clipped to ±3 years)
      0.6 × degree on a professional track
      0.3 × zero fees, 0.3 × housing, 0.6 × pay above the minimum wage (the job's appeal)
    """
    pay = x[:, 7] - 1.0
    return (
        3.0 * x[:, 0]
        + 0.8 * x[:, 1]
        + 0.45 * np.clip(x[:, 2], -1.0, 2.0)
        + 1.4 * x[:, 4]
        + 0.5 * x[:, 5]
        + 1.0 * x[:, 6]
        + 2.5 * np.minimum(pay, 0.0)
        + 0.8 * np.clip(pay, 0.0, 0.3)
        + 0.25 * np.clip(x[:, 8], -3.0, 3.0)
        + 0.6 * x[:, 9]
        + 0.3 * x[:, 10]
        + 0.3 * x[:, 11]
        + 0.6 * x[:, 12]
    )


def bootstrap_reference() -> ReferenceData:
    return reference_from_migration(REFERENCE_DAY)


def _choice(rng: np.random.Generator, weights: dict[str, float], size: int = 1) -> list[str]:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    picked = rng.choice(len(keys), size=size, replace=False, p=p / p.sum())
    return [keys[i] for i in np.atleast_1d(picked)]


def _surface(rng: np.random.Generator, key: str) -> str:
    """A name for a skill as someone might write it: English, Vietnamese or Japanese."""
    skill = SKILLS_BY_KEY[key]
    language = rng.choice(list(LANGUAGE_WEIGHTS), p=list(LANGUAGE_WEIGHTS.values()))
    names = {"en": skill.en, "vi": skill.vi, "ja": skill.ja}[str(language)] or skill.en
    return str(names[int(rng.integers(len(names)))])


def _pool(sector: str) -> list[str]:
    return list(sector_skill_keys(sector)) or [s.key for s in SKILLS[:10]]


def random_candidate(
    rng: np.random.Generator, ref: ReferenceData, candidate_id: str, focus: str | None = None
) -> CandidateData:
    sectors: list[str] = []
    if rng.random() > 0.05 or focus:
        count = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
        sectors = _choice(rng, SECTOR_WEIGHTS, count)
        if focus and focus not in sectors:
            sectors[0] = focus
    jlpt_index = int(rng.choice(6, p=JLPT_WEIGHTS))
    jlpt = JLPT_CODES.get(jlpt_index) if jlpt_index else None
    jft = bool(rng.random() < (0.45 if jlpt_index <= 1 else 0.15))
    ssw = [s for s in sectors if s in ref.ssw_sectors]
    ssw_tests = {s for s in ssw if rng.random() < 0.5}
    titp = {s for s in ssw if rng.random() < 0.2}
    ssw2 = {s for s in ssw if s in ref.ssw2_sectors and rng.random() < 0.08}
    professional = any(s in ref.professional_sectors for s in sectors)
    skill_keys: set[str] = set()
    for sector in sectors or _choice(rng, SECTOR_WEIGHTS, 1):
        pool = _pool(sector)
        take = min(len(pool), int(rng.integers(1, 5)))
        skill_keys.update(str(k) for k in rng.choice(pool, size=take, replace=False))
    skill_keys.update(
        str(k) for k in rng.choice(GENERAL_SKILL_KEYS, size=int(rng.integers(0, 3)), replace=False)
    )
    if rng.random() < 0.2:
        wish = None
    elif professional:
        wish = int(rng.integers(50, 91)) * 5_000
    else:
        wish = int(rng.integers(34, 53)) * 5_000
    prefectures = (
        set(_choice(rng, PREFECTURE_WEIGHTS, int(rng.integers(1, 4))))
        if rng.random() < 0.6
        else set()
    )
    experience = float(rng.integers(0, 31)) / 2 if professional else float(rng.integers(0, 17)) / 2
    return CandidateData(
        id=candidate_id,
        skills=tuple(_surface(rng, k) for k in sorted(skill_keys)),
        jlpt_level=jlpt,
        jft_basic=jft,
        ssw_skill_tests=frozenset(ssw_tests),
        titp_completed_sectors=frozenset(titp),
        care_japanese_test="nursing_care" in sectors and rng.random() < 0.6,
        ssw2_skill_tests=frozenset(ssw2),
        sectors=frozenset(sectors),
        preferred_prefectures=frozenset(prefectures),
        desired_monthly_salary_jpy=wish,
        experience_years=experience,
        has_degree=professional and rng.random() < 0.75,
    )


def random_vacancy(rng: np.random.Generator, ref: ReferenceData, vacancy_id: str) -> VacancyData:
    sector = _choice(rng, SECTOR_WEIGHTS)[0]
    prefecture = _choice(rng, PREFECTURE_WEIGHTS)[0]
    professional = sector in ref.professional_sectors
    pool = _pool(sector)
    n_required = int(rng.choice([0, 1, 2, 3], p=[0.1, 0.35, 0.35, 0.2]))
    required = [str(k) for k in rng.choice(pool, size=min(n_required, len(pool)), replace=False)]
    rest = [k for k in pool if k not in required] + list(GENERAL_SKILL_KEYS)
    preferred = [str(k) for k in rng.choice(rest, size=int(rng.integers(0, 3)), replace=False)]
    if professional:
        min_jlpt = rng.choice(["", "N3", "N2", "N1"], p=[0.4, 0.2, 0.3, 0.1])
        visas: list[str] = ["engineer"]
    else:
        min_jlpt = rng.choice(["", "N5", "N4", "N3"], p=[0.2, 0.1, 0.5, 0.2])
        roll = rng.random()
        if roll < 0.45:
            visas = ["ssw1"]
        elif roll < 0.65:
            visas = ["ssw1", "ssw2"]
        elif roll < 0.85:
            visas = ["ssw1", "titp"]
        elif roll < 0.9:
            visas = ["titp"]
        else:
            visas = ["ssw1", "esd"]
    weekly = float(rng.choice([40.0, 40.0, 40.0, 38.0, 35.0]))
    floor = ref.wage_floors[prefecture]
    monthly_hours = weekly * 52 / 12
    if rng.random() < 0.03:
        factor = 0.95  # a few vacancies below the floor, which no one can take
    elif professional:
        factor = float(rng.uniform(1.4, 2.4))
    else:
        factor = float(rng.uniform(1.0, 1.35))
    salary = int(np.ceil(floor * monthly_hours * factor / 1_000) * 1_000)
    start = (
        None
        if rng.random() < 0.5
        else ref.today + datetime.timedelta(days=int(rng.integers(0, 300)))
    )
    return VacancyData(
        id=vacancy_id,
        sector=sector,
        prefecture=prefecture,
        required_skills=tuple(_surface(rng, k) for k in required),
        preferred_skills=tuple(_surface(rng, k) for k in preferred),
        min_jlpt_level=str(min_jlpt) or None,
        visa_types=tuple(visas),
        monthly_salary_jpy=salary,
        weekly_hours=weekly,
        min_experience_years=float(rng.choice([0, 0, 1, 2, 3])) + (2.0 if professional else 0.0),
        zero_fee=bool(rng.random() < 0.55),
        housing_support=str(rng.choice(["none", "allowance", "provided"], p=[0.4, 0.35, 0.25])),
        start_date=start,
    )


@dataclass(frozen=True)
class PairSet:
    """Pairs grouped by vacancy: ``group[i]`` is the index of pair i's vacancy."""

    features: np.ndarray
    labels: np.ndarray  # noisy outcome: 1 = interview/hire
    suitability: np.ndarray  # the noise-free latent
    eligible: np.ndarray
    group: np.ndarray
    vacancies: tuple[VacancyData, ...]
    candidates: tuple[CandidateData, ...]  # one per pair
    ref: ReferenceData


def generate_pairs(
    n_vacancies: int = 400, pool_size: int = 80, seed: int = TRAINING_SEED
) -> PairSet:
    """``n_vacancies`` vacancies, each with a pool of ``pool_size`` candidates."""
    rng = np.random.default_rng(seed)
    ref = bootstrap_reference()
    blocks: list[np.ndarray] = []
    eligible: list[np.ndarray] = []
    groups: list[np.ndarray] = []
    vacancies: list[VacancyData] = []
    pairs: list[CandidateData] = []
    for v in range(n_vacancies):
        vacancy = random_vacancy(rng, ref, f"v{v}")
        pool = [
            random_candidate(
                rng, ref, f"v{v}-c{c}", focus=vacancy.sector if rng.random() < 0.6 else None
            )
            for c in range(pool_size)
        ]
        batch = CandidateBatch.from_candidates(pool)
        blocks.append(vacancy_features(vacancy, batch, ref))
        eligible.append(eligibility_mask(vacancy, batch, ref))
        groups.append(np.full(pool_size, v))
        vacancies.append(vacancy)
        pairs.extend(pool)
    x = np.vstack(blocks)
    suitability = true_suitability(x)
    noisy = suitability + rng.normal(0.0, LABEL_NOISE, size=len(suitability))
    return PairSet(
        features=np.ascontiguousarray(x),
        labels=(noisy > LABEL_THRESHOLD).astype(np.int8),
        suitability=suitability,
        eligible=np.concatenate(eligible),
        group=np.concatenate(groups),
        vacancies=tuple(vacancies),
        candidates=tuple(pairs),
        ref=ref,
    )


def held_out_groups(pairs: PairSet, fraction: float = 0.2, seed: int = TRAINING_SEED) -> np.ndarray:
    """Boolean mask of pairs whose vacancy is held out for evaluation (whole vacancies, so that no
    vacancy is seen in both training and evaluation)."""
    rng = np.random.default_rng(seed + 1)
    n_groups = len(pairs.vacancies)
    held = rng.permutation(n_groups)[: max(1, int(round(n_groups * fraction)))]
    return np.isin(pairs.group, held)
