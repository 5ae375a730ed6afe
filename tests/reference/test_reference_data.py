"""The reference data the migration loads: the vocabulary every form, import and test speaks."""

import datetime

import pytest
from django.utils import translation

from reference.models import JlptLevel, MinimumWage, Prefecture, Sector, SectorKind, VisaStatus

pytestmark = pytest.mark.django_db

SSW_SECTORS = [
    "nursing_care",
    "building_cleaning",
    "industrial_manufacturing",
    "construction",
    "shipbuilding",
    "automobile_repair",
    "aviation",
    "accommodation",
    "automobile_transport",
    "railway",
    "agriculture",
    "fishery",
    "food_manufacturing",
    "food_service",
    "forestry",
    "wood_industry",
]
PROFESSIONAL_SECTORS = ["semiconductor", "it_software", "engineering"]
# SSW (ii) covers the 11 fields that predate March 2024, except nursing care.
SSW2_SECTORS = {
    "building_cleaning",
    "industrial_manufacturing",
    "construction",
    "shipbuilding",
    "automobile_repair",
    "aviation",
    "accommodation",
    "agriculture",
    "fishery",
    "food_manufacturing",
    "food_service",
}
# slug: (current ¥/h, in force from, previous ¥/h), fiscal 2025 revision.
FLOORS = {
    "fukuoka": (1057, datetime.date(2025, 11, 16), 992),
    "saga": (1030, datetime.date(2025, 11, 21), 956),
    "nagasaki": (1031, datetime.date(2025, 12, 1), 953),
    "kumamoto": (1034, datetime.date(2026, 1, 1), 952),
    "oita": (1035, datetime.date(2026, 1, 1), 954),
    "miyazaki": (1023, datetime.date(2025, 11, 16), 952),
    "kagoshima": (1026, datetime.date(2025, 11, 1), 953),
    "okinawa": (1023, datetime.date(2025, 12, 1), 952),
}


def test_the_19_sectors_in_their_listed_order():
    assert list(Sector.objects.values_list("slug", flat=True)) == SSW_SECTORS + PROFESSIONAL_SECTORS


def test_sixteen_ssw_fields_and_three_professional_tracks():
    assert set(Sector.objects.filter(kind=SectorKind.SSW).values_list("slug", flat=True)) == set(
        SSW_SECTORS
    )
    assert set(
        Sector.objects.filter(kind=SectorKind.PROFESSIONAL).values_list("slug", flat=True)
    ) == set(PROFESSIONAL_SECTORS)


def test_eleven_sectors_are_open_to_ssw2():
    eligible = set(Sector.objects.filter(ssw2_eligible=True).values_list("slug", flat=True))

    assert eligible == SSW2_SECTORS
    assert len(eligible) == 11


def test_eight_kyushu_okinawa_prefectures():
    assert list(Prefecture.objects.values_list("slug", flat=True)) == list(FLOORS)


@pytest.mark.parametrize(("slug", "floors"), FLOORS.items(), ids=list(FLOORS))
def test_each_prefecture_has_its_current_and_previous_floor(slug, floors):
    current, since, previous = floors
    prefecture = Prefecture.objects.get(slug=slug)
    eve = since - datetime.timedelta(days=1)

    assert prefecture.minimum_wage_on(since).yen_per_hour == current
    assert prefecture.minimum_wage_on(since).effective_from == since
    assert prefecture.minimum_wage_on(eve).yen_per_hour == previous


def test_two_floors_per_prefecture():
    assert MinimumWage.objects.count() == 16


def test_no_floor_before_the_first_recorded_one():
    earliest = MinimumWage.objects.order_by("effective_from").first()

    day_before = earliest.effective_from - datetime.timedelta(days=1)
    assert earliest.prefecture.minimum_wage_on(day_before) is None


def test_five_residence_statuses():
    assert list(VisaStatus.objects.values_list("slug", flat=True)) == [
        "ssw1",
        "ssw2",
        "titp",
        "esd",
        "engineer",
    ]


def test_every_residence_status_states_its_requirements():
    assert not VisaStatus.objects.filter(description="").exists()


def test_jlpt_levels_rank_n5_lowest_to_n1_highest():
    assert list(JlptLevel.objects.values_list("code", "rank")) == [
        ("N5", 1),
        ("N4", 2),
        ("N3", 3),
        ("N2", 4),
        ("N1", 5),
    ]


@pytest.mark.parametrize("model", [Sector, Prefecture, VisaStatus], ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["en", "ja", "vi"])
def test_every_name_exists_in_all_three_languages(model, language):
    assert not model.objects.filter(**{f"name_{language}": ""}).exists()
    assert model.objects.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Nursing care"), ("ja", "介護"), ("vi", "Điều dưỡng / hộ lý")],
)
def test_a_sector_name_follows_the_active_language(language, expected):
    nursing = Sector.objects.get(slug="nursing_care")

    with translation.override(language):
        assert nursing.name == expected
        assert str(nursing) == expected


def test_an_unknown_language_falls_back_to_english():
    with translation.override("fr"):
        assert Sector.objects.get(slug="construction").name == "Construction"


def test_a_prefecture_name_follows_the_active_language():
    fukuoka = Prefecture.objects.get(slug="fukuoka")

    with translation.override("ja"):
        assert fukuoka.name == "福岡県"
