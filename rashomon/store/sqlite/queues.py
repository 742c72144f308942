"""Work queues (what is left to do after a write, for whichever process does it) and writers' turns.

Table (migration 0052): ``work_queue``, one row per (queue, item) still to be
handled: ``search`` holds IDs of articles to index for search (queued when an
article is stored or changed), ``stories`` IDs of stories that gained
articles (their comparisons are computed ahead of a visit). Readers never
ask for "everything after number N", which skips rows when several writers
commit out of order: an item stays queued until a consumer has handled it.
On SQLite a claim is a plain read (one consumer per store at a time, as
before); the PostgreSQL backend claims with ``FOR UPDATE SKIP LOCKED`` so
several consumers share the work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

QUEUES = ("search", "stories")


class QueuesMixin:
    """Methods of the stores for work queues and writers' turns. Uses self.db and self.transaction()."""

    def write_turns(self) -> int:
        """How many batches have taken a write turn so far (see ``take_write_turn``)."""
        return self.db.execute("SELECT batches FROM write_turns WHERE id = 1").fetchone()[0]

    def take_write_turn(self) -> int:
        """Inside a transaction: wait until no other writer's batch is in progress, then count this one.

        Returns how many batches (by any process) have taken a turn, this one included: a writer whose
        previous turn was ``n`` and now gets more than ``n + 1`` knows others wrote in between. The turn
        ends with the transaction.
        """
        return self.db.execute(
            "UPDATE write_turns SET batches = batches + 1 WHERE id = 1 RETURNING batches"
        ).fetchall()[0][0]

    def _write_in_commit_order(self, table: str) -> None:
        """Inside a transaction: wait until no other transaction that called this for ``table`` is in progress
        (the wait holds to the end of this transaction), so the rows it numbers commit in number order and a
        reader that follows the numbers never skips one. SQLite has one writer at a time: nothing to wait for."""

    def enqueue(self, queue: str, items: Iterable[str]) -> None:
        """Queue ``items`` (once each: an item already waiting stays where it is). Joins the caller's transaction."""
        rows = [(queue, item) for item in dict.fromkeys(items) if item is not None]
        if rows:  # one statement: atomic alone, and inside a transaction it needs no savepoint
            self.db.executemany("INSERT INTO work_queue (queue, item) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)

    def pending(self, queue: str) -> int:
        """How many items wait in ``queue``."""
        return self.db.execute("SELECT COUNT(*) FROM work_queue WHERE queue = ?", (queue,)).fetchone()[0]

    def discard_queue(self, queue: str) -> int:
        """Empty ``queue`` without handling its items; returns how many there were."""
        with self.transaction() as tx:
            return tx.execute("DELETE FROM work_queue WHERE queue = ?", (queue,)).rowcount

    @contextmanager
    def claim(self, queue: str, limit: int) -> Iterator[list[str]]:
        """Up to ``limit`` items of ``queue``, oldest first, that no other consumer holds.

        They leave the queue when the block ends without an error; if it
        raises they stay queued. Writes made in the block with the store
        commit with the claim where the backend can hold one (PostgreSQL).
        """
        items = self._claimable(queue, limit)
        yield items
        self._done(queue, items)

    def _claimable(self, queue: str, limit: int) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT item FROM work_queue WHERE queue = ? ORDER BY seq LIMIT ?", (queue, limit)
            )
        ]

    def _done(self, queue: str, items: list[str]) -> None:
        if items:
            with self.transaction() as tx:
                tx.execute(
                    f"DELETE FROM work_queue WHERE queue = ? AND item IN ({', '.join('?' * len(items))})",
                    [queue, *items],
                )
