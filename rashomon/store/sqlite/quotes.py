"""SQLite storage of quotes: tables, reads and writes."""

from __future__ import annotations


class QuotesMixin:
    """Methods of SQLiteStore for quotes. Uses self.db (sqlite3 connection) and self.transaction()."""
