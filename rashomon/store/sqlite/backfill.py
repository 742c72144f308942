"""Storage of backfill progress: the ``backfill_files`` table (migration 0070), and the one-backfill-at-a-time lock.

The table's SQL serves both backends; the lock is a lock file here, a PostgreSQL
advisory lock in ``rashomon.store.postgres``.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager

from rashomon.errors import StoreError
from rashomon.model import BackfillFile

BUSY_MESSAGE = "another backfill is running on {}; wait for it to finish"


class BackfillMixin:
    def backfill_files(self) -> dict[str, BackfillFile]:
        """{absolute path: its record} of every input file a backfill has finished."""
        rows = self.db.execute("SELECT path, size, modified, articles, failures FROM backfill_files")
        return {row[0]: BackfillFile(row[0], row[1], row[2], row[3], row[4]) for row in rows}

    def record_backfill_file(self, done: BackfillFile) -> None:
        """Record that ``done.path`` is finished (inside the transaction that writes its articles)."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO backfill_files (path, size, modified, articles, failures) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified = excluded.modified,"
                " articles = excluded.articles, failures = excluded.failures, done_at = CURRENT_TIMESTAMP",
                (done.path, done.size, done.modified, done.articles, done.failures),
            )

    @contextmanager
    def backfill_lock(self):
        """Held by the one backfill that runs on this store; raises StoreError while another holds it.

        A hidden file beside the database (never read as input from that folder), locked with flock,
        which ends with the process that held it, however it ends.
        """
        folder, name = os.path.split(os.path.abspath(self.location))
        with open(os.path.join(folder, f".{name}.backfill-lock"), "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(BUSY_MESSAGE.format(self.location)) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
