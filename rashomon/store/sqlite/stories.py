"""SQLite storage of stories: tables, reads and writes."""

from __future__ import annotations


class StoriesMixin:
    """Methods of SQLiteStore for stories. Uses self.db (sqlite3 connection) and self.transaction()."""
