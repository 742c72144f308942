"""SQLite storage of backfill progress: the ``backfill_files`` table (migration 0060)."""

from __future__ import annotations

from rashomon.model import BackfillFile


class BackfillMixin:
    def backfill_files(self) -> dict[str, BackfillFile]:
        """{absolute path: its record} of every input file a backfill has finished."""
        rows = self.db.execute("SELECT path, size, modified, articles, failures FROM backfill_files")
        return {row["path"]: BackfillFile(*row) for row in rows}

    def record_backfill_file(self, done: BackfillFile) -> None:
        """Record that ``done.path`` is finished (inside the transaction that writes its articles)."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO backfill_files (path, size, modified, articles, failures) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified = excluded.modified,"
                " articles = excluded.articles, failures = excluded.failures, done_at = CURRENT_TIMESTAMP",
                (done.path, done.size, done.modified, done.articles, done.failures),
            )
