"""SQLite connection handling: WAL, foreign keys, versioned migrations, transactions."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from rashomon.errors import StoreError

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped in the package, in order."""
    found = []
    for entry in resources.files("rashomon.store.sqlite.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"duplicate migration numbers in package: {versions}")
    return found


# How long opening waits for another process that holds the lock while it creates or converts the file.
WAL_SWITCH_SECONDS = 30


def _write_ahead_log(conn: sqlite3.Connection) -> None:
    """Switch to WAL. The switch needs the file for itself and SQLite answers "locked" at once, without its busy
    handler, while another process (a second ingest started at the same moment) creates the tables, so retry."""
    deadline = time.monotonic() + WAL_SWITCH_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Connection:
    """One SQLite database file, migrated to the package's schema on open.

    Picklable by path: a worker that unpickles it opens its own connection.
    """

    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    def __getstate__(self):
        return {"path": self.path}

    def __setstate__(self, state):
        self.path = state["path"]
        self._local = threading.local()

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(
                    str(Path(self.path).expanduser()) if self.path != ":memory:" else self.path,
                    timeout=30,
                    isolation_level=None,  # explicit BEGIN/COMMIT in transaction()
                    check_same_thread=False,
                )
                conn.row_factory = sqlite3.Row
                _write_ahead_log(conn)
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA busy_timeout=30000")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot open database {self.path}: {exc}") from exc
            self._local.conn = conn
            self._local.depth = 0
        return conn

    @contextmanager
    def transaction(self):
        """A write transaction, all or nothing.

        A nested use is a savepoint inside the outer transaction: if its
        block raises, only its own writes are undone (and the error goes on
        to the caller); nothing is durable until the outermost block commits.
        """
        db = self.db
        if self._local.depth:
            name = f"nested_{self._local.depth}"
            db.execute(f"SAVEPOINT {name}")
            self._local.depth += 1
            try:
                yield db
            except BaseException:
                db.execute(f"ROLLBACK TO {name}")
                db.execute(f"RELEASE {name}")
                raise
            else:
                db.execute(f"RELEASE {name}")
            finally:
                self._local.depth -= 1
            return
        self._execute_or_fail(db, "BEGIN IMMEDIATE")
        self._local.depth = 1
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            self._execute_or_fail(db, "COMMIT")
        finally:
            self._local.depth = 0

    def _execute_or_fail(self, db: sqlite3.Connection, statement: str) -> None:
        """Run BEGIN/COMMIT; a locked, full or read-only database becomes one clear StoreError."""
        try:
            db.execute(statement)
        except sqlite3.OperationalError as exc:
            if db.in_transaction and statement == "COMMIT":
                db.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        db = self.db
        try:
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a Rashomon database (or is damaged): {exc}") from exc
        known = migrations()
        newest = max((v for v, _, _ in known), default=0)
        if self._applied() and max(self._applied()) > newest:
            raise StoreError(
                f"{self.path} was written by a newer Rashomon (schema {max(self._applied())} > {newest}); upgrade Rashomon"
            )
        for version, name, sql in known:
            if version in self._applied():
                continue
            with self.transaction() as tx:
                # Another process may have applied it while we waited for the write lock.
                if version in self._applied():
                    continue
                for statement in _statements(sql):
                    tx.execute(statement)
                tx.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))

    def _applied(self) -> set[int]:
        return {row[0] for row in self.db.execute("SELECT version FROM schema_migrations")}

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement keeps triggers whole)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
