"""SQLite storage of feeds and of the search support tables.

Tables: ``feeds`` and ``feed_entries`` (migration 0050) hold what the monitor
needs between polls; ``search_vectors``, ``search_quotes`` and
``search_quotes_fts`` (migration 0051) hold the semantic vectors and the
quote full-text index that ``rashomon.search`` builds. Every search row goes
with its article (``ON DELETE CASCADE``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterable, Iterator

import numpy as np

from rashomon.errors import NotFoundError, UsageError
from rashomon.model import Feed
from rashomon.store.sqlite.articles import fts_query, paged

_ONE_DAY = timedelta(days=1)
_FEED_COLUMNS = "url, title, etag, last_modified, failures, last_error, last_polled, next_poll"


def _utc_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _is_date(moment: datetime) -> bool:
    """True for a bare date (midnight), which as an upper bound means the whole day."""
    return (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)


def _feed(row) -> Feed:
    return Feed(
        url=row["url"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        failures=row["failures"],
        last_error=row["last_error"],
        last_polled=datetime.fromisoformat(row["last_polled"]) if row["last_polled"] else None,
        next_poll=datetime.fromisoformat(row["next_poll"]) if row["next_poll"] else None,
    )


class FeedsMixin:
    """Methods of SQLiteStore for feeds and search support. Uses self.db and self.transaction()."""

    # ------------------------------------------------------------------ feeds

    def add_feed(self, url: str, title: str | None = None) -> Feed:
        """Register ``url`` for monitoring (nothing changes when it is already registered).

        UsageError when it is no http(s) URL that can be fetched (a bad port, no host, spaces, another
        scheme): found at each poll instead, it would fail forever."""
        from rashomon.sources.fetch import url_problem

        problem = url_problem(url)
        if problem:
            raise UsageError(f"feed URL {url!r} cannot be monitored: {problem}")
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (url, title, _utc_text(datetime.now(timezone.utc))),
            )
        return self.get_feed(url)

    def get_feed(self, url: str) -> Feed:
        row = self.db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            raise NotFoundError(f"no feed {url!r} is monitored")
        return _feed(row)

    def feeds(self) -> list[Feed]:
        return [_feed(row) for row in self.db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY added_at, url")]

    def save_feed(self, feed: Feed) -> None:
        """Store the validators, backoff and schedule of ``feed`` after a poll."""
        with self.transaction() as tx:
            tx.execute(
                "UPDATE feeds SET title = ?, etag = ?, last_modified = ?, failures = ?, last_error = ?, "
                "last_polled = ?, next_poll = ? WHERE url = ?",
                (
                    feed.title, feed.etag, feed.last_modified, feed.failures, feed.last_error,
                    _utc_text(feed.last_polled), _utc_text(feed.next_poll), feed.url,
                ),
            )

    def delete_feed(self, url: str) -> None:
        with self.transaction() as tx:
            if tx.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount == 0:
                raise NotFoundError(f"no feed {url!r} is monitored")

    def unseen_entries(self, feed_url: str, entry_ids: Iterable[str]) -> list[str]:
        """The entry IDs among ``entry_ids`` not yet taken in from this feed, in the given order."""
        seen = {
            row[0] for row in self.db.execute("SELECT entry_id FROM feed_entries WHERE feed_url = ?", (feed_url,))
        }
        return [entry for entry in dict.fromkeys(entry_ids) if entry not in seen]

    def mark_entries_seen(self, feed_url: str, entry_ids: Iterable[str]) -> None:
        now = _utc_text(datetime.now(timezone.utc))
        with self.transaction() as tx:
            tx.executemany(
                "INSERT INTO feed_entries (feed_url, entry_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(feed_url, entry, now) for entry in entry_ids],
            )

    # ------------------------------------------------------------------ search support

    def save_search_entries(
        self, article_id: str, vectors: list[tuple[str, str, np.ndarray]], quotes: list[tuple[str, str, str | None]]
    ) -> None:
        """Store an article's search rows (replacing earlier ones): ``vectors`` as (kind, item ID, vector),
        ``quotes`` as (item ID, text, speaker)."""
        with self.transaction() as tx:
            self._write_in_commit_order("search_vectors")  # so readers that follow seq never skip a row
            tx.execute("DELETE FROM search_vectors WHERE article_id = ?", (article_id,))
            tx.execute("DELETE FROM search_quotes WHERE article_id = ?", (article_id,))
            tx.executemany(
                "INSERT INTO search_vectors (kind, item_id, article_id, vector) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (kind, item_id) DO UPDATE SET vector = excluded.vector",  # a span quoted twice
                [(kind, item, article_id, np.asarray(vector, dtype=np.float32).tobytes()) for kind, item, vector in vectors],
            )
            tx.executemany(
                "INSERT INTO search_quotes (item_id, article_id, text, speaker) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (item_id) DO NOTHING",
                [(item, article_id, text, speaker) for item, text, speaker in quotes],
            )

    def search_vector_state(self) -> tuple[int, int]:
        """(row count, highest seq) of the vector table, to tell a cached copy whether it is current.

        Rows commit in seq order (``save_search_entries``), so a copy holding every row up to the highest
        seq it saw misses none, and a count below its own means rows were deleted.
        """
        count, top = self.db.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM search_vectors").fetchone()
        return count, top

    def search_vectors(
        self, after_seq: int = 0, up_to_seq: int | None = None
    ) -> Iterator[tuple[int, str, str, str, str | None, str | None, bytes]]:
        """(seq, kind, item ID, article ID, language, source, vector bytes) of vector rows after ``after_seq``
        (and up to ``up_to_seq``: the top ``search_vector_state`` gave, to read the rows it counted)."""
        yield from paged(
            self.db,
            "SELECT v.seq, v.kind, v.item_id, v.article_id, a.language, a.source, v.vector "
            "FROM search_vectors v JOIN articles a ON a.id = v.article_id WHERE v.seq <= ? AND v.seq > ? "
            "ORDER BY v.seq LIMIT ?",
            [up_to_seq if up_to_seq is not None else 2**62],
            after_seq,
        )

    def search_quote_text(self, query: str, limit: int) -> list[tuple[str, str, str, str | None]]:
        """(item ID, article ID, text, speaker) of quotes containing all words of ``query``, best first.

        As ``search_text``: the words are taken literally; case and diacritics are ignored.
        """
        match = fts_query(query)
        if not match:
            return []
        return [
            (row[0], row[1], row[2], row[3])
            for row in self.db.execute(
                "SELECT q.item_id, q.article_id, q.text, q.speaker FROM search_quotes_fts f "
                "JOIN search_quotes q ON q.seq = f.rowid WHERE search_quotes_fts MATCH ? "
                "ORDER BY bm25(search_quotes_fts) LIMIT ?",
                (match, limit),
            )
        ]

    def search_quotes_by_id(self, item_ids: Iterable[str]) -> dict[str, tuple[str, str, str | None]]:
        """item ID -> (article ID, text, speaker) for these quote items."""
        wanted = list(item_ids)
        if not wanted:
            return {}
        rows = self.db.execute(
            f"SELECT item_id, article_id, text, speaker FROM search_quotes WHERE item_id IN ({', '.join('?' * len(wanted))})",
            wanted,
        )
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    # ------------------------------------------------------------------ serving: counts for plots

    def article_counts(self, by: str, article_ids: Iterable[str] | None = None) -> list[tuple[str, int]]:
        """(key, number of articles) grouped ``by`` day (YYYY-MM-DD), language or source, in key order.

        A day is the publication date, or the ingest date when that is unknown.
        ``article_ids`` restricts the count to those articles (one story's).
        """
        keys = {
            "day": "substr(COALESCE(published_utc, ingested_at), 1, 10)",
            "language": "language",
            "source": "COALESCE(source, '(unknown)')",
        }
        if by not in keys:
            raise UsageError(f"cannot count articles by {by!r}; use one of {', '.join(keys)}")
        sql, params = f"SELECT {keys[by]} AS key, COUNT(*) FROM articles", []
        if article_ids is not None:
            wanted = list(article_ids)
            sql += f" WHERE id IN ({', '.join('?' * len(wanted))})" if wanted else " WHERE FALSE"
            params = wanted
        return [(row[0], row[1]) for row in self.db.execute(sql + " GROUP BY key ORDER BY key", params)]

    def story_ids_page(
        self,
        language: str | None = None,
        source: str | None = None,
        entity: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[str]:
        """IDs of stories with an article in ``language`` / from ``source`` / mentioning ``entity``,
        seen within [since, until], newest first."""
        where, params = ["story_id IS NOT NULL"], []
        for column, value in (("language", language), ("source", source)):
            if value:
                where.append(f"story_id IN (SELECT story_id FROM articles WHERE {column} = ?)")
                params.append(value)
        if entity:
            where.append(
                "story_id IN (SELECT a.story_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity = ?)"
            )
            params.append(entity)
        having = []
        if since is not None:
            having.append("MAX(COALESCE(published_utc, ingested_at)) >= ?")
            params.append(_utc_text(since))
        if until is not None:
            having.append("MIN(COALESCE(published_utc, ingested_at)) < ?")
            params.append(_utc_text(until + _ONE_DAY if _is_date(until) else until))
        sql = (
            f"SELECT story_id FROM articles WHERE {' AND '.join(where)} GROUP BY story_id"
            + (f" HAVING {' AND '.join(having)}" if having else "")
            + " ORDER BY MAX(COALESCE(published_utc, ingested_at)) DESC, story_id"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [row[0] for row in self.db.execute(sql, params)]

    def articles_version(self) -> tuple[int, int]:
        """(count, highest seq) of the articles table: changes whenever articles are added or deleted."""
        count, top = self.db.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles").fetchone()
        return count, top
