"""Reference data from the domain reference (sectors, prefectures, minimum wages, visas, JLPT).

The values are copied here, not imported, so that this migration keeps meaning the same thing
after recruiters edit the data in the admin or the code moves on.
"""

import datetime

from django.db import migrations

SECTORS = [
    # slug, kind, ssw2_eligible, English, Japanese, Vietnamese
    ("nursing_care", "ssw", False, "Nursing care", "介護", "Điều dưỡng / hộ lý"),
    ("building_cleaning", "ssw", True, "Building cleaning", "ビルクリーニング", "Vệ sinh tòa nhà"),
    (
        "industrial_manufacturing",
        "ssw",
        True,
        "Industrial products manufacturing",
        "工業製品製造業",
        "Sản xuất sản phẩm công nghiệp",
    ),
    ("construction", "ssw", True, "Construction", "建設", "Xây dựng"),
    ("shipbuilding", "ssw", True, "Shipbuilding and marine industry", "造船・舶用工業", "Đóng tàu"),
    (
        "automobile_repair",
        "ssw",
        True,
        "Automobile repair and maintenance",
        "自動車整備",
        "Bảo dưỡng ô tô",
    ),
    ("aviation", "ssw", True, "Aviation", "航空", "Hàng không"),
    ("accommodation", "ssw", True, "Accommodation", "宿泊", "Khách sạn / lưu trú"),
    (
        "automobile_transport",
        "ssw",
        False,
        "Automobile transportation",
        "自動車運送業",
        "Vận tải ô tô",
    ),
    ("railway", "ssw", False, "Railway", "鉄道", "Đường sắt"),
    ("agriculture", "ssw", True, "Agriculture", "農業", "Nông nghiệp"),
    ("fishery", "ssw", True, "Fishery and aquaculture", "漁業", "Ngư nghiệp"),
    (
        "food_manufacturing",
        "ssw",
        True,
        "Food and beverage manufacturing",
        "飲食料品製造業",
        "Chế biến thực phẩm",
    ),
    ("food_service", "ssw", True, "Food service", "外食業", "Dịch vụ ăn uống"),
    ("forestry", "ssw", False, "Forestry", "林業", "Lâm nghiệp"),
    ("wood_industry", "ssw", False, "Wood industry", "木材産業", "Công nghiệp gỗ"),
    (
        "semiconductor",
        "professional",
        False,
        "Semiconductor engineering",
        "半導体エンジニアリング",
        "Kỹ thuật bán dẫn",
    ),
    (
        "it_software",
        "professional",
        False,
        "IT, software, AI and data",
        "IT・ソフトウェア・AI・データ",
        "CNTT, phần mềm, AI và dữ liệu",
    ),
    (
        "engineering",
        "professional",
        False,
        "Mechanical, electrical and green-technology engineering",
        "機械・電気・グリーン技術",
        "Kỹ thuật cơ khí, điện và công nghệ xanh",
    ),
]

PREFECTURES = [
    # slug, English, Japanese, Vietnamese, current floor, from, previous floor, from
    ("fukuoka", "Fukuoka", "福岡県", "Fukuoka", 1057, "2025-11-16", 992, "2024-10-05"),
    ("saga", "Saga", "佐賀県", "Saga", 1030, "2025-11-21", 956, "2024-11-17"),
    ("nagasaki", "Nagasaki", "長崎県", "Nagasaki", 1031, "2025-12-01", 953, "2024-10-12"),
    ("kumamoto", "Kumamoto", "熊本県", "Kumamoto", 1034, "2026-01-01", 952, "2024-10-05"),
    ("oita", "Oita", "大分県", "Oita", 1035, "2026-01-01", 954, "2024-10-05"),
    ("miyazaki", "Miyazaki", "宮崎県", "Miyazaki", 1023, "2025-11-16", 952, "2024-10-05"),
    ("kagoshima", "Kagoshima", "鹿児島県", "Kagoshima", 1026, "2025-11-01", 953, "2024-10-05"),
    ("okinawa", "Okinawa", "沖縄県", "Okinawa", 1023, "2025-12-01", 952, "2024-10-09"),
]

VISAS = [
    (
        "ssw1",
        "Specified Skilled Worker (i)",
        "特定技能1号",
        "Kỹ năng đặc định loại 1",
        "JLPT N4 or JFT-Basic plus the field's skills test; Technical Intern Training (ii) "
        "completers in the same field are exempt from both. Up to 5 years in total.",
    ),
    (
        "ssw2",
        "Specified Skilled Worker (ii)",
        "特定技能2号",
        "Kỹ năng đặc định loại 2",
        "SSW (ii) skills test in the field; 11 fields; renewable, family allowed.",
    ),
    (
        "titp",
        "Technical Intern Training",
        "技能実習",
        "Thực tập sinh kỹ năng",
        "Being replaced; ends 1 April 2027.",
    ),
    (
        "esd",
        "Employment for Skill Development",
        "育成就労",
        "Lao động phát triển kỹ năng (Ikusei Shūrō)",
        "From 1 April 2027. Entry JLPT N5 / A1; transfer at the worker's wish after 1–2 years, "
        "at once for harassment or violence, only through public bodies.",
    ),
    (
        "engineer",
        "Engineer / Specialist in Humanities / International Services",
        "技術・人文知識・国際業務",
        "Kỹ sư / Chuyên gia nhân văn / Nghiệp vụ quốc tế",
        "A related degree, or 10 years' experience (3 for international services); no legal "
        "language minimum; pay at least a Japanese employee's.",
    ),
]

JLPT = [("N5", 1), ("N4", 2), ("N3", 3), ("N2", 4), ("N1", 5)]


def load(apps, schema_editor):
    Sector = apps.get_model("reference", "Sector")
    Prefecture = apps.get_model("reference", "Prefecture")
    MinimumWage = apps.get_model("reference", "MinimumWage")
    VisaStatus = apps.get_model("reference", "VisaStatus")
    JlptLevel = apps.get_model("reference", "JlptLevel")

    for order, (slug, kind, ssw2, en, ja, vi) in enumerate(SECTORS):
        Sector.objects.update_or_create(
            slug=slug,
            defaults={
                "kind": kind,
                "ssw2_eligible": ssw2,
                "name_en": en,
                "name_ja": ja,
                "name_vi": vi,
                "sort_order": order,
            },
        )
    for order, (slug, en, ja, vi, wage, since, previous, previous_since) in enumerate(PREFECTURES):
        prefecture, _ = Prefecture.objects.update_or_create(
            slug=slug, defaults={"name_en": en, "name_ja": ja, "name_vi": vi, "sort_order": order}
        )
        for yen, day, source in (
            (previous, previous_since, "Regional minimum wage, fiscal 2024 revision"),
            (wage, since, "Regional minimum wage, fiscal 2025 revision"),
        ):
            MinimumWage.objects.update_or_create(
                prefecture=prefecture,
                effective_from=datetime.date.fromisoformat(day),
                defaults={"yen_per_hour": yen, "source": source},
            )
    for order, (slug, en, ja, vi, description) in enumerate(VISAS):
        VisaStatus.objects.update_or_create(
            slug=slug,
            defaults={
                "name_en": en,
                "name_ja": ja,
                "name_vi": vi,
                "description": description,
                "sort_order": order,
            },
        )
    for code, rank in JLPT:
        JlptLevel.objects.update_or_create(code=code, defaults={"rank": rank})


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
