"""PostgreSQL connection handling: a connection pool, versioned migrations, transactions.

The domain mixins are written once, in the SQL both backends understand
(``?`` placeholders, ``ON CONFLICT`` upserts); ``Database`` runs it on
psycopg 3 (``?`` becomes ``%s``) and returns rows that read like
``sqlite3.Row`` (by position and by column name). What only one backend can
say (full-text search, streaming, queues) is a method of each backend.

A thread holds one pooled connection for the length of its outermost
transaction; reads outside a transaction borrow one for the statement and
hand back its (already fetched) rows.
"""

from __future__ import annotations

import os
import re
import threading
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit, urlunsplit

from rashomon.errors import StoreError

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Connections one process keeps at most (web threads, the background indexer, an ingest run).
POOL_SIZE = 8
# Waiting longer than this for a free pooled connection is an error, not a hang.
_POOL_TIMEOUT = 60.0
# Serialises schema changes between processes opening the same fresh database.
_MIGRATION_LOCK = 7_130_451


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgres://", "postgresql://"))


def redacted(url: str) -> str:
    """``url`` without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


@lru_cache(maxsize=4096)
def to_psycopg(sql: str) -> str:
    """The shared SQL's ``?`` placeholders as psycopg's ``%s`` (literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class Row(tuple):
    """A result row readable by position and by column name, like ``sqlite3.Row``."""

    def __new__(cls, values, index: dict[str, int]):
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor):
    index = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, index)


class Result:
    """The fetched rows of one statement, read like a DB-API cursor after the connection went back."""

    def __init__(self, rows: list, rowcount: int):
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self):
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list:
        rows, self._next = self._rows[self._next:], len(self._rows)
        return rows

    def __iter__(self):
        while (row := self.fetchone()) is not None:
            yield row


def _result(cursor) -> Result:
    return Result(cursor.fetchall() if cursor.description is not None else [], cursor.rowcount)


class Session:
    """What a mixin's ``self.db`` / ``tx`` is: execute the shared SQL on one psycopg connection."""

    def __init__(self, database: Database, conn=None):
        self._database = database
        self._conn = conn

    def execute(self, sql: str, params=()) -> Result:
        with self._database.borrow(self._conn) as conn:
            return _result(conn.execute(to_psycopg(sql), tuple(params)))

    def executemany(self, sql: str, rows) -> Result:
        """``sql`` once per row; an ``INSERT … VALUES (…)`` becomes multi-row inserts (one statement per chunk)."""
        rows = [tuple(r) for r in rows]
        insert = MultiRowInsert.of(sql)
        with self._database.borrow(self._conn) as conn, conn.cursor() as cursor:
            if not rows:
                return Result([], 0)
            if insert is None:
                cursor.executemany(to_psycopg(sql), rows)
                return Result([], cursor.rowcount)
            written = 0
            for statement, params in insert.statements(rows):
                cursor.execute(statement, params)
                written += max(cursor.rowcount, 0)
            return Result([], written)

    def create_function(self, *args, **kwargs) -> None:
        """SQLite registers Python functions per connection; PostgreSQL has them in the schema (migration 0002)."""


_INSERT = re.compile(
    r"^\s*(?P<head>INSERT\s+INTO\s+\S+\s*\((?P<columns>[^()]*)\)\s*VALUES)\s*(?P<row>\((?:\s*\?\s*,)*\s*\?\s*\))"
    r"(?P<tail>(?:\s+ON\s+CONFLICT.*)?)$", re.IGNORECASE | re.DOTALL,
)
_UPDATE_ON = re.compile(r"^\s*ON\s+CONFLICT\s*\((?P<target>[^()]*)\)\s*DO\s+UPDATE", re.IGNORECASE)
# Parameters in one statement: PostgreSQL's protocol allows 65,535; rows per statement stay below both bounds.
_MAX_PARAMETERS = 30_000
_MAX_ROWS = 1_000


class MultiRowInsert:
    """An ``INSERT INTO t (…) VALUES (?, …) [ON CONFLICT …]`` run for many rows as few multi-row statements.

    Same outcome as one statement per row, in order: with ``ON CONFLICT (key) DO UPDATE`` (whose SET
    takes ``excluded`` values) a key given twice keeps its first row's place and its last row's values
    (one statement may not update a row twice); ``DO NOTHING`` keeps the first.
    """

    def __init__(self, head: str, width: int, tail: str, key: list[int] | None):
        self.head, self.width, self.tail, self.key = head, width, tail, key

    @classmethod
    @lru_cache(maxsize=256)
    def of(cls, sql: str) -> MultiRowInsert | None:
        """The multi-row form of ``sql``, or None when it is not a single-row ``INSERT … VALUES``."""
        match = _INSERT.match(sql)
        if match is None:
            return None
        columns = [c.strip().strip('"') for c in match["columns"].split(",")]
        update = _UPDATE_ON.match(match["tail"])
        key = [columns.index(c.strip().strip('"')) for c in update["target"].split(",")] if update else None
        return cls(to_psycopg(match["head"]), match["row"].count("?"), to_psycopg(match["tail"]), key)

    def statements(self, rows: list[tuple]):
        """(statement, parameters) pairs that insert ``rows``."""
        if self.key is not None:
            latest = {}
            for row in rows:
                latest[tuple(row[i] for i in self.key)] = row
            rows = list(latest.values())
        per_statement = max(1, min(_MAX_ROWS, _MAX_PARAMETERS // self.width))
        marks = "(" + ", ".join(["%s"] * self.width) + ")"
        for start in range(0, len(rows), per_statement):
            chunk = rows[start:start + per_statement]
            yield (f"{self.head} {', '.join([marks] * len(chunk))}{self.tail}",
                   [value for row in chunk for value in row])


class Database:
    """One PostgreSQL database behind a pool, migrated to the package's schema on open.

    Picklable by URL: a process that unpickles it opens its own pool.
    """

    def __init__(self, url: str):
        self.url = url
        self._local = threading.local()
        self._pool = None
        self._pid = None
        self._migrate()

    def __getstate__(self):
        return {"url": self.url}

    def __setstate__(self, state):
        self.url = state["url"]
        self._local = threading.local()
        self._pool = None
        self._pid = None

    # ------------------------------------------------------------------ connections

    @property
    def pool(self):
        if self._pool is None or self._pid != os.getpid():  # a forked child never uses its parent's sockets
            from psycopg_pool import ConnectionPool

            self._pool = ConnectionPool(
                self.url, min_size=1, max_size=POOL_SIZE, timeout=_POOL_TIMEOUT, open=False,
                kwargs={"autocommit": True, "row_factory": _row_factory}, name="rashomon",
            )
            try:
                self._pool.open(wait=True, timeout=30)
            except Exception as exc:
                self._pool = None
                raise StoreError(f"cannot connect to {redacted(self.url)}: {_connect_error(self.url)}") from exc
            self._pid = os.getpid()
        return self._pool

    @contextmanager
    def borrow(self, conn=None):
        """``conn``, else this thread's connection inside a transaction, else one from the pool for a moment."""
        held = conn or getattr(self._local, "conn", None)
        if held is not None:
            yield held
            return
        with self.pool.connection() as borrowed:
            yield borrowed

    @property
    def db(self) -> Session:
        return Session(self)

    @contextmanager
    def transaction(self):
        """A write transaction, all or nothing; a nested use is a savepoint (undone alone if its block raises)."""
        from psycopg import errors

        conn = getattr(self._local, "conn", None)
        if conn is not None:
            with conn.transaction():
                yield Session(self, conn)
            return
        with self.pool.connection() as conn:
            self._local.conn = conn
            try:
                with conn.transaction():
                    yield Session(self, conn)
            except (errors.DiskFull, errors.ReadOnlySqlTransaction, errors.InsufficientPrivilege) as exc:
                raise StoreError(f"cannot write to {redacted(self.url)}: {exc}") from exc
            finally:
                self._local.conn = None

    def close(self) -> None:
        if self._pool is not None and self._pid == os.getpid():
            self._pool.close()
        self._pool = None

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        known = migrations()
        newest = max((v for v, _, _ in known), default=0)
        with self.transaction() as tx:
            tx.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            tx.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            applied = {row[0] for row in tx.execute("SELECT version FROM schema_migrations")}
            if applied and max(applied) > newest:
                raise StoreError(
                    f"{redacted(self.url)} was written by a newer Rashomon (schema {max(applied)} > {newest}); upgrade Rashomon"
                )
            for version, name, sql in known:
                if version not in applied:
                    with self.borrow() as conn:
                        conn.execute(sql)  # several statements, no parameters
                    tx.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every PostgreSQL migration shipped in the package, in order."""
    found = []
    for entry in resources.files("rashomon.store.postgres.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    return found


def _connect_error(url: str) -> str:
    """Why a connection to ``url`` fails, in the server's or libpq's words."""
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=10).close()
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return "the connection pool could not start"
