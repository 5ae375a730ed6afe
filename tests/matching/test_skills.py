import pytest

from matching.skill_vocabulary import SKILLS
from matching.skills import clean, normalise_skill, normalise_skills, skill_label

SAME_SKILL = [
    (
        "forklift",
        [
            "forklift",
            "Forklift operation",
            "forklift driving",
            "FORKLIFT  Operator",
            "フォークリフト",
            "ﾌｫｰｸﾘﾌﾄ",
            "フォークリフト 運転",
            "lái xe nâng",
            "Lái Xe Nâng",
            "lai xe nang",
            "forklift licence",
        ],
    ),
    (
        "welding",
        [
            "welding",
            "Welding (TIG, 3 years)",
            "溶接",
            "溶接作業",
            "hàn",
            "thợ hàn",
            "kỹ năng hàn",
            "TIG welding",
        ],
    ),
    (
        "food hygiene",
        [
            "food hygiene",
            "Food Safety",
            "食品衛生",
            "vệ sinh an toàn thực phẩm",
            "ve sinh an toan thuc pham",
            "an toàn vệ sinh thực phẩm",
        ],
    ),
    ("bathing assistance", ["bathing assistance", "hỗ trợ tắm", "入浴介助"]),
    ("care records", ["care records", "Care record", "介護記録", "ghi chép hồ sơ chăm sóc"]),
    ("scaffolding", ["scaffolding", "giàn giáo", "足場", "scaffold erection"]),
    ("rebar", ["rebar work", "鉄筋", "cốt thép", "rebar"]),
    ("cleanroom", ["cleanroom", "clean room", "クリーンルーム", "phòng sạch"]),
    ("photolithography", ["photolithography", "フォトリソグラフィ", "quang khắc"]),
    ("python", ["Python", "python3"]),
    ("javascript", ["javascript", "JS", "JavaScript"]),
    ("react", ["react", "React.js", "ReactJS"]),
    ("aws", ["AWS", "Amazon Web Services"]),
    ("machine learning", ["machine learning", "ML", "機械学習", "học máy"]),
    ("c++", ["C++", "cpp"]),
    ("c#", ["C#", ".NET"]),
]


@pytest.mark.parametrize(("key", "names"), SAME_SKILL, ids=[key for key, _ in SAME_SKILL])
def test_every_way_of_writing_a_skill_gives_its_key(key, names):
    assert {name: normalise_skill(name) for name in names} == dict.fromkeys(names, key)


def test_vietnamese_tone_mark_placement_does_not_matter():
    # "hoà" (old style) and "hòa" (new style) are the same word typed on different keyboards.
    assert normalise_skill("tự động hoá") == normalise_skill("tự động hóa") == "automation"


def test_unknown_skills_stay_free_text_but_lose_generic_words():
    assert normalise_skill("Pallet jack operators") == "pallet jack"
    assert normalise_skill("pallet jack") == "pallet jack"
    assert normalise_skill("Gardening skills") == "gardening"
    assert normalise_skill("hóa chất") == "hóa chất"


def test_one_unaccented_vietnamese_syllable_is_not_guessed():
    # "han" could be "hàn" (welding) or many other words; a wrong merge is worse than a miss.
    assert normalise_skill("han") == "han"


@pytest.mark.parametrize("blank", ["", "   ", "!!!", "・"])
def test_blank_text_has_no_key(blank):
    assert normalise_skill(blank) == ""
    assert normalise_skills([blank, "welding"]) == {"welding"}


def test_every_vocabulary_key_is_its_own_key_and_has_a_name():
    for skill in SKILLS:
        assert normalise_skill(skill.key) == skill.key
        assert normalise_skill(skill.en[0]) == skill.key
        assert skill_label(skill.key, "en") == skill.en[0]


def test_every_vocabulary_name_leads_to_its_own_skill():
    wrong = {
        name: (normalise_skill(name), skill.key)
        for skill in SKILLS
        for name in (*skill.en, *skill.vi, *skill.ja)
        if normalise_skill(name) != skill.key
    }
    assert wrong == {}


def test_labels_follow_the_readers_language():
    assert skill_label("forklift", "vi") == "lái xe nâng"
    assert skill_label("forklift", "ja") == "フォークリフト"
    assert skill_label("pallet jack", "ja") == "pallet jack"


def test_clean_folds_width_case_and_punctuation():
    assert clean("  Ｆｏｏｄ—Hygiene!! ") == "food hygiene"


def test_every_demo_skill_shares_one_key_with_its_other_names():
    """The demo data (accounts/demo.py) writes skills in three languages; each must match."""
    from accounts.demo import SKILL_VOCABULARY

    split = {
        canonical: {name: normalise_skill(name) for name in (canonical, *aliases)}
        for skills in SKILL_VOCABULARY.values()
        for canonical, aliases in skills.items()
        if len({normalise_skill(name) for name in (canonical, *aliases)}) > 1
    }
    assert split == {}


def test_every_skill_the_demo_generates_is_recognised():
    import datetime

    from accounts.demo import generate_candidates, generate_vacancies, skill_synonyms

    synonyms = skill_synonyms()
    today = datetime.date(2026, 11, 23)
    written = {s for c in generate_candidates(today=today) for s in c.skills}
    written |= {
        s
        for v in generate_vacancies(today=today, minimum_wage=lambda prefecture, day: 1_100)
        for s in (*v.required_skills, *v.preferred_skills)
    }
    unknown = {s for s in written if s.casefold() not in synonyms}
    assert unknown == set()  # the demo only writes names from its vocabulary …
    mismatched = {
        s: (normalise_skill(s), normalise_skill(synonyms[s.casefold()]))
        for s in written
        if normalise_skill(s) != normalise_skill(synonyms[s.casefold()])
    }
    assert mismatched == {}  # … and each has its canonical name's key
