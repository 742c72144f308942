"""The storage interface every backend implements.

The interface is split by domain (articles, entities, quotes, stories, claims,
feeds); each domain's methods are declared in the backend's mixin for that
domain (``rashomon/store/sqlite/<domain>.py``) and documented there. Stages
never see a connection: they receive and return dataclasses from
``rashomon.model``.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """Per-user default database: $RASHOMON_DB, else $XDG_DATA_HOME/rashomon/rashomon.db."""
    if os.environ.get("RASHOMON_DB"):
        return Path(os.environ["RASHOMON_DB"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "rashomon" / "rashomon.db"


class Store:
    """Marker base class of all backends; see the backend mixins for the methods."""

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(db: str | os.PathLike | None = None) -> "Store":
    """Open (creating and migrating as needed) the store at ``db``.

    ``postgresql://`` URLs are reserved for the PostgreSQL backend.
    """
    target = str(db) if db is not None else str(default_db_path())
    if target.startswith(("postgres://", "postgresql://")):
        raise NotImplementedError("the PostgreSQL backend is not available yet; use a SQLite file path")
    from rashomon.store.sqlite import SQLiteStore

    return SQLiteStore(target)
