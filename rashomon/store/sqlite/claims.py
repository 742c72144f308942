"""SQLite storage of claims: tables, reads and writes."""

from __future__ import annotations


class ClaimsMixin:
    """Methods of SQLiteStore for claims. Uses self.db (sqlite3 connection) and self.transaction()."""
