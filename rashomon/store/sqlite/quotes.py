"""SQLite storage of quotes: tables, reads and writes."""

from __future__ import annotations


class QuotesMixin:
    """Methods of SQLiteStore for quotes. Uses self.db (sqlite3 connection) and self.transaction()."""

    def save_quotes(self, article_id: str, quotes: list) -> None:
        """Persist an article's quotations. Called inside the article's transaction."""
