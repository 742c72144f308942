"""SQLite storage of entities: tables, reads and writes."""

from __future__ import annotations


class EntitiesMixin:
    """Methods of SQLiteStore for entities. Uses self.db (sqlite3 connection) and self.transaction()."""

    def save_mentions(self, article_id: str, mentions: list, linker) -> None:
        """Persist an article's mentions and any entities the linker created or changed.

        Called by the ingest pipeline inside the article's transaction.
        """
