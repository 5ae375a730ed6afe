"""Shared pieces for the matcher's tests: reference data without a database, and the model."""

import pytest

from matching.reference_data import reference_from_migration
from matching.scoring import MatcherModel, load_default_model
from matching.types import ReferenceData
from tests.matching.stories import TODAY


@pytest.fixture(scope="session")
def ref() -> ReferenceData:
    return reference_from_migration(TODAY)


@pytest.fixture(scope="session")
def model() -> MatcherModel:
    return load_default_model()
