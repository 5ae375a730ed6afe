"""ReferenceData for the matcher: read from the reference tables, or from the data migration.

The reference tables are what recruiters edit in the admin, so they win. The migration's
constants are the fallback for a database that has not been migrated (or was emptied), which lets
``rank_candidates`` run from a fresh checkout. Both paths only read.
"""

import datetime
import importlib
import logging
from functools import cache
from types import ModuleType

from matching.types import ReferenceData

logger = logging.getLogger(__name__)

_MIGRATION = "reference.migrations.0002_load_reference_data"


@cache
def _migration() -> ModuleType:
    # A module name that starts with a digit cannot be imported with the import statement.
    return importlib.import_module(_MIGRATION)


def reference_from_migration(today: datetime.date | None = None) -> ReferenceData:
    """ReferenceData built from the constants of the reference data migration."""
    today = today or datetime.date.today()
    module = _migration()
    floors: dict[str, int] = {}
    for slug, _en, _ja, _vi, wage, since, previous, previous_since in module.PREFECTURES:
        for yen, day in ((wage, since), (previous, previous_since)):
            if datetime.date.fromisoformat(day) <= today:
                floors[slug] = yen
                break
    return ReferenceData(
        ssw_sectors=frozenset(s[0] for s in module.SECTORS if s[1] == "ssw"),
        ssw2_sectors=frozenset(s[0] for s in module.SECTORS if s[1] == "ssw" and s[2]),
        professional_sectors=frozenset(s[0] for s in module.SECTORS if s[1] == "professional"),
        prefectures=frozenset(p[0] for p in module.PREFECTURES),
        visas=frozenset(v[0] for v in module.VISAS),
        wage_floors=floors,
        today=today,
    )


def reference_from_database(today: datetime.date | None = None) -> ReferenceData | None:
    """ReferenceData read from the reference tables; None if they are missing or empty."""
    from django.db import DatabaseError
    from django.utils import timezone

    from reference.models import MinimumWage, Prefecture, Sector, SectorKind, VisaStatus

    today = today or timezone.localdate()
    try:
        sectors = list(Sector.objects.values_list("slug", "kind", "ssw2_eligible"))
        prefectures = list(Prefecture.objects.values_list("slug", flat=True))
        visas = list(VisaStatus.objects.values_list("slug", flat=True))
        # Newest first within each prefecture, so the first row seen is the floor in force.
        wages = MinimumWage.objects.filter(effective_from__lte=today).order_by(
            "prefecture__slug", "-effective_from"
        )
        floors: dict[str, int] = {}
        for slug, yen in wages.values_list("prefecture__slug", "yen_per_hour"):
            floors.setdefault(slug, yen)
    except DatabaseError:
        logger.info("Reference tables are not readable; using the migration's constants.")
        return None
    if not sectors or not prefectures or not visas:
        return None
    return ReferenceData(
        ssw_sectors=frozenset(slug for slug, kind, _ in sectors if kind == SectorKind.SSW),
        ssw2_sectors=frozenset(
            slug for slug, kind, ssw2 in sectors if kind == SectorKind.SSW and ssw2
        ),
        professional_sectors=frozenset(
            slug for slug, kind, _ in sectors if kind == SectorKind.PROFESSIONAL
        ),
        prefectures=frozenset(prefectures),
        visas=frozenset(visas),
        wage_floors=floors,
        today=today,
    )


def load_reference_data(today: datetime.date | None = None) -> ReferenceData:
    """The database's reference data, or the migration's when the tables are missing or empty."""
    return reference_from_database(today) or reference_from_migration(today)


# --- Display names (for rendering reasons) --------------------------------------------------------
def _names() -> dict[str, dict[str, dict[str, str]]]:
    module = _migration()
    return {
        "sector": {s[0]: {"en": s[3], "ja": s[4], "vi": s[5]} for s in module.SECTORS},
        "prefecture": {p[0]: {"en": p[1], "ja": p[2], "vi": p[3]} for p in module.PREFECTURES},
        "visa": {v[0]: {"en": v[1], "ja": v[2], "vi": v[3]} for v in module.VISAS},
    }


@cache
def _cached_names() -> dict[str, dict[str, dict[str, str]]]:
    return _names()


def display_name(kind: str, slug: str, language: str = "en") -> str:
    """The name of a sector, prefecture or visa slug in a language, from the migration's table.

    Recruiters may rename rows in the admin; reasons are short labels, so the shipped names are
    good enough here and keep rendering free of database queries.
    """
    names = _cached_names().get(kind, {}).get(slug)
    if not names:
        return slug
    return names.get(language[:2]) or names["en"]
