"""SQLite storage of entities: tables, reads and writes."""

from __future__ import annotations


class EntitiesMixin:
    """Methods of SQLiteStore for entities. Uses self.db (sqlite3 connection) and self.transaction()."""
