"""SQLite storage of articles: tables, reads and writes."""

from __future__ import annotations


class ArticlesMixin:
    """Methods of SQLiteStore for articles. Uses self.db (sqlite3 connection) and self.transaction()."""
