"""SQLite storage of claims: tables, reads and writes."""

from __future__ import annotations


class ClaimsMixin:
    """Methods of SQLiteStore for claims. Uses self.db (sqlite3 connection) and self.transaction()."""

    def save_times(self, article_id: str, times: list) -> None:
        """Persist an article's temporal expressions. Called inside the article's transaction."""
