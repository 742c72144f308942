"""The SQLite backend: one file, WAL, versioned migrations, FTS5.

``SQLiteStore`` is assembled from one mixin per domain; each mixin owns its
tables (in ``migrations/NNNN_<domain>.sql``) and the methods that read and
write them, taking and returning ``rashomon.model`` dataclasses.
Migration numbers by domain: 0001-0009 articles, 0010-0019 entities,
0020-0029 quotes, 0030-0039 stories, 0040-0049 claims/comparison,
0050-0059 serving (feeds, search).
"""

from __future__ import annotations

from rashomon.store.base import Store
from rashomon.store.sqlite.articles import ArticlesMixin
from rashomon.store.sqlite.claims import ClaimsMixin
from rashomon.store.sqlite.connection import Connection
from rashomon.store.sqlite.entities import EntitiesMixin
from rashomon.store.sqlite.feeds import FeedsMixin
from rashomon.store.sqlite.quotes import QuotesMixin
from rashomon.store.sqlite.stories import StoriesMixin


class SQLiteStore(ArticlesMixin, EntitiesMixin, QuotesMixin, StoriesMixin, ClaimsMixin, FeedsMixin, Store):
    def __init__(self, path: str):
        self.path = path
        self.conn = Connection(path)

    def transaction(self):
        return self.conn.transaction()

    @property
    def db(self):
        return self.conn.db

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"
