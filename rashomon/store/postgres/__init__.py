"""The PostgreSQL backend: several processes and machines on one store.

``PostgresStore`` shares the domain mixins (and their SQL) with the SQLite
backend; ``connection.Database`` runs that SQL on psycopg 3 with a
connection pool. What differs is here: full-text search (a ``simple``-based
configuration with ``unaccent``, a generated ``tsvector`` and a GIN index,
matching what FTS5 matches), streaming reads, and queues consumed with
``FOR UPDATE SKIP LOCKED``. Migrations live in ``migrations/`` and number
like SQLite's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rashomon.errors import StoreError
from rashomon.model import Article
from rashomon.store.base import Store
from rashomon.store.postgres.connection import Database, redacted
from rashomon.store.sqlite.articles import (
    ARTICLE_COLUMNS,
    ArticlesMixin,
    article_from_row,
    query_words,
)
from rashomon.store.sqlite.backfill import BUSY_MESSAGE, BackfillMixin
from rashomon.store.sqlite.claims import ClaimsMixin
from rashomon.store.sqlite.entities import EntitiesMixin
from rashomon.store.sqlite.feeds import FeedsMixin
from rashomon.store.sqlite.queues import QueuesMixin
from rashomon.store.sqlite.quotes import QuotesMixin
from rashomon.store.sqlite.stories import StoriesMixin


def _tsquery(words: list[str]) -> tuple[str, list[str]]:
    """SQL matching every word (each a phrase of its tokens, like a quoted FTS5 string) and its parameters."""
    return " && ".join("phraseto_tsquery('rashomon', ?)" for _ in words), words


class PostgresStore(ArticlesMixin, EntitiesMixin, QuotesMixin, StoriesMixin, ClaimsMixin, FeedsMixin, BackfillMixin, QueuesMixin, Store):
    backend = "postgresql"

    def __init__(self, url: str):
        self.url = url
        self.conn = Database(url)

    @property
    def location(self) -> str:
        """The URL without its password (for messages)."""
        return redacted(self.url)

    @property
    def target(self) -> str:
        """What ``open_store`` opens this store again with (in another process); may hold a password."""
        return self.url

    def files(self) -> set[str]:
        """Local files of the database: none (the server keeps them)."""
        return set()

    def transaction(self):
        return self.conn.transaction()

    @property
    def db(self):
        return self.conn.db

    def tables(self) -> list[str]:
        """The schema's tables, by name."""
        return [row[0] for row in self.db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_type = 'BASE TABLE' ORDER BY table_name"
        )]

    def columns(self) -> dict[str, list[str]]:
        """Table -> its column names, in order."""
        found: dict[str, list[str]] = {table: [] for table in self.tables()}
        for table, column in self.db.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " ORDER BY table_name, ordinal_position"
        ):
            if table in found:
                found[table].append(column)
        return found

    def check(self) -> list[str]:
        """Problems found in the database; the server enforces every constraint, so only unusable indexes."""
        return [f"index {row[0]} is not valid" for row in self.db.execute(
            "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"
        )]

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self.location!r})"

    # ------------------------------------------------------------------ what only PostgreSQL says this way

    @contextmanager
    def backfill_lock(self):
        """Held by the one backfill that runs on this store: a session advisory lock on a connection of its own,
        released when the backfill ends or its connection drops; raises StoreError while another holds it."""
        with self.conn.pool.connection() as conn:
            key = conn.execute("SELECT hashtext('rashomon-backfill')").fetchone()[0]
            if not conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:
                raise StoreError(BUSY_MESSAGE.format(self.location))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (key,))

    def _write_in_commit_order(self, table: str) -> None:
        """As QueuesMixin's: sequence values are taken when rows are written, not when they commit, so writers
        of ``table`` take turns under a transaction-scoped advisory lock."""
        self.db.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (f"rashomon-commit-order-{table}",))

    @contextmanager
    def claim(self, queue: str, limit: int) -> Iterator[list[str]]:
        """As QueuesMixin.claim; rows another consumer holds are skipped, and the block's writes commit with the claim."""
        with self.transaction() as tx:
            items = [row[0] for row in tx.execute(
                "SELECT item FROM work_queue WHERE queue = ? ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED", (queue, limit)
            )]
            yield items
            self._done(queue, items)

    def search_text(self, query: str, limit: int = 20) -> list[Article]:
        words = query_words(query)
        if not words:
            return []
        match, params = _tsquery(words)
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles, ({'SELECT ' + match}) AS q(query)"
            " WHERE search_words @@ q.query ORDER BY ts_rank_cd(search_words, q.query) DESC, seq LIMIT ?",
            [*params, limit],
        )
        return [article_from_row(row) for row in rows]

    def search_quote_text(self, query: str, limit: int) -> list[tuple[str, str, str, str | None]]:
        words = query_words(query)
        if not words:
            return []
        match, params = _tsquery(words)
        rows = self.db.execute(
            f"SELECT item_id, article_id, text, speaker FROM search_quotes, ({'SELECT ' + match}) AS q(query)"
            " WHERE search_words @@ q.query ORDER BY ts_rank_cd(search_words, q.query) DESC, seq LIMIT ?",
            [*params, limit],
        )
        return [tuple(row) for row in rows]
