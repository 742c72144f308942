"""The SQLite backend: one file, WAL, versioned migrations, FTS5.

``SQLiteStore`` is assembled from one mixin per domain; each mixin owns its
tables (in ``migrations/NNNN_<domain>.sql``) and the methods that read and
write them, taking and returning ``rashomon.model`` dataclasses.
Migration numbers by domain: 0001-0009 articles, 0010-0019 entities,
0020-0029 quotes, 0030-0039 stories, 0040-0049 claims/comparison,
0050-0059 serving (feeds, search, work queues), 0070-0079 backfill.
"""

from __future__ import annotations

import os

from rashomon.store.base import Store
from rashomon.store.sqlite.articles import ArticlesMixin
from rashomon.store.sqlite.backfill import BackfillMixin
from rashomon.store.sqlite.claims import ClaimsMixin
from rashomon.store.sqlite.connection import Connection
from rashomon.store.sqlite.entities import EntitiesMixin
from rashomon.store.sqlite.feeds import FeedsMixin
from rashomon.store.sqlite.queues import QueuesMixin
from rashomon.store.sqlite.quotes import QuotesMixin
from rashomon.store.sqlite.stories import StoriesMixin


class SQLiteStore(ArticlesMixin, EntitiesMixin, QuotesMixin, StoriesMixin, ClaimsMixin, FeedsMixin, BackfillMixin, QueuesMixin, Store):
    backend = "sqlite"

    def __init__(self, path: str):
        self.path = path
        self.conn = Connection(path)

    @property
    def location(self) -> str:
        """The database file, as given (for messages)."""
        return self.path

    @property
    def target(self) -> str:
        """What ``open_store`` opens this store again with (in another process)."""
        return self.path

    def files(self) -> set[str]:
        """Real paths of the database's files (main file, WAL, shared memory, journal)."""
        return {os.path.realpath(f"{self.path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}

    def transaction(self):
        return self.conn.transaction()

    @property
    def db(self):
        return self.conn.db

    def articles_version(self) -> tuple[int, int]:
        return self._unless_committed("articles_version", super().articles_version)

    def search_vector_state(self) -> tuple[int, int]:
        return self._unless_committed("search_vector_state", super().search_vector_state)

    def _unless_committed(self, name: str, read):
        """``read()``, read again only after a commit since this thread last asked: ``PRAGMA data_version``
        moves with other connections' commits, ``total_changes`` with this one's writes. For counts that
        pages ask for on every request (counting 100,000 rows takes 7-20 ms)."""
        db = self.db
        stamp = (id(db), db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)
        memo = self.conn._local.__dict__.setdefault("unless_committed", {})
        if name not in memo or memo[name][0] != stamp:
            memo[name] = (stamp, read())
        return memo[name][1]

    def tables(self) -> list[str]:
        """The schema's tables (not FTS5's own shadow tables), by name."""
        return [row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%' ORDER BY name"
        )]

    def columns(self) -> dict[str, list[str]]:
        """Table -> its column names, in order."""
        return {table: [row[1] for row in self.db.execute(f"PRAGMA table_info({table})")] for table in self.tables()}

    def check(self) -> list[str]:
        """Problems found in the database (damaged pages, broken references); empty when it is sound."""
        problems = [row[0] for row in self.db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"{row[0]} row {row[1]} refers to a missing {row[2]}" for row in self.db.execute("PRAGMA foreign_key_check")]
        return problems

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"
