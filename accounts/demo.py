"""Demo data: the skill vocabulary, and candidates, companies and vacancies made from a seed.

Pure: no models and no database. ``seed_demo`` writes what these functions describe, and the
matcher may reuse ``SKILL_VOCABULARY`` and ``skill_synonyms()`` to recognise skills typed in
English, Vietnamese or Japanese. The same seed always gives the same people and terms.
"""

import datetime
import random
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from accounts.provinces import VietnamProvince
from employers.validators import corporate_number_check_digit
from employers.wages import meets_floor, minimum_monthly_salary

T = TypeVar("T")

DEFAULT_SEED = 2026
# .test is reserved (RFC 2606): these addresses can never receive mail or belong to a real person.
DEMO_DOMAIN = "demo.kakehashi.test"
CANDIDATE_LOGIN = f"lan@{DEMO_DOMAIN}"
EMPLOYER_LOGIN = f"tanaka@{DEMO_DOMAIN}"
RECRUITER_LOGIN = f"recruiter@{DEMO_DOMAIN}"
CANDIDATE_COUNT = 200

# --- Skills ---------------------------------------------------------------------------------
# Per sector: canonical English name → the other names people type for the same skill
# (Vietnamese, Japanese, English variants). Candidates and employers write any of them.
SKILL_VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "nursing_care": {
        "bathing assistance": ("hỗ trợ tắm", "入浴介助", "bathing support"),
        "meal assistance": ("hỗ trợ ăn uống", "食事介助", "feeding assistance"),
        "toileting assistance": ("hỗ trợ vệ sinh cá nhân", "排泄介助", "toilet assistance"),
        "transfer assistance": ("hỗ trợ di chuyển", "移乗介助", "patient transfer"),
        "care records": ("ghi chép chăm sóc", "介護記録", "care documentation"),
        "dementia care": ("chăm sóc người sa sút trí tuệ", "認知症ケア"),
        "vital signs monitoring": ("đo dấu hiệu sinh tồn", "バイタルチェック", "vital signs"),
        "recreation activities": ("tổ chức hoạt động giải trí", "レクリエーション"),
        "wheelchair assistance": ("hỗ trợ xe lăn", "車椅子介助"),
        "night shift care": ("chăm sóc ca đêm", "夜勤介護"),
        "first aid": ("sơ cứu", "応急処置"),
    },
    "building_cleaning": {
        "floor cleaning": ("lau sàn", "床清掃"),
        "floor polishing": ("đánh bóng sàn", "ワックスがけ", "floor waxing"),
        "window cleaning": ("lau kính", "窓ガラス清掃"),
        "restroom cleaning": ("vệ sinh nhà vệ sinh", "トイレ清掃", "toilet cleaning"),
        "carpet cleaning": ("giặt thảm", "カーペット洗浄"),
        "cleaning machine operation": (
            "vận hành máy chà sàn",
            "ポリッシャー操作",
            "floor scrubber",
        ),
        "waste sorting": ("phân loại rác", "ゴミ分別"),
        "hospital cleaning": ("vệ sinh bệnh viện", "病院清掃"),
    },
    "industrial_manufacturing": {
        "welding": ("hàn", "溶接", "arc welding"),
        "CNC machining": ("gia công CNC", "CNC加工", "CNC"),
        "lathe operation": ("tiện", "旋盤"),
        "press operation": ("vận hành máy dập", "プレス加工", "metal pressing"),
        "forklift": ("forklift operation", "lái xe nâng", "フォークリフト"),
        "assembly": ("lắp ráp", "組立", "assembly line"),
        "painting": ("sơn", "塗装", "spray painting"),
        "quality inspection": ("kiểm tra chất lượng", "品質検査", "QC"),
        "injection moulding": ("ép nhựa", "射出成形", "injection molding"),
        "soldering": ("hàn thiếc", "はんだ付け"),
        "machine maintenance": ("bảo trì máy", "機械保全"),
        "blueprint reading": ("đọc bản vẽ", "図面読解", "reading drawings"),
    },
    "construction": {
        "scaffolding": ("giàn giáo", "足場", "scaffold erection"),
        "rebar work": ("cốt thép", "鉄筋", "rebar"),
        "formwork": ("cốp pha", "型枠"),
        "concrete work": ("đổ bê tông", "コンクリート打設"),
        "interior finishing": ("hoàn thiện nội thất", "内装仕上げ"),
        "plastering": ("trát vữa", "左官"),
        "heavy machinery operation": ("vận hành máy xây dựng", "重機操作", "excavator"),
        "earthwork": ("đào đắp đất", "土工"),
        "waterproofing": ("chống thấm", "防水"),
        "plumbing": ("lắp đặt ống nước", "配管"),
        "electrical wiring": ("đi dây điện", "電気工事"),
        "site safety": ("an toàn lao động", "安全管理"),
    },
    "shipbuilding": {
        "welding": ("hàn", "溶接", "arc welding"),
        "ship painting": ("sơn tàu", "船舶塗装"),
        "steel fabrication": ("gia công thép", "鉄工"),
        "outfitting": ("lắp đặt thiết bị tàu", "艤装"),
        "grinding": ("mài", "グラインダー作業"),
        "slinging": ("móc cáp cẩu", "玉掛け", "crane signalling"),
    },
    "automobile_repair": {
        "vehicle inspection": ("kiểm định xe", "車検整備", "shaken inspection"),
        "engine maintenance": ("bảo dưỡng động cơ", "エンジン整備"),
        "brake repair": ("sửa phanh", "ブレーキ整備"),
        "tyre change": ("thay lốp", "タイヤ交換", "tire change"),
        "oil change": ("thay dầu", "オイル交換"),
        "fault diagnosis": ("chẩn đoán lỗi", "故障診断", "OBD diagnostics"),
        "body repair": ("gò hàn thân xe", "板金"),
        "car painting": ("sơn xe", "自動車塗装"),
    },
    "aviation": {
        "ground handling": ("phục vụ mặt đất", "グランドハンドリング"),
        "aircraft maintenance": ("bảo dưỡng máy bay", "航空機整備"),
        "baggage handling": ("xử lý hành lý", "手荷物取扱い"),
    },
    "accommodation": {
        "front desk": ("lễ tân", "フロント業務", "reception"),
        "housekeeping": ("dọn phòng", "客室清掃", "room cleaning"),
        "bed making": ("trải giường", "ベッドメイク"),
        "restaurant service": ("phục vụ nhà hàng", "レストランサービス"),
        "customer service": ("chăm sóc khách hàng", "接客"),
        "English": ("tiếng Anh", "英語"),
        "reservation system": ("hệ thống đặt phòng", "予約システム"),
        "bath facility cleaning": ("vệ sinh khu tắm onsen", "大浴場清掃"),
    },
    "automobile_transport": {
        "truck driving": ("lái xe tải", "トラック運転"),
        "bus driving": ("lái xe buýt", "バス運転"),
        "taxi driving": ("lái taxi", "タクシー運転"),
        "cargo handling": ("bốc xếp hàng hóa", "荷役"),
    },
    "railway": {
        "track maintenance": ("bảo trì đường ray", "軌道整備"),
        "rolling stock maintenance": ("bảo dưỡng toa xe", "車両整備"),
        "station service": ("phục vụ nhà ga", "駅務"),
    },
    "agriculture": {
        "vegetable cultivation": ("trồng rau", "野菜栽培"),
        "greenhouse farming": ("trồng nhà kính", "施設園芸"),
        "harvesting": ("thu hoạch", "収穫"),
        "fruit cultivation": ("trồng cây ăn quả", "果樹栽培"),
        "livestock care": ("chăn nuôi", "畜産", "animal husbandry"),
        "dairy farming": ("chăn nuôi bò sữa", "酪農"),
        "tractor operation": ("lái máy cày", "トラクター操作"),
        "crop sorting and packing": ("phân loại và đóng gói nông sản", "選果・出荷作業"),
        "pesticide application": ("phun thuốc bảo vệ thực vật", "農薬散布"),
    },
    "fishery": {
        "net handling": ("xử lý lưới", "網作業"),
        "aquaculture": ("nuôi trồng thủy sản", "養殖"),
        "fish processing": ("sơ chế cá", "魚の処理"),
        "fishing boat work": ("làm việc trên tàu cá", "漁船作業"),
    },
    "food_manufacturing": {
        "food hygiene": ("vệ sinh an toàn thực phẩm", "食品衛生"),
        "HACCP": ("quy trình HACCP", "HACCP管理"),
        "bento packing": ("đóng hộp cơm bento", "弁当盛り付け", "bento production"),
        "meat processing": ("chế biến thịt", "食肉加工"),
        "seafood processing": ("chế biến thủy sản", "水産加工"),
        "bakery production": ("làm bánh mì", "製パン"),
        "packing line": ("đóng gói", "包装", "packing"),
        "food quality inspection": ("kiểm tra chất lượng thực phẩm", "食品検査"),
        "knife skills": ("kỹ năng dùng dao", "包丁作業"),
        "forklift": ("forklift operation", "lái xe nâng", "フォークリフト"),
        "confectionery production": ("sản xuất bánh kẹo", "菓子製造"),
    },
    "food_service": {
        "cooking": ("nấu ăn", "調理"),
        "food preparation": ("sơ chế nguyên liệu", "仕込み", "prep cook"),
        "serving customers": ("phục vụ bàn", "ホール接客", "waiting tables"),
        "dishwashing": ("rửa bát", "洗い場"),
        "cash register": ("thu ngân", "レジ"),
        "food hygiene": ("vệ sinh an toàn thực phẩm", "食品衛生"),
        "Japanese cuisine": ("món ăn Nhật", "和食"),
        "ramen preparation": ("nấu ramen", "ラーメン調理"),
    },
    "forestry": {
        "chainsaw operation": ("sử dụng cưa máy", "チェーンソー"),
        "tree planting": ("trồng rừng", "植林"),
        "logging": ("khai thác gỗ", "伐採"),
    },
    "wood_industry": {
        "sawmill operation": ("vận hành xưởng cưa", "製材"),
        "woodworking": ("chế biến gỗ", "木工"),
        "plywood production": ("sản xuất gỗ dán", "合板製造"),
    },
    "semiconductor": {
        "cleanroom": ("phòng sạch", "クリーンルーム", "cleanroom operations"),
        "photolithography": ("quang khắc", "フォトリソグラフィ", "lithography"),
        "wafer inspection": ("kiểm tra wafer", "ウェハ検査"),
        "etching": ("khắc", "エッチング", "dry etching"),
        "CVD": ("lắng đọng hơi hóa học", "化学気相成長", "chemical vapor deposition"),
        "equipment maintenance": ("bảo trì thiết bị", "装置保全"),
        "process engineering": ("kỹ thuật quy trình", "プロセスエンジニアリング"),
        "yield analysis": ("phân tích hiệu suất", "歩留まり解析"),
        "SPC": ("kiểm soát quy trình thống kê", "統計的工程管理", "statistical process control"),
        "PLC programming": ("lập trình PLC", "PLCプログラミング", "PLC"),
        "circuit design": ("thiết kế mạch", "回路設計"),
        "Verilog": (),
        "failure analysis": ("phân tích lỗi", "故障解析"),
    },
    "it_software": {
        "Python": (),
        "Java": (),
        "JavaScript": ("JS",),
        "TypeScript": ("TS",),
        "React": ("React.js", "ReactJS"),
        "AWS": ("Amazon Web Services",),
        "SQL": (),
        "machine learning": ("học máy", "機械学習", "ML"),
        "PHP": (),
        "Django": (),
        "Spring": ("Spring Boot",),
        "Docker": (),
        "Linux": (),
        "Terraform": (),
        "software testing": ("kiểm thử phần mềm", "ソフトウェアテスト", "QA testing"),
        "bridge SE": ("kỹ sư cầu nối", "ブリッジSE", "BrSE"),
        "data analysis": ("phân tích dữ liệu", "データ分析"),
    },
    "engineering": {
        "CAD": ("AutoCAD", "thiết kế CAD"),
        "SolidWorks": (),
        "mechanical design": ("thiết kế cơ khí", "機械設計"),
        "electrical design": ("thiết kế điện", "電気設計"),
        "PLC programming": ("lập trình PLC", "PLCプログラミング", "PLC"),
        "solar power systems": ("hệ thống điện mặt trời", "太陽光発電"),
        "geothermal power": ("điện địa nhiệt", "地熱発電"),
        "energy management": ("quản lý năng lượng", "エネルギー管理"),
        "construction management": ("quản lý thi công", "施工管理"),
        "HVAC": ("điều hòa thông gió", "空調設備"),
        "automation": ("tự động hóa", "自動化"),
    },
}


def skill_synonyms() -> dict[str, str]:
    """Every known name of a skill, case-folded → its canonical English name."""
    synonyms: dict[str, str] = {}
    for skills in SKILL_VOCABULARY.values():
        for canonical, aliases in skills.items():
            for name in (canonical, *aliases):
                synonyms[name.casefold()] = canonical
    return synonyms


def _script(text: str) -> str:
    """'ja' for kana or kanji, 'vi' for other non-ASCII letters, else 'en'."""
    if any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text):
        return "ja"
    return "vi" if not text.isascii() else "en"


def _written(rng: random.Random, sector: str, skill: str, vi: float, ja: float) -> str:
    """The skill as a person would type it: English mostly, sometimes Vietnamese or Japanese."""
    by_script: dict[str, str] = {}
    for alias in SKILL_VOCABULARY[sector][skill]:
        by_script.setdefault(_script(alias), alias)
    roll = rng.random()
    if roll < vi and "vi" in by_script:
        return by_script["vi"]
    if roll < vi + ja and "ja" in by_script:
        return by_script["ja"]
    return skill


def _rng(*parts: object) -> random.Random:
    # Demo data needs repeatable draws, not secrecy.
    return random.Random(":".join(str(part) for part in parts))  # noqa: S311


def _weighted(rng: random.Random, weights: Mapping[T, float]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _weighted_sample(rng: random.Random, weights: Mapping[T, float], k: int) -> list[T]:
    pool = dict(weights)
    picked: list[T] = []
    while pool and len(picked) < k:
        choice = _weighted(rng, pool)
        picked.append(choice)
        del pool[choice]
    return picked


def _first_of_month(today: datetime.date, months_ahead: int) -> datetime.date:
    month_index = today.year * 12 + today.month - 1 + months_ahead
    return datetime.date(month_index // 12, month_index % 12 + 1, 1)


# --- Sectors and places ---------------------------------------------------------------------
PROFESSIONAL_SECTORS = ("semiconductor", "it_software", "engineering")
# The SSW fields open to SSW (ii) (domain.md), among those the demo uses.
SSW2_SECTORS = frozenset(
    {
        "building_cleaning",
        "industrial_manufacturing",
        "construction",
        "shipbuilding",
        "automobile_repair",
        "accommodation",
        "agriculture",
        "food_manufacturing",
        "food_service",
    }
)
# Technical Intern Training has no food-service job type.
TITP_SECTORS = frozenset(SSW2_SECTORS | {"nursing_care"}) - {"food_service"}

PREFECTURE_NAMES = {
    "fukuoka": "Fukuoka",
    "saga": "Saga",
    "nagasaki": "Nagasaki",
    "kumamoto": "Kumamoto",
    "oita": "Oita",
    "miyazaki": "Miyazaki",
    "kagoshima": "Kagoshima",
    "okinawa": "Okinawa",
}

# --- Candidates -----------------------------------------------------------------------------
FAMILY_NAMES: dict[str, float] = {
    "Nguyễn": 38,
    "Trần": 11,
    "Lê": 9.5,
    "Phạm": 7,
    "Hoàng": 5,
    "Huỳnh": 4,
    "Phan": 4.5,
    "Vũ": 3.9,
    "Võ": 3.5,
    "Đặng": 2.1,
    "Bùi": 2,
    "Đỗ": 1.4,
    "Hồ": 1.3,
    "Ngô": 1.3,
    "Dương": 1,
    "Lý": 0.5,
}
MIDDLE_NAMES = {
    "female": {
        "Thị": 40,
        "Ngọc": 8,
        "Thanh": 6,
        "Thu": 6,
        "Thùy": 5,
        "Hồng": 4,
        "Phương": 4,
        "Mai": 3,
        "Kim": 3,
        "Bảo": 2,
    },
    "male": {
        "Văn": 35,
        "Đức": 9,
        "Minh": 9,
        "Hữu": 7,
        "Quang": 7,
        "Thanh": 5,
        "Công": 5,
        "Xuân": 4,
        "Đình": 4,
        "Quốc": 4,
        "Tiến": 3,
    },
}
GIVEN_NAMES = {
    "female": (
        "Lan", "Hoa", "Trang", "Linh", "Phương", "Thảo", "Mai", "Anh", "Hương", "Hằng",
        "Nhung", "Ngân", "Yến", "Vy", "Nhi", "Huyền", "Hạnh", "Giang", "Loan", "Thủy",
        "Hà", "Quỳnh", "Oanh", "Trinh",
    ),
    "male": (
        "Minh", "Hùng", "Tuấn", "Nam", "Hải", "Dũng", "Huy", "Anh", "Long", "Khánh",
        "Quân", "Sơn", "Thắng", "Phúc", "Đạt", "Tùng", "Hiếu", "Trung", "Cường", "Bình",
        "Vinh", "Tài", "Lâm", "Kiên",
    ),
}  # fmt: skip

# Primary sector of the candidates, and the sectors they also consider.
CANDIDATE_SECTORS: dict[str, float] = {
    "food_manufacturing": 30,
    "nursing_care": 24,
    "industrial_manufacturing": 22,
    "construction": 20,
    "agriculture": 14,
    "food_service": 10,
    "accommodation": 8,
    "building_cleaning": 6,
    "automobile_repair": 6,
    "shipbuilding": 3,
    "semiconductor": 14,
    "it_software": 16,
    "engineering": 10,
}
RELATED_SECTORS: dict[str, tuple[str, ...]] = {
    "food_manufacturing": ("food_service", "agriculture"),
    "nursing_care": ("building_cleaning", "accommodation"),
    "industrial_manufacturing": ("construction", "shipbuilding", "automobile_repair"),
    "construction": ("industrial_manufacturing", "shipbuilding"),
    "agriculture": ("food_manufacturing",),
    "food_service": ("food_manufacturing", "accommodation"),
    "accommodation": ("food_service", "building_cleaning"),
    "building_cleaning": ("accommodation", "nursing_care"),
    "automobile_repair": ("industrial_manufacturing",),
    "shipbuilding": ("industrial_manufacturing", "construction"),
    "semiconductor": ("engineering", "industrial_manufacturing"),
    "it_software": ("engineering",),
    "engineering": ("semiconductor", "it_software"),
}
# Share of women by primary sector (default 0.5).
FEMALE_SHARE = {
    "nursing_care": 0.75,
    "food_manufacturing": 0.6,
    "accommodation": 0.6,
    "building_cleaning": 0.55,
    "construction": 0.08,
    "shipbuilding": 0.05,
    "automobile_repair": 0.1,
    "industrial_manufacturing": 0.3,
    "semiconductor": 0.3,
    "it_software": 0.3,
    "engineering": 0.2,
}
# Most workers who go to Japan come from the north and the north-central coast.
HOMETOWN_WEIGHTS: dict[str, float] = {
    "nghe_an": 12,
    "thanh_hoa": 11,
    "ha_tinh": 8,
    "ha_noi": 8,
    "hai_phong": 5,
    "bac_ninh": 5,
    "hung_yen": 5,
    "ninh_binh": 5,
    "phu_tho": 5,
    "thai_nguyen": 4,
    "ho_chi_minh": 4,
    "quang_ninh": 3,
    "hue": 3,
    "da_nang": 3,
    "quang_tri": 2,
    "quang_ngai": 2,
    "dong_nai": 2,
    "can_tho": 2,
}
PREFECTURE_WEIGHTS: dict[str, float] = {
    "fukuoka": 35,
    "kumamoto": 15,
    "oita": 10,
    "saga": 10,
    "nagasaki": 8,
    "kagoshima": 8,
    "okinawa": 8,
    "miyazaki": 6,
}
JLPT_SSW: dict[str | None, float] = {None: 18, "N5": 17, "N4": 38, "N3": 20, "N2": 6, "N1": 1}
JLPT_PROFESSIONAL: dict[str | None, float] = {
    None: 25,
    "N5": 5,
    "N4": 12,
    "N3": 27,
    "N2": 24,
    "N1": 7,
}
# Ages are counted in this year, so birthdays do not shift with the day the command runs.
AGE_YEAR = 2026
MOBILE_PREFIXES = ("90", "91", "93", "94", "96", "97", "98")


@dataclass(frozen=True)
class CandidateSpec:
    email: str
    full_name: str
    family_name: str
    given_name: str
    date_of_birth: datetime.date
    hometown_province: str
    phone: str
    skills: tuple[str, ...]
    jlpt_level: str | None
    jft_basic: bool
    care_japanese_test: bool
    ssw_skill_tests: tuple[str, ...]
    ssw2_skill_tests: tuple[str, ...]
    titp_completed_sectors: tuple[str, ...]
    current_location: str  # "vietnam" or "japan"
    residence_status: str | None
    seeking_transfer: bool
    sectors: tuple[str, ...]
    preferred_prefectures: tuple[str, ...]
    desired_monthly_salary_jpy: int | None
    experience_years: Decimal
    has_degree: bool
    available_from: datetime.date | None


def ascii_name(name: str) -> str:
    """'Nguyễn Thị Lan' → 'nguyen.thi.lan' (đ has no decomposition, so it is mapped by hand)."""
    text = name.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ".".join(text.lower().split())


def lan(today: datetime.date) -> CandidateSpec:
    """Lan, the candidate login: JLPT N4, JFT-Basic, food SSW test, wants food work in Fukuoka."""
    return CandidateSpec(
        email=CANDIDATE_LOGIN,
        full_name="Nguyễn Thị Lan",
        family_name="Nguyễn",
        given_name="Lan",
        date_of_birth=datetime.date(2000, 5, 17),
        hometown_province=VietnamProvince.NGHE_AN.value,
        phone="+84 912 345 678",
        skills=("food hygiene", "HACCP", "bento packing"),
        jlpt_level="N4",
        jft_basic=True,
        care_japanese_test=False,
        ssw_skill_tests=("food_manufacturing",),
        ssw2_skill_tests=(),
        titp_completed_sectors=(),
        current_location="vietnam",
        residence_status=None,
        seeking_transfer=False,
        sectors=("food_manufacturing",),
        preferred_prefectures=("fukuoka",),
        desired_monthly_salary_jpy=200_000,
        experience_years=Decimal("2.0"),
        has_degree=False,
        available_from=_first_of_month(today, 3),
    )


def _candidate(rng: random.Random, n: int, today: datetime.date) -> CandidateSpec:
    sector = _weighted(rng, CANDIDATE_SECTORS)
    professional = sector in PROFESSIONAL_SECTORS
    sectors = [sector]
    if rng.random() < 0.3:
        sectors.append(rng.choice(RELATED_SECTORS[sector]))

    gender = "female" if rng.random() < FEMALE_SHARE.get(sector, 0.5) else "male"
    family = _weighted(rng, FAMILY_NAMES)
    middle = _weighted(rng, MIDDLE_NAMES[gender])
    given = rng.choice([g for g in GIVEN_NAMES[gender] if g != middle])
    full_name = f"{family} {middle} {given}"

    if professional:
        age = rng.randint(22, 38)
    else:
        age = rng.choices(range(19, 36), [3, 5, 8, 10, 11, 11, 10, 9, 8, 6, 5, 4, 3, 2, 2, 1, 1])[0]
    jlpt = _weighted(rng, JLPT_PROFESSIONAL if professional else JLPT_SSW)
    jft_basic = False
    ssw_tests: list[str] = []
    ssw2_tests: list[str] = []
    titp: list[str] = []
    location, residence, transfer = "vietnam", None, False
    if professional:
        has_degree = rng.random() < 0.88
        experience = Decimal(rng.choice(["0", "0.5", "1", "2", "3", "4", "5", "6", "8"]))
        salary_range = (240_000, 350_000)
        if rng.random() < 0.22:
            location, residence = "japan", "engineer"
    else:
        has_degree = rng.random() < 0.05
        experience = Decimal(rng.choice(["0", "0", "0.5", "1", "1.5", "2", "3", "4"]))
        salary_range = (160_000, 250_000)
        weak_japanese = jlpt in (None, "N5")
        jft_basic = rng.random() < (0.55 if weak_japanese else 0.2)
        roll = rng.random()
        if roll < 0.10 and sector in SSW2_SECTORS | {"nursing_care"}:
            # In Japan on SSW (i): came through the skills test or from Technical Intern Training.
            location, residence = "japan", "ssw1"
            if sector in TITP_SECTORS and rng.random() < 0.5:
                titp.append(sector)
                experience = Decimal(rng.choice(["3", "3.5", "4", "5"]))
            else:
                ssw_tests.append(sector)
            if weak_japanese and not jft_basic:
                jlpt = "N4"
            if experience >= 3 and sector in SSW2_SECTORS and rng.random() < 0.3:
                ssw2_tests.append(sector)
        elif roll < 0.18 and sector in TITP_SECTORS:
            # A technical intern now in Japan; some have finished stage (ii) already.
            location, residence = "japan", "titp"
            if rng.random() < 0.4:
                titp.append(sector)
                experience = Decimal(rng.choice(["3", "3.5", "4"]))
        else:
            if sector in TITP_SECTORS and rng.random() < 0.15:
                # Returned from Technical Intern Training and hoping to go back on SSW.
                titp.append(sector)
                experience = Decimal(rng.choice(["3", "4", "5"]))
                if weak_japanese:
                    jlpt = rng.choice(["N4", "N3"])
            passed_language = jft_basic or jlpt not in (None, "N5")
            if rng.random() < (0.6 if passed_language else 0.15):
                ssw_tests.append(sector)
        if location == "japan":
            transfer = rng.random() < 0.15
    if titp:
        age = max(age, 22)  # interns enter at 18 or older and stage (ii) ends after 3 years
    # Nobody has worked for longer than they have been an adult.
    experience = min(experience, Decimal(max(age - 18, 0)))
    care_test = sector == "nursing_care" and (
        rng.random() < (0.75 if (ssw_tests or titp) else 0.15)
    )

    skills: list[str] = []
    vi, ja = (0.05, 0.05) if professional else (0.16, 0.22 if location == "japan" else 0.1)
    for skill in rng.sample(sorted(SKILL_VOCABULARY[sector]), rng.randint(3, 6)):
        skills.append(_written(rng, sector, skill, vi, ja))
    for other in sectors[1:]:
        for skill in rng.sample(sorted(SKILL_VOCABULARY[other]), rng.randint(0, 2)):
            written = _written(rng, other, skill, vi, ja)
            if written.casefold() not in {s.casefold() for s in skills}:
                skills.append(written)

    if rng.random() < 0.3:
        prefectures: list[str] = []  # anywhere in Kyushu
    else:
        weights = dict(PREFECTURE_WEIGHTS)
        if sector == "semiconductor":
            weights["kumamoto"] = 40
        prefectures = _weighted_sample(rng, weights, rng.choices([1, 2, 3], [55, 30, 15])[0])

    salary = None
    if rng.random() < 0.92:
        salary = rng.randrange(salary_range[0], salary_range[1] + 1, 5_000)
    hometowns = {p: HOMETOWN_WEIGHTS.get(p, 1) for p in VietnamProvince.values}
    return CandidateSpec(
        email=f"{ascii_name(full_name)}.{n}@{DEMO_DOMAIN}",
        full_name=full_name,
        family_name=family,
        given_name=given,
        date_of_birth=datetime.date(AGE_YEAR - age, rng.randint(1, 12), rng.randint(1, 28)),
        hometown_province=_weighted(rng, hometowns),
        phone=(
            f"+84 {rng.choice(MOBILE_PREFIXES)} {rng.randrange(1000):03d} {rng.randrange(10000):04d}"
        ),
        skills=tuple(skills),
        jlpt_level=jlpt,
        jft_basic=jft_basic,
        care_japanese_test=care_test,
        ssw_skill_tests=tuple(ssw_tests),
        ssw2_skill_tests=tuple(ssw2_tests),
        titp_completed_sectors=tuple(titp),
        current_location=location,
        residence_status=residence,
        seeking_transfer=transfer,
        sectors=tuple(sectors),
        preferred_prefectures=tuple(prefectures),
        desired_monthly_salary_jpy=salary,
        experience_years=experience,
        has_degree=has_degree,
        available_from=(None if rng.random() < 0.3 else _first_of_month(today, rng.randint(1, 8))),
    )


def generate_candidates(
    seed: int = DEFAULT_SEED, *, today: datetime.date, count: int = CANDIDATE_COUNT
) -> list[CandidateSpec]:
    """Lan first, then ``count - 1`` others drawn from ``seed``."""
    rng = _rng("candidates", seed)
    return [lan(today)] + [_candidate(rng, n, today) for n in range(1, count)]


# --- Companies and their jobs ---------------------------------------------------------------
@dataclass(frozen=True)
class Job:
    title: str
    duties: str
    skills: tuple[str, ...]  # canonical names, most essential first
    sector: str = ""  # the company's first sector when empty
    jlpt: tuple[str | None, ...] = ()  # minimum JLPT levels to choose from; the sector's if empty


@dataclass(frozen=True)
class CompanySpec:
    key: str
    name_ja: str
    name_latin: str
    prefecture: str
    city: str
    sectors: tuple[str, ...]
    size: str  # employers.models.CompanySize value
    contact_ja: tuple[str, str]  # family name, given name
    contact_romaji: str
    registry_serial: int
    verified: bool
    jobs: tuple[Job, ...]

    @property
    def corporate_number(self) -> str:
        # A registry code for the prefecture, 01 (kabushiki kaisha) and a serial number.
        base = f"{REGISTRY_CODES[self.prefecture]}01{self.registry_serial:06d}"
        return f"{corporate_number_check_digit(base)}{base}"

    @property
    def contact_email(self) -> str:
        if self.key == "tanaka-foods":
            return EMPLOYER_LOGIN
        return f"{self.contact_romaji}.{self.key}@{DEMO_DOMAIN}"

    @property
    def contact_phone(self) -> str:
        area = AREA_CODES[self.city]
        rng = _rng("phone", self.key)
        local = f"{rng.randrange(10**6):06d}"
        if len(area) == 3:
            return f"{area}-{rng.randrange(200, 1000)}-{local[:4]}"
        return f"{area}-{local[:2]}-{local[2:]}"

    @property
    def website(self) -> str:
        # example.jp is reserved for documentation, so no real company's site is linked.
        return f"https://{self.key}.example.jp/"


REGISTRY_CODES = {
    "fukuoka": "2900",
    "saga": "3000",
    "nagasaki": "3100",
    "oita": "3200",
    "kumamoto": "3300",
    "kagoshima": "3400",
    "miyazaki": "3500",
    "okinawa": "3600",
}
AREA_CODES = {
    "Fukuoka": "092",
    "Kitakyushu": "093",
    "Kurume": "0942",
    "Iizuka": "0948",
    "Saga": "0952",
    "Karatsu": "0955",
    "Tosu": "0942",
    "Nagasaki": "095",
    "Sasebo": "0956",
    "Kumamoto": "096",
    "Kikuyo": "096",
    "Yatsushiro": "0965",
    "Oita": "097",
    "Beppu": "0977",
    "Nakatsu": "0979",
    "Miyazaki": "0985",
    "Miyakonojo": "0986",
    "Kagoshima": "099",
    "Kirishima": "0995",
    "Naha": "098",
    "Urasoe": "098",
}

_CARE = ("N4", "N4", "N3")
_FRONT_DESK = ("N3", "N3", "N2")

COMPANIES: tuple[CompanySpec, ...] = (
    CompanySpec(
        key="tanaka-foods",
        name_ja="田中食品株式会社",
        name_latin="Tanaka Foods Co., Ltd.",
        prefecture="fukuoka",
        city="Fukuoka",
        sectors=("food_manufacturing",),
        size="50-299",
        contact_ja=("田中", "健一"),
        contact_romaji="tanaka",
        registry_serial=901101,
        verified=True,
        jobs=(
            Job(
                "Bento production line staff",
                "Cook, portion and pack boxed lunches (bento) for convenience stores across "
                "Fukuoka on a chilled production line.",
                ("food hygiene", "bento packing", "HACCP", "packing line"),
                jlpt=("N4",),
            ),
            Job(
                "Food packing and labelling operator",
                "Pack side dishes into trays, check weights and print allergen labels, in a team "
                "that already includes Vietnamese colleagues.",
                ("packing line", "food hygiene", "food quality inspection"),
            ),
            Job(
                "Hygiene and quality control assistant / 品質管理補助",
                "Check temperatures and hygiene records under our HACCP plan, inspect finished "
                "products and help prepare for health-centre audits.",
                ("HACCP", "food hygiene", "food quality inspection"),
                jlpt=("N4", "N3"),
            ),
            Job(
                "Warehouse and forklift staff (food plant)",
                "Receive ingredients, move chilled stock with a forklift and prepare outgoing "
                "deliveries. The forklift licence can be taken after joining, at our cost.",
                ("forklift", "food hygiene", "packing line"),
            ),
        ),
    ),
    CompanySpec(
        key="kyushu-care",
        name_ja="株式会社九州ケアサービス",
        name_latin="Kyushu Care Service Co., Ltd.",
        prefecture="fukuoka",
        city="Kurume",
        sectors=("nursing_care",),
        size="50-299",
        contact_ja=("松本", "由美"),
        contact_romaji="matsumoto",
        registry_serial=901187,
        verified=True,
        jobs=(
            Job(
                "Care worker (special nursing home) / 介護職員",
                "Daily living support in a special nursing home for the elderly (特別養護老人ホーム): "
                "meals, bathing, toileting and transfers, with care records kept on tablets.",
                ("bathing assistance", "meal assistance", "transfer assistance", "care records"),
                jlpt=_CARE,
            ),
            Job(
                "Care worker (day service centre)",
                "Support elderly users with bathing, meals and recreation at a day service "
                "centre. No night shifts; Sundays off.",
                ("bathing assistance", "recreation activities", "meal assistance"),
                jlpt=_CARE,
            ),
            Job(
                "Care worker (group home for people with dementia)",
                "Small-unit care for nine residents living with dementia: cooking together, "
                "walks and help with daily life.",
                ("dementia care", "meal assistance", "care records"),
                jlpt=_CARE,
            ),
            Job(
                "Night-shift care staff",
                "Night shifts in a nursing home alongside two experienced staff: rounds, "
                "toileting assistance and morning care. Night-shift allowance paid.",
                ("night shift care", "toileting assistance", "vital signs monitoring"),
                jlpt=("N3",),
            ),
        ),
    ),
    CompanySpec(
        key="hakata-bento",
        name_ja="博多べんとう工房株式会社",
        name_latin="Hakata Bento Kobo Co., Ltd.",
        prefecture="fukuoka",
        city="Fukuoka",
        sectors=("food_manufacturing",),
        size="10-49",
        contact_ja=("中島", "浩二"),
        contact_romaji="nakashima",
        registry_serial=901254,
        verified=True,
        jobs=(
            Job(
                "Bento cooking and portioning staff",
                "Prepare rice, fried dishes and simmered vegetables and portion them into bento "
                "boxes for supermarkets in Fukuoka City.",
                ("bento packing", "food hygiene", "knife skills"),
            ),
            Job(
                "Central kitchen prep staff / 仕込みスタッフ",
                "Cut vegetables and prepare ingredients in the central kitchen that supplies our "
                "shops in Hakata and Tenjin.",
                ("knife skills", "food hygiene", "HACCP"),
            ),
            Job(
                "Early-morning packing staff",
                "Pack and ship the morning bento deliveries; shifts start at 5:00 and finish "
                "at 14:00.",
                ("packing line", "bento packing", "food hygiene"),
            ),
        ),
    ),
    CompanySpec(
        key="kitakyushu-seiko",
        name_ja="北九州精工株式会社",
        name_latin="Kitakyushu Seiko Co., Ltd.",
        prefecture="fukuoka",
        city="Kitakyushu",
        sectors=("industrial_manufacturing",),
        size="50-299",
        contact_ja=("井上", "誠"),
        contact_romaji="inoue",
        registry_serial=901322,
        verified=True,
        jobs=(
            Job(
                "CNC machining operator",
                "Set up and run CNC lathes and machining centres producing steel parts for "
                "industrial robots; read drawings and measure with micrometers.",
                ("CNC machining", "blueprint reading", "quality inspection", "lathe operation"),
            ),
            Job(
                "Welder (steel structures) / 溶接工",
                "CO2 and TIG welding of frames and brackets. The company pays for the JIS "
                "welding qualification.",
                ("welding", "blueprint reading", "quality inspection"),
            ),
            Job(
                "Press machine operator",
                "Operate 80–200 t presses for automotive brackets, change dies and check parts "
                "against the inspection sheet.",
                ("press operation", "quality inspection", "forklift"),
            ),
        ),
    ),
    CompanySpec(
        key="hibikinada-kensetsu",
        name_ja="株式会社響灘建設",
        name_latin="Hibikinada Kensetsu Co., Ltd.",
        prefecture="fukuoka",
        city="Kitakyushu",
        sectors=("construction",),
        size="10-49",
        contact_ja=("古賀", "大輔"),
        contact_romaji="koga",
        registry_serial=901398,
        verified=True,
        jobs=(
            Job(
                "Scaffolding worker / とび職",
                "Erect and dismantle scaffolding on building and plant sites across Kitakyushu.",
                ("scaffolding", "site safety", "concrete work"),
            ),
            Job(
                "Rebar worker / 鉄筋工",
                "Cut, bend and tie rebar for foundations and floor slabs on building sites.",
                ("rebar work", "site safety", "formwork"),
            ),
            Job(
                "Formwork carpenter / 型枠大工",
                "Build and strip concrete formwork for apartment and bridge projects.",
                ("formwork", "concrete work", "site safety"),
            ),
        ),
    ),
    CompanySpec(
        key="tenjin-soft-lab",
        name_ja="株式会社天神ソフトラボ",
        name_latin="Tenjin Soft Lab Inc.",
        prefecture="fukuoka",
        city="Fukuoka",
        sectors=("it_software",),
        size="10-49",
        contact_ja=("吉田", "亮"),
        contact_romaji="yoshida",
        registry_serial=901465,
        verified=True,
        jobs=(
            Job(
                "Backend engineer (Python / Django)",
                "Build web services for local governments and retailers. Code review in "
                "English, documentation in Japanese.",
                ("Python", "Django", "SQL", "AWS", "Docker"),
            ),
            Job(
                "Frontend engineer (React / TypeScript)",
                "Develop customer-facing web apps for Fukuoka start-ups with a bilingual team.",
                ("React", "TypeScript", "JavaScript", "software testing"),
            ),
            Job(
                "Bridge SE (Vietnam offshore team) / ブリッジSE",
                "Connect our Fukuoka clients with our partner development team in Da Nang: "
                "requirements, specifications and test reviews.",
                ("bridge SE", "software testing", "Java", "SQL"),
                jlpt=("N2",),
            ),
        ),
    ),
    CompanySpec(
        key="iizuka-motors",
        name_ja="飯塚モータース株式会社",
        name_latin="Iizuka Motors Co., Ltd.",
        prefecture="fukuoka",
        city="Iizuka",
        sectors=("automobile_repair",),
        size="10-49",
        contact_ja=("久保", "和也"),
        contact_romaji="kubo",
        registry_serial=901533,
        verified=True,
        jobs=(
            Job(
                "Automotive mechanic / 自動車整備士",
                "Periodic maintenance and statutory vehicle inspections (車検) for passenger cars "
                "and light trucks.",
                ("vehicle inspection", "engine maintenance", "brake repair", "fault diagnosis"),
            ),
            Job(
                "Tyre and oil service staff",
                "Tyre changes, oil changes and basic inspections in our service bay.",
                ("tyre change", "oil change", "vehicle inspection"),
            ),
        ),
    ),
    CompanySpec(
        key="chikugo-farm",
        name_ja="株式会社筑後ファーム",
        name_latin="Chikugo Farm Co., Ltd.",
        prefecture="fukuoka",
        city="Kurume",
        sectors=("agriculture",),
        size="10-49",
        contact_ja=("江口", "茂"),
        contact_romaji="eguchi",
        registry_serial=901609,
        verified=True,
        jobs=(
            Job(
                "Greenhouse strawberry farm worker",
                "Plant, tend and harvest Amaou strawberries in greenhouses; packing in the peak "
                "season from December to April.",
                ("greenhouse farming", "harvesting", "crop sorting and packing"),
            ),
            Job(
                "Vegetable farm worker",
                "Grow and harvest leafy vegetables and cabbages on open fields, with some "
                "tractor work.",
                ("vegetable cultivation", "harvesting", "tractor operation"),
            ),
        ),
    ),
    CompanySpec(
        key="fukuoka-building-maintenance",
        name_ja="株式会社ふくおかビルメンテナンス",
        name_latin="Fukuoka Building Maintenance Co., Ltd.",
        prefecture="fukuoka",
        city="Fukuoka",
        sectors=("building_cleaning",),
        size="50-299",
        contact_ja=("山口", "恵子"),
        contact_romaji="yamaguchi",
        registry_serial=901676,
        verified=True,
        jobs=(
            Job(
                "Building cleaning staff (offices)",
                "Daily cleaning of offices, lifts and shared areas in buildings in Tenjin and "
                "Hakata.",
                ("floor cleaning", "restroom cleaning", "waste sorting"),
            ),
            Job(
                "Hospital cleaning staff",
                "Clean wards, corridors and restrooms in a general hospital, following its "
                "infection-control rules.",
                ("hospital cleaning", "floor cleaning", "restroom cleaning"),
            ),
            Job(
                "Floor maintenance crew / 床清掃スタッフ",
                "Scrub, wax and polish floors with machines in shopping centres, mostly early "
                "in the morning.",
                ("cleaning machine operation", "floor polishing", "carpet cleaning"),
            ),
        ),
    ),
    CompanySpec(
        key="hakata-dining",
        name_ja="株式会社博多ダイニング",
        name_latin="Hakata Dining Co., Ltd.",
        prefecture="fukuoka",
        city="Fukuoka",
        sectors=("food_service",),
        size="10-49",
        contact_ja=("石橋", "翔太"),
        contact_romaji="ishibashi",
        registry_serial=901742,
        verified=False,
        jobs=(
            Job(
                "Kitchen staff (ramen restaurant)",
                "Prepare ramen, side dishes and pork-bone soup in a busy Hakata ramen shop.",
                ("ramen preparation", "cooking", "food hygiene"),
            ),
            Job(
                "Restaurant floor staff / ホールスタッフ",
                "Greet guests, take orders on tablets and serve in an izakaya near Hakata Station.",
                ("serving customers", "cash register", "food hygiene"),
                jlpt=("N4", "N3"),
            ),
            Job(
                "Dishwashing and prep staff",
                "Dishwashing, kitchen cleaning and vegetable prep in a restaurant kitchen.",
                ("dishwashing", "food preparation", "food hygiene"),
            ),
        ),
    ),
    CompanySpec(
        key="saga-nori-foods",
        name_ja="佐賀のり食品株式会社",
        name_latin="Saga Nori Foods Co., Ltd.",
        prefecture="saga",
        city="Saga",
        sectors=("food_manufacturing",),
        size="10-49",
        contact_ja=("副島", "直樹"),
        contact_romaji="soejima",
        registry_serial=902103,
        verified=True,
        jobs=(
            Job(
                "Seaweed (nori) processing staff / 海苔加工",
                "Roast, cut and pack Ariake Sea nori, with seasonal overtime from December to "
                "March.",
                ("packing line", "food hygiene", "seafood processing"),
            ),
            Job(
                "Food factory line operator",
                "Operate packing machines and inspect products on our seasoned-seaweed lines.",
                ("packing line", "food quality inspection", "HACCP"),
            ),
        ),
    ),
    CompanySpec(
        key="karatsu-seaside-hotel",
        name_ja="唐津シーサイドホテル株式会社",
        name_latin="Karatsu Seaside Hotel Co., Ltd.",
        prefecture="saga",
        city="Karatsu",
        sectors=("accommodation", "food_service"),
        size="50-299",
        contact_ja=("宮崎", "千尋"),
        contact_romaji="miyazaki",
        registry_serial=902171,
        verified=True,
        jobs=(
            Job(
                "Hotel housekeeping staff",
                "Clean guest rooms, make beds and restock amenities in a 120-room seaside hotel.",
                ("housekeeping", "bed making", "customer service"),
            ),
            Job(
                "Front desk and guest service staff / フロント",
                "Check-in, check-out and guest enquiries in Japanese and English; Vietnamese is "
                "welcome for our growing number of guests from Asia.",
                ("front desk", "customer service", "English", "reservation system"),
                jlpt=_FRONT_DESK,
            ),
            Job(
                "Hotel kitchen assistant",
                "Prepare breakfast buffets and banquet dishes with the hotel's chefs; Karatsu "
                "squid is the speciality.",
                ("cooking", "food preparation", "food hygiene"),
                sector="food_service",
            ),
        ),
    ),
    CompanySpec(
        key="tosu-precision",
        name_ja="鳥栖精密工業株式会社",
        name_latin="Tosu Precision Industries Co., Ltd.",
        prefecture="saga",
        city="Tosu",
        sectors=("industrial_manufacturing",),
        size="50-299",
        contact_ja=("原田", "隆"),
        contact_romaji="harada",
        registry_serial=902238,
        verified=True,
        jobs=(
            Job(
                "Machining operator (aluminium parts)",
                "Run CNC machines making aluminium parts for logistics equipment; measure parts "
                "and record the results.",
                ("CNC machining", "quality inspection", "blueprint reading"),
            ),
            Job(
                "Assembly line operator",
                "Assemble conveyor units and control panels; tools and training provided.",
                ("assembly", "soldering", "forklift"),
            ),
            Job(
                "Quality inspector / 検査員",
                "Inspect machined parts with callipers and a coordinate measuring machine and "
                "keep the inspection records.",
                ("quality inspection", "blueprint reading"),
                jlpt=("N4", "N3"),
            ),
        ),
    ),
    CompanySpec(
        key="saikai-marine-tech",
        name_ja="西海マリンテック株式会社",
        name_latin="Saikai Marine Tech Co., Ltd.",
        prefecture="nagasaki",
        city="Sasebo",
        sectors=("shipbuilding",),
        size="50-299",
        contact_ja=("浦川", "修"),
        contact_romaji="urakawa",
        registry_serial=903105,
        verified=False,
        jobs=(
            Job(
                "Ship welder / 造船溶接工",
                "Weld hull blocks in a Sasebo shipyard, mostly semi-automatic CO2 welding.",
                ("welding", "grinding", "slinging"),
            ),
            Job(
                "Ship painter",
                "Surface preparation and painting of hull blocks and decks.",
                ("ship painting", "grinding", "slinging"),
            ),
        ),
    ),
    CompanySpec(
        key="nagasaki-care-home",
        name_ja="株式会社長崎ケアホーム",
        name_latin="Nagasaki Care Home Co., Ltd.",
        prefecture="nagasaki",
        city="Nagasaki",
        sectors=("nursing_care",),
        size="50-299",
        contact_ja=("岩永", "美香"),
        contact_romaji="iwanaga",
        registry_serial=903172,
        verified=True,
        jobs=(
            Job(
                "Care worker (nursing home)",
                "Personal care for residents of a 60-bed nursing home overlooking Nagasaki "
                "harbour.",
                ("bathing assistance", "meal assistance", "toileting assistance", "care records"),
                jlpt=_CARE,
            ),
            Job(
                "Care worker (short-stay unit)",
                "Care for short-stay guests: bathing, meals, transfers and recreation, with care "
                "records on tablets.",
                ("transfer assistance", "bathing assistance", "recreation activities"),
                jlpt=_CARE,
            ),
            Job(
                "Care assistant / 介護補助",
                "Help certified care workers with meals, linen changes and recreation while you "
                "study for the care qualification.",
                ("meal assistance", "wheelchair assistance", "recreation activities"),
                jlpt=("N4",),
            ),
        ),
    ),
    CompanySpec(
        key="dejima-hotels",
        name_ja="株式会社出島ホテルズ",
        name_latin="Dejima Hotels Co., Ltd.",
        prefecture="nagasaki",
        city="Nagasaki",
        sectors=("accommodation",),
        size="50-299",
        contact_ja=("平野", "沙織"),
        contact_romaji="hirano",
        registry_serial=903240,
        verified=True,
        jobs=(
            Job(
                "Hotel room attendant",
                "Room cleaning and bed making in a city hotel near Dejima.",
                ("housekeeping", "bed making"),
            ),
            Job(
                "Hotel restaurant and banquet staff",
                "Breakfast service and banquet set-up in the hotel restaurant.",
                ("restaurant service", "customer service", "English"),
                jlpt=("N4", "N3"),
            ),
        ),
    ),
    CompanySpec(
        key="kikuyo-semicon-tech",
        name_ja="菊陽セミコンテック株式会社",
        name_latin="Kikuyo Semicon Tech Co., Ltd.",
        prefecture="kumamoto",
        city="Kikuyo",
        sectors=("semiconductor",),
        size="300+",
        contact_ja=("坂本", "拓也"),
        contact_romaji="sakamoto",
        registry_serial=904112,
        verified=True,
        jobs=(
            Job(
                "Process engineer (photolithography)",
                "Maintain and improve lithography processes for logic and image-sensor wafers "
                "in a new Kikuyo fab, with SPC data analysis.",
                ("photolithography", "process engineering", "SPC", "cleanroom"),
            ),
            Job(
                "Equipment maintenance engineer (etching / CVD)",
                "Preventive maintenance and troubleshooting of dry-etch and CVD tools in a "
                "24-hour cleanroom.",
                ("equipment maintenance", "etching", "CVD", "cleanroom"),
            ),
            Job(
                "Wafer inspection technician",
                "Inspect wafers with optical and SEM tools, classify defects and report to the "
                "process engineers.",
                ("wafer inspection", "cleanroom", "SPC"),
                jlpt=(None, "N3"),
            ),
            Job(
                "Yield analysis engineer / 歩留まり解析",
                "Analyse yield data, trace defects to process steps and propose improvements "
                "with the fab team.",
                ("yield analysis", "failure analysis", "SPC", "process engineering"),
                jlpt=("N2",),
            ),
        ),
    ),
    CompanySpec(
        key="higo-process-engineering",
        name_ja="肥後プロセスエンジニアリング株式会社",
        name_latin="Higo Process Engineering Co., Ltd.",
        prefecture="kumamoto",
        city="Kumamoto",
        sectors=("semiconductor", "engineering"),
        size="50-299",
        contact_ja=("村上", "剛"),
        contact_romaji="murakami",
        registry_serial=904180,
        verified=True,
        jobs=(
            Job(
                "Cleanroom equipment installation engineer",
                "Install and start up semiconductor manufacturing equipment for customers in "
                "Kumamoto: hook-up, tests and documentation.",
                ("equipment maintenance", "cleanroom", "PLC programming"),
            ),
            Job(
                "Facility engineer (ultrapure water and HVAC)",
                "Operate and maintain the utility systems (ultrapure water, exhaust, HVAC) that "
                "keep semiconductor fabs running.",
                ("HVAC", "energy management", "electrical design"),
                sector="engineering",
            ),
            Job(
                "Electrical control engineer (PLC)",
                "Design and program PLC controls for process equipment and draw control-panel "
                "schematics in CAD.",
                ("PLC programming", "electrical design", "CAD", "automation"),
                sector="engineering",
            ),
        ),
    ),
    CompanySpec(
        key="yatsushiro-agri",
        name_ja="八代アグリ株式会社",
        name_latin="Yatsushiro Agri Co., Ltd.",
        prefecture="kumamoto",
        city="Yatsushiro",
        sectors=("agriculture",),
        size="10-49",
        contact_ja=("西田", "隆之"),
        contact_romaji="nishida",
        registry_serial=904247,
        verified=True,
        jobs=(
            Job(
                "Tomato greenhouse worker",
                "Grow and harvest tomatoes in large greenhouses on the Yatsushiro plain.",
                ("greenhouse farming", "harvesting", "vegetable cultivation"),
            ),
            Job(
                "Crop sorting and packing staff / 選果場スタッフ",
                "Sort, grade and pack tomatoes and melons at our packing house.",
                ("crop sorting and packing", "harvesting"),
            ),
        ),
    ),
    CompanySpec(
        key="kumamoto-kaigo-net",
        name_ja="株式会社くまもと介護ネット",
        name_latin="Kumamoto Kaigo Net Co., Ltd.",
        prefecture="kumamoto",
        city="Kumamoto",
        sectors=("nursing_care",),
        size="10-49",
        contact_ja=("緒方", "智子"),
        contact_romaji="ogata",
        registry_serial=904315,
        verified=True,
        jobs=(
            Job(
                "Care worker (elderly care facility)",
                "Daily living support for residents: meals, bathing, toileting and transfers.",
                ("meal assistance", "bathing assistance", "transfer assistance"),
                jlpt=_CARE,
            ),
            Job(
                "Care worker (day service)",
                "Daytime care, light rehabilitation exercises and recreation for elderly users; "
                "most weekends off.",
                ("recreation activities", "vital signs monitoring", "wheelchair assistance"),
                jlpt=_CARE,
            ),
        ),
    ),
    CompanySpec(
        key="kumamoto-kensetsu-kogyo",
        name_ja="熊本建設工業株式会社",
        name_latin="Kumamoto Kensetsu Kogyo Co., Ltd.",
        prefecture="kumamoto",
        city="Kumamoto",
        sectors=("construction",),
        size="50-299",
        contact_ja=("上田", "健"),
        contact_romaji="ueda",
        registry_serial=904382,
        verified=True,
        jobs=(
            Job(
                "Civil engineering worker / 土木作業員",
                "Road and river works: earthwork, concrete and operating small machinery.",
                ("earthwork", "concrete work", "heavy machinery operation"),
            ),
            Job(
                "Interior finishing worker",
                "Install ceilings, partitions and boards in new houses and offices.",
                ("interior finishing", "site safety"),
            ),
            Job(
                "Plasterer apprentice / 左官見習い",
                "Learn plastering from experienced craftsmen on house and temple restoration work.",
                ("plastering", "interior finishing", "waterproofing"),
            ),
        ),
    ),
    CompanySpec(
        key="beppu-onsen-resort",
        name_ja="別府温泉リゾート株式会社",
        name_latin="Beppu Onsen Resort Co., Ltd.",
        prefecture="oita",
        city="Beppu",
        sectors=("accommodation", "food_service"),
        size="50-299",
        contact_ja=("佐藤", "美咲"),
        contact_romaji="sato",
        registry_serial=905104,
        verified=True,
        jobs=(
            Job(
                "Ryokan housekeeping and guest service",
                "Prepare guest rooms with futons, clean the large baths and help serve dinner "
                "in a traditional onsen ryokan.",
                ("housekeeping", "bath facility cleaning", "customer service"),
            ),
            Job(
                "Hotel front desk staff",
                "Reception, reservations and guest enquiries in Japanese and English.",
                ("front desk", "reservation system", "English"),
                jlpt=_FRONT_DESK,
            ),
            Job(
                "Japanese cuisine kitchen staff / 和食調理補助",
                "Help the chefs prepare kaiseki dinners and breakfasts with local Oita produce.",
                ("Japanese cuisine", "food preparation", "cooking"),
                sector="food_service",
            ),
        ),
    ),
    CompanySpec(
        key="nakatsu-auto-parts",
        name_ja="中津オートパーツ株式会社",
        name_latin="Nakatsu Auto Parts Co., Ltd.",
        prefecture="oita",
        city="Nakatsu",
        sectors=("industrial_manufacturing",),
        size="300+",
        contact_ja=("渡辺", "勇"),
        contact_romaji="watanabe",
        registry_serial=905171,
        verified=True,
        jobs=(
            Job(
                "Automotive parts press operator",
                "Stamp body parts for a nearby car assembly plant; die changes and quality checks.",
                ("press operation", "quality inspection", "forklift"),
            ),
            Job(
                "Resin moulding operator",
                "Run injection-moulding machines for interior parts and inspect finished parts.",
                ("injection moulding", "quality inspection"),
            ),
            Job(
                "Spot welding operator",
                "Robot-assisted spot welding of car body parts, with set-up and daily checks.",
                ("welding", "machine maintenance", "quality inspection"),
            ),
        ),
    ),
    CompanySpec(
        key="oita-green-energy",
        name_ja="株式会社大分グリーンエナジー",
        name_latin="Oita Green Energy Co., Ltd.",
        prefecture="oita",
        city="Oita",
        sectors=("engineering",),
        size="10-49",
        contact_ja=("河野", "修平"),
        contact_romaji="kono",
        registry_serial=905239,
        verified=True,
        jobs=(
            Job(
                "Solar power plant engineer",
                "Design, build and maintain solar and battery systems for factories across Oita.",
                ("solar power systems", "electrical design", "CAD"),
            ),
            Job(
                "Geothermal and energy systems engineer",
                "Monitor and improve geothermal and biomass power projects and analyse their "
                "energy data.",
                ("geothermal power", "energy management", "mechanical design"),
            ),
        ),
    ),
    CompanySpec(
        key="miyakonojo-meat-packers",
        name_ja="都城ミートパッカーズ株式会社",
        name_latin="Miyakonojo Meat Packers Co., Ltd.",
        prefecture="miyazaki",
        city="Miyakonojo",
        sectors=("food_manufacturing",),
        size="50-299",
        contact_ja=("日高", "誠一"),
        contact_romaji="hidaka",
        registry_serial=906108,
        verified=True,
        jobs=(
            Job(
                "Meat processing operator / 食肉加工",
                "Cut and trim pork and chicken and pack portions for supermarkets.",
                ("meat processing", "knife skills", "food hygiene"),
            ),
            Job(
                "Ham and sausage production staff",
                "Mix, stuff, smoke and pack processed meat products.",
                ("meat processing", "packing line", "HACCP"),
            ),
        ),
    ),
    CompanySpec(
        key="miyazaki-sun-farm",
        name_ja="株式会社みやざきサンファーム",
        name_latin="Miyazaki Sun Farm Co., Ltd.",
        prefecture="miyazaki",
        city="Miyazaki",
        sectors=("agriculture",),
        size="1-9",
        contact_ja=("黒木", "晃"),
        contact_romaji="kuroki",
        registry_serial=906175,
        verified=False,
        jobs=(
            Job(
                "Mango and vegetable greenhouse worker",
                "Tend greenhouse mangoes and cucumbers; harvesting and packing.",
                ("greenhouse farming", "fruit cultivation", "harvesting"),
            ),
            Job(
                "Livestock farm worker (cattle)",
                "Feed and care for Miyazaki beef cattle, clean the barns and help at calving.",
                ("livestock care", "tractor operation"),
            ),
        ),
    ),
    CompanySpec(
        key="kirishima-precision",
        name_ja="霧島精密株式会社",
        name_latin="Kirishima Precision Co., Ltd.",
        prefecture="kagoshima",
        city="Kirishima",
        sectors=("semiconductor",),
        size="300+",
        contact_ja=("有村", "浩"),
        contact_romaji="arimura",
        registry_serial=907113,
        verified=True,
        jobs=(
            Job(
                "Semiconductor process technician",
                "Operate and monitor process equipment in a Kirishima cleanroom, on shifts.",
                ("cleanroom", "etching", "equipment maintenance"),
                jlpt=("N4", "N3"),
            ),
            Job(
                "Test engineer (semiconductor devices)",
                "Develop test programs for electronic components and analyse failures.",
                ("failure analysis", "circuit design", "SPC"),
            ),
            Job(
                "Circuit design engineer",
                "Analogue and digital circuit design for sensors; Verilog experience is a plus.",
                ("circuit design", "Verilog", "failure analysis"),
            ),
        ),
    ),
    CompanySpec(
        key="satsuma-care",
        name_ja="株式会社さつま介護サービス",
        name_latin="Satsuma Care Service Co., Ltd.",
        prefecture="kagoshima",
        city="Kagoshima",
        sectors=("nursing_care",),
        size="10-49",
        contact_ja=("前田", "陽子"),
        contact_romaji="maeda",
        registry_serial=907180,
        verified=True,
        jobs=(
            Job(
                "Care worker (nursing home) / 介護職員",
                "Meals, bathing and toileting support for 50 residents, with a Vietnamese care "
                "worker already on the team.",
                ("meal assistance", "bathing assistance", "toileting assistance"),
                jlpt=_CARE,
            ),
            Job(
                "Care worker (assisted-living residence)",
                "Support residents who live independently: rounds, meals, recreation and care "
                "records.",
                ("care records", "recreation activities", "first aid"),
                jlpt=_CARE,
            ),
        ),
    ),
    CompanySpec(
        key="ryukyu-resort-hotel",
        name_ja="株式会社琉球リゾートホテル",
        name_latin="Ryukyu Resort Hotel Co., Ltd.",
        prefecture="okinawa",
        city="Naha",
        sectors=("accommodation",),
        size="300+",
        contact_ja=("比嘉", "さやか"),
        contact_romaji="higa",
        registry_serial=908102,
        verified=True,
        jobs=(
            Job(
                "Resort hotel housekeeping staff",
                "Clean and set up guest rooms in a 300-room resort hotel in Naha.",
                ("housekeeping", "bed making", "customer service"),
            ),
            Job(
                "Resort front desk staff (English / Japanese)",
                "Welcome international guests, handle reservations and arrange tours.",
                ("front desk", "English", "reservation system", "customer service"),
                jlpt=_FRONT_DESK,
            ),
        ),
    ),
    CompanySpec(
        key="urasoe-it",
        name_ja="浦添ITソリューションズ株式会社",
        name_latin="Urasoe IT Solutions Co., Ltd.",
        prefecture="okinawa",
        city="Urasoe",
        sectors=("it_software",),
        size="10-49",
        contact_ja=("宮城", "大樹"),
        contact_romaji="miyagi",
        registry_serial=908170,
        verified=True,
        jobs=(
            Job(
                "Software engineer (Java / Spring)",
                "Develop business systems for Okinawa's logistics and tourism companies.",
                ("Java", "Spring", "SQL", "software testing"),
            ),
            Job(
                "Cloud engineer (AWS)",
                "Build and run AWS infrastructure with Terraform and Docker; on-call duty is "
                "shared across the team.",
                ("AWS", "Terraform", "Docker", "Linux"),
            ),
        ),
    ),
)


# --- Vacancies ------------------------------------------------------------------------------
@dataclass(frozen=True)
class VacancySpec:
    company_key: str
    title: str
    description: str
    sector: str
    prefecture: str
    city: str
    required_skills: tuple[str, ...]
    preferred_skills: tuple[str, ...]
    min_jlpt_level: str | None
    visa_types: tuple[str, ...]
    min_experience_years: Decimal
    monthly_salary_jpy: int
    weekly_hours: Decimal
    housing_support: str  # employers.models.HousingSupport value
    housing_note: str
    headcount: int
    start_date: datetime.date
    fees: dict[str, str]  # employers.models.FEE_FIELDS → CostPayer value
    worker_fee_note: str
    status: str  # employers.models.VacancyStatus value
    published_days_ago: int
    closed_days_ago: int


JLPT_FOR_SECTOR: dict[str, dict[str | None, float]] = {
    "ssw": {None: 20, "N5": 10, "N4": 55, "N3": 15},
    "food_service": {"N4": 70, "N3": 30},
    "accommodation": {"N4": 50, "N3": 45, "N2": 5},
    "it_software": {None: 30, "N3": 35, "N2": 35},
    "semiconductor": {None: 15, "N3": 40, "N2": 45},
    "engineering": {None: 10, "N3": 50, "N2": 40},
}
# Pay above the minimum-wage floor, as a fraction of it, for the SSW fields.
PAY_MARGIN = {
    "nursing_care": (0.06, 0.22),
    "construction": (0.08, 0.30),
    "shipbuilding": (0.08, 0.25),
    "industrial_manufacturing": (0.04, 0.20),
    "automobile_repair": (0.05, 0.22),
    "food_manufacturing": (0.01, 0.12),
    "food_service": (0.01, 0.12),
    "accommodation": (0.02, 0.15),
    "agriculture": (0.01, 0.08),
    "building_cleaning": (0.01, 0.08),
}
# Monthly pay of the professional tracks, in yen.
PROFESSIONAL_PAY = {
    "semiconductor": (250_000, 380_000),
    "it_software": (240_000, 400_000),
    "engineering": (240_000, 350_000),
}
VISA_NAMES = {
    "ssw1": "Specified Skilled Worker (i)",
    "ssw2": "Specified Skilled Worker (ii)",
    "titp": "Technical Intern Training",
    "engineer": "Engineer / Specialist in Humanities / International Services",
}
HOUSING_NOTES = {
    "provided": (
        "Company dormitory 10 minutes on foot; ¥15,000 a month including utilities.",
        "Furnished shared apartment with a private room; ¥20,000 a month.",
        "Furnished 1K apartment; the company pays half the rent.",
        "Dormitory next to the workplace; the first two months are free.",
    ),
    "allowance": (
        "Housing allowance of ¥20,000 a month.",
        "Rent support up to ¥30,000 a month, and help finding an apartment.",
        "Housing allowance of ¥15,000 a month; we guarantee your rental contract.",
    ),
    "none": ("", "We help you find an apartment near the workplace."),
}
# Costs a worker may be asked to share. Deposits and penalty clauses are never demo terms.
WORKER_COSTS: tuple[tuple[dict[str, str], str], ...] = (
    (
        {"travel_cost_payer": "shared"},
        "The company pays half of the flight to Japan; the worker pays the rest (about ¥25,000).",
    ),
    (
        {"visa_cost_payer": "worker"},
        "The worker pays the passport and visa application fees in Vietnam (about ¥6,000).",
    ),
    (
        {"training_cost_payer": "shared"},
        "Pre-departure Japanese course: the company pays half; the worker's share is about "
        "¥40,000.",
    ),
    (
        {"placement_fee_payer": "shared", "training_cost_payer": "shared"},
        "The sending organisation's fee and training are shared; the worker's share is capped at "
        "one month's pay.",
    ),
)
SUPPORT_LINES = (
    "Full training in your first month, with a Vietnamese-speaking colleague to help.",
    "A weekly Japanese class to prepare for JLPT N3, paid by the company.",
    "Social insurance, paid leave and a pay rise every year.",
    "Bonus twice a year.",
    "Commuting allowance paid in full.",
    "Our registered support organisation helps with your residence card, bank account and phone.",
)
PROFESSIONAL_LINES = (
    "Relocation support and help with the residence status application.",
    "Flexible hours and remote work up to two days a week.",
    "English is used in the team; Japanese lessons are paid by the company.",
    "Salary reviewed every year, with two bonuses a year.",
)
JAPANESE_LINES = (
    "ベトナム人スタッフが活躍中です。",
    "未経験者歓迎、研修制度あり。",
    "社会保険完備・有給休暇あり。",
    "日本語で日常会話ができる方を歓迎します。",
    "長く働ける職場です。一緒に頑張りましょう！",
)


def _ceil_to(value: float, step: int) -> int:
    return -(-int(value) // step) * step


def _vacancy(
    rng: random.Random,
    company: CompanySpec,
    job: Job,
    first: bool,
    today: datetime.date,
    minimum_wage: Callable[[str, datetime.date], int],
) -> VacancySpec:
    sector = job.sector or company.sectors[0]
    professional = sector in PROFESSIONAL_SECTORS

    if not company.verified:
        status = "draft"  # awaiting verification, so not yet publishable
    elif first:
        status = "open"  # every verified company shows at least one vacancy
    else:
        status = _weighted(rng, {"open": 80, "draft": 10, "closed": 10})

    hours = Decimal(_weighted(rng, {"40": 80, "37.5": 12, "35": 8}))
    start = _first_of_month(today, rng.randint(2, 6) if professional else rng.randint(1, 6))
    # The floor that the legal check applies: the one in force when the work starts.
    floor = minimum_wage(company.prefecture, max(today, start))
    floor_monthly = minimum_monthly_salary(floor, hours)
    if professional:
        low, high = PROFESSIONAL_PAY[sector]
        pay = max(rng.randrange(low, high + 1, 5_000), _ceil_to(floor_monthly * 1.2, 1_000))
    else:
        low_margin, high_margin = PAY_MARGIN[sector]
        pay = _ceil_to(floor_monthly * (1 + rng.uniform(low_margin, high_margin)), 1_000)
    if not meets_floor(pay, hours, floor):  # cannot happen: pay is rounded up from the floor
        raise AssertionError(f"{job.title}: ¥{pay} is below the floor of ¥{floor}/h")

    if professional:
        visas: tuple[str, ...] = ("engineer",)
    else:
        visas = ("ssw1",)
        if sector in SSW2_SECTORS and rng.random() < 0.35:
            visas += ("ssw2",)
        if sector in TITP_SECTORS and rng.random() < 0.3:
            visas += ("titp",)

    if job.jlpt:
        jlpt = rng.choice(job.jlpt)
    else:
        jlpt = _weighted(rng, JLPT_FOR_SECTOR.get(sector, JLPT_FOR_SECTOR["ssw"]))

    required_count = rng.randint(1, min(3, len(job.skills) - 1))
    written = [_written(rng, sector, skill, 0.0, 0.15) for skill in job.skills]

    housing = _weighted(
        rng,
        {"provided": 15, "allowance": 45, "none": 40}
        if professional
        else {"provided": 45, "allowance": 30, "none": 25},
    )
    fees = {
        "placement_fee_payer": "employer",
        "travel_cost_payer": "employer",
        "visa_cost_payer": "employer",
        "training_cost_payer": "employer",
    }
    fee_note = ""
    if rng.random() < (0.1 if professional else 0.25):
        # Engineers are hired directly; at most they pay their own visa fees.
        changes, fee_note = WORKER_COSTS[1] if professional else rng.choice(WORKER_COSTS)
        fees.update(changes)

    lines = [job.duties]
    if professional:
        lines.append(" ".join(rng.sample(PROFESSIONAL_LINES, 2)))
    else:
        lines.append(" ".join(rng.sample(SUPPORT_LINES, 2)))
    if sector == "nursing_care":
        lines.append(
            "SSW (i) applicants also need the Nursing Care Japanese Language Evaluation Test."
        )
    names = [VISA_NAMES[v] for v in visas]
    lines.append(
        f"Work location: {company.city}, {PREFECTURE_NAMES[company.prefecture]} Prefecture. "
        f"Residence status: {', '.join(names)}."
    )
    if rng.random() < 0.4:
        lines.append(rng.choice(JAPANESE_LINES))

    published = rng.randint(40, 90) if status == "closed" else rng.randint(0, 45)
    return VacancySpec(
        company_key=company.key,
        title=job.title,
        description="\n\n".join(lines),
        sector=sector,
        prefecture=company.prefecture,
        city=company.city,
        required_skills=tuple(written[:required_count]),
        preferred_skills=tuple(written[required_count:]),
        min_jlpt_level=jlpt,
        visa_types=visas,
        min_experience_years=Decimal(
            _weighted(rng, {"0": 35, "1": 30, "2": 25, "3": 10})
            if professional
            else _weighted(rng, {"0": 70, "1": 22, "2": 8})
        ),
        monthly_salary_jpy=pay,
        weekly_hours=hours,
        housing_support=housing,
        housing_note=rng.choice(HOUSING_NOTES[housing]),
        headcount=(
            _weighted(rng, {1: 60, 2: 30, 3: 10})
            if professional
            else _weighted(rng, {1: 20, 2: 25, 3: 20, 4: 12, 5: 10, 6: 5, 8: 5, 10: 3})
        ),
        start_date=start,
        fees=fees,
        worker_fee_note=fee_note,
        status=status,
        published_days_ago=published,
        closed_days_ago=rng.randint(2, min(30, published - 1)) if status == "closed" else 0,
    )


def generate_vacancies(
    seed: int = DEFAULT_SEED,
    *,
    today: datetime.date,
    minimum_wage: Callable[[str, datetime.date], int],
) -> list[VacancySpec]:
    """One vacancy per job of each company, its terms drawn from ``seed``.

    ``minimum_wage(prefecture_slug, day)`` gives the floor in yen an hour in force on ``day``;
    every vacancy's pay is set above it.
    """
    rng = _rng("vacancies", seed)
    return [
        _vacancy(rng, company, job, index == 0, today, minimum_wage)
        for company in COMPANIES
        for index, job in enumerate(company.jobs)
    ]
