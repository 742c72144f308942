"""Fixtures shared by the whole suite: the bundled seed reports, a fresh database, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """examples/seeds: one English and one Ukrainian report of the same event."""
    return REPO / "examples" / "seeds"


@pytest.fixture
def tmp_db(tmp_path) -> Path:
    """Path of a database file that does not exist yet (created on first open)."""
    return tmp_path / "rashomon.db"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (evaluation data); skips the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is not available")
    return SHARED_DATA
