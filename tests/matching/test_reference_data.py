import pytest

from matching.reference_data import display_name, load_reference_data, reference_from_migration
from reference.models import Sector
from tests.matching.stories import TODAY


@pytest.mark.django_db
def test_the_database_and_the_migration_agree():
    assert load_reference_data(TODAY) == reference_from_migration(TODAY)


@pytest.mark.django_db
def test_empty_tables_fall_back_to_the_migration():
    Sector.objects.all().delete()
    assert load_reference_data(TODAY) == reference_from_migration(TODAY)


def test_the_migration_gives_the_domain_facts():
    ref = reference_from_migration(TODAY)
    assert len(ref.ssw_sectors) == 16
    assert len(ref.ssw2_sectors) == 11 and "nursing_care" not in ref.ssw2_sectors
    assert ref.professional_sectors == {"semiconductor", "it_software", "engineering"}
    assert ref.visas == {"ssw1", "ssw2", "titp", "esd", "engineer"}
    assert ref.wage_floors["fukuoka"] == 1057  # from 2025-11-16
    # Kumamoto's fiscal 2025 floor starts on 1 January 2026; before that the old one applies.
    assert reference_from_migration(TODAY).wage_floors["kumamoto"] == 1034
    earlier = reference_from_migration(TODAY.replace(year=2025, month=12))
    assert earlier.wage_floors["kumamoto"] == 952


def test_display_names_follow_the_language():
    assert display_name("prefecture", "fukuoka", "ja") == "福岡県"
    assert display_name("sector", "nursing_care", "vi") == "Điều dưỡng / hộ lý"
    assert display_name("sector", "unknown", "en") == "unknown"
