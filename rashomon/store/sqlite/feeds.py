"""SQLite storage of feeds: tables, reads and writes."""

from __future__ import annotations


class FeedsMixin:
    """Methods of SQLiteStore for feeds. Uses self.db (sqlite3 connection) and self.transaction()."""
