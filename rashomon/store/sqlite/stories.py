"""SQLite storage of stories: tables, reads and writes.

Tables (migration 0030): ``stories`` (every story ID ever issued; merged-away
IDs point at their survivor; surviving stories carry their clustering
summary), ``story_article_vectors`` (per-article embedding cache),
``story_corrections`` (a person's merges, splits and moves, in order).
Membership is ``articles.story_id``. What a story shows (headlines,
languages, sources, ...) is read from its articles, so it is never stale.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import numpy as np

from rashomon.errors import NotFoundError, UsageError
from rashomon.model import Story
from rashomon.store.sqlite.articles import _PAGE

_TOP_ENTITIES = 10
_HEADLINE_CHARS = 160
_HEADLINE_MIN_WORDS = 8


def _parse_time(value: str | None) -> datetime | None:
    """A stored time; a naive one (a publication date without zone) is UTC, as ``utc_key`` takes it,
    so a story of dated and undated (ingest-time) articles compares them."""
    moment = datetime.fromisoformat(value) if value else None
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


def _headline(title: str | None, text: str) -> str:
    """The title, else the first line long enough to say what happened (not "CNN reports this.")."""
    if title and title.strip():
        return title.strip()
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    line = next((line for line in lines if len(line.split()) >= _HEADLINE_MIN_WORDS), lines[0] if lines else "")
    return line if len(line) <= _HEADLINE_CHARS else line[: _HEADLINE_CHARS - 1].rstrip() + "…"


class StoriesMixin:
    """Methods of SQLiteStore for stories. Uses self.db (sqlite3 connection) and self.transaction()."""

    # ------------------------------------------------------------------ IDs

    def resolve_story_id(self, story_id: str) -> str:
        """The surviving story an ID stands for (itself, or where it was merged); NotFoundError if unknown."""
        current, seen = story_id, set()
        while True:
            row = self.db.execute("SELECT merged_into FROM stories WHERE id = ?", (current,)).fetchone()
            if row is None:
                raise NotFoundError(f"no story {story_id!r} in {self.location} (list them with `rashomon stories`)")
            if row["merged_into"] is None or current in seen:
                return current
            seen.add(current)
            current = row["merged_into"]

    def story_ids(self) -> set[str]:
        """Every story ID ever issued, merged-away ones included."""
        return {row[0] for row in self.db.execute("SELECT id FROM stories")}

    def has_story_id(self, story_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is not None

    def story_aliases(self) -> dict[str, str]:
        """Merged-away ID -> the ID it was merged into."""
        return {row[0]: row[1] for row in self.db.execute("SELECT id, merged_into FROM stories WHERE merged_into IS NOT NULL")}

    # ------------------------------------------------------------------ clustering state

    def save_story_summary(self, summary) -> None:
        """Insert or update a surviving story's clustering summary (rashomon.stories.clustering.StorySummary)."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO stories (id, merged_into, article_count, exemplars, keys, key_counts, languages, first_day, last_day)"
                " VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET merged_into = NULL, article_count = excluded.article_count,"
                " exemplars = excluded.exemplars, keys = excluded.keys, key_counts = excluded.key_counts,"
                " languages = excluded.languages, first_day = excluded.first_day, last_day = excluded.last_day",
                (
                    summary.id,
                    summary.count,
                    summary.exemplars.astype(np.float32).tobytes(),
                    summary.keys.astype(np.uint32).tobytes(),
                    summary.key_counts.astype(np.uint32).tobytes(),
                    ",".join(summary.languages),
                    summary.first_day,
                    summary.last_day,
                ),
            )

    def merge_story_ids(self, absorbed_id: str, survivor_id: str) -> None:
        """Record that ``absorbed_id`` now resolves to ``survivor_id`` and move its articles there."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO stories (id, merged_into) VALUES (?, ?)"
                " ON CONFLICT(id) DO UPDATE SET merged_into = excluded.merged_into, article_count = 0,"
                " exemplars = NULL, keys = NULL, key_counts = NULL",
                (absorbed_id, survivor_id),
            )
            tx.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (survivor_id, absorbed_id))
            self.enqueue("stories", [survivor_id])

    def clear_story_summary(self, story_id: str) -> None:
        """Forget the clustering summary of a story that no longer has articles."""
        with self.transaction() as tx:
            tx.execute("UPDATE stories SET article_count = 0, exemplars = NULL, keys = NULL, key_counts = NULL WHERE id = ?", (story_id,))

    def story_summaries(self) -> list:
        """Clustering summaries of all surviving stories (to rebuild the index)."""
        from rashomon.stories.clustering import StorySummary
        from rashomon.stories.embedding import DIMENSIONS

        summaries = []
        for row in self.db.execute(
            "SELECT id, article_count, exemplars, keys, key_counts, languages, first_day, last_day"
            " FROM stories WHERE merged_into IS NULL AND exemplars IS NOT NULL"
        ):
            summaries.append(
                StorySummary(
                    id=row["id"],
                    exemplars=np.frombuffer(row["exemplars"], dtype=np.float32).reshape(-1, DIMENSIONS).copy(),
                    count=row["article_count"],
                    keys=np.frombuffer(row["keys"], dtype=np.uint32).copy(),
                    key_counts=np.frombuffer(row["key_counts"], dtype=np.uint32).copy(),
                    languages=[lang for lang in row["languages"].split(",") if lang],
                    first_day=row["first_day"],
                    last_day=row["last_day"],
                )
            )
        return summaries

    def article_story_ids(self, article_ids: list[str] | None = None) -> dict[str, str | None]:
        """Article ID -> its story ID, of every article or of those in ``article_ids``."""
        if article_ids is None:
            return {row[0]: row[1] for row in self.db.execute("SELECT id, story_id FROM articles")}
        wanted = list(article_ids)
        found = {}
        for start in range(0, len(wanted), _PAGE):
            chunk = wanted[start : start + _PAGE]
            sql = f"SELECT id, story_id FROM articles WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update({row[0]: row[1] for row in self.db.execute(sql, chunk)})
        return found

    def save_article_vector(self, article_id: str, content_hash: str, vector: np.ndarray, keys: np.ndarray) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO story_article_vectors (article_id, content_hash, vector, keys) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash,"
                " vector = excluded.vector, keys = excluded.keys",
                (article_id, content_hash, vector.astype(np.float32).tobytes(), keys.astype(np.uint32).tobytes()),
            )

    def article_vectors(self, article_ids: list[str] | None = None) -> dict[str, tuple[str, np.ndarray, np.ndarray]]:
        """Cached (content_hash, vector, keys) per article ID (all cached ones when ``article_ids`` is None)."""
        columns = "article_id, content_hash, vector, keys"
        if article_ids is None:
            rows = self.db.execute(f"SELECT {columns} FROM story_article_vectors")
        else:
            rows = []
            for start in range(0, len(article_ids), 500):
                chunk = article_ids[start : start + 500]
                rows += self.db.execute(
                    f"SELECT {columns} FROM story_article_vectors WHERE article_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
        return {
            row[0]: (row[1], np.frombuffer(row[2], dtype=np.float32).copy(), np.frombuffer(row[3], dtype=np.uint32).copy())
            for row in rows
        }

    # ------------------------------------------------------------------ corrections

    def add_story_correction(self, action: str, story_id: str, other_id: str | None = None, article_ids: list[str] = ()) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO story_corrections (action, story_id, other_id, article_ids) VALUES (?, ?, ?, ?)",
                (action, story_id, other_id, json.dumps(list(article_ids))),
            )

    def story_corrections(self) -> list[tuple[str, str, str | None, list[str]]]:
        """(action, story_id, other_id, article_ids) in the order they were made."""
        return [
            (row["action"], row["story_id"], row["other_id"], json.loads(row["article_ids"]))
            for row in self.db.execute("SELECT action, story_id, other_id, article_ids FROM story_corrections ORDER BY seq")
        ]

    # ------------------------------------------------------------------ reads

    def get_story(self, story_id: str) -> Story:
        """The story ``story_id`` stands for (a merged-away ID gives its survivor)."""
        return self._story(self.resolve_story_id(story_id))

    def get_stories(self, story_ids: list[str]) -> list[Story]:
        """The story each of ``story_ids`` stands for (a merged-away ID gives its survivor), in that order, read
        together (a page of search hits or of the story list costs three queries, not three per story)."""
        return self._stories([self.resolve_story_id(story_id) for story_id in story_ids])

    def stories(self, since: datetime | None = None, language: str | None = None, limit: int | None = None) -> list[Story]:
        """Surviving stories with articles, most recently seen first.

        ``since`` keeps stories last seen at or after it; ``language`` keeps
        stories with an article in that language.
        """
        if limit is not None and limit < 1:
            raise UsageError(f"--limit must be at least 1, not {limit}")
        query = (
            "SELECT story_id, MAX(COALESCE(published_utc, ingested_at)) AS last_seen FROM articles"
            " WHERE story_id IS NOT NULL GROUP BY story_id"
        )
        conditions, params = [], []
        if since is not None:
            conditions.append("last_seen >= ?")
            params.append(since.isoformat(timespec="seconds"))
        if language:
            conditions.append("story_id IN (SELECT story_id FROM articles WHERE language = ?)")
            params.append(language.lower())
        if conditions:
            query = f"SELECT * FROM ({query}) AS seen WHERE " + " AND ".join(conditions)
        query += " ORDER BY last_seen DESC, story_id"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        return self._stories([row["story_id"] for row in self.db.execute(query, params).fetchall()])

    def story_article_ids(self, story_id: str) -> list[str]:
        return [row[0] for row in self.db.execute(
            "SELECT id FROM articles WHERE story_id = ? ORDER BY COALESCE(published_utc, ingested_at), seq", (story_id,)
        )]

    def _story(self, story_id: str) -> Story:
        return self._stories([story_id])[0]

    def _stories(self, story_ids: list[str]) -> list[Story]:
        """What each story shows, read for all of them at once (three queries however many stories)."""
        if not story_ids:
            return []
        marks = ", ".join("?" * len(story_ids))
        stories = {story_id: Story(id=story_id) for story_id in story_ids}
        sources: dict[str, list[str]] = {story_id: [] for story_id in story_ids}
        for row in self.db.execute(
            "SELECT a.story_id, a.id, a.title, substr(a.text, 1, 1000) AS lead, a.language, a.source,"
            f" COALESCE(a.published_utc, a.ingested_at) AS seen FROM articles a WHERE a.story_id IN ({marks})"
            " ORDER BY seen, a.seq",
            story_ids,
        ):
            _add_article_row(stories[row["story_id"]], sources[row["story_id"]], row)
        originals = self._originals([a for story in stories.values() for a in story.article_ids])
        for story in stories.values():
            story.sources = sources[story.id]
            story.independent_sources = len({
                ("source", source) if source is not None else ("article", original)
                for original, source in (originals[a] for a in story.article_ids)
            })
        # Entities named by most of the story's articles, then most often: a stable order, ties by ID.
        for row in self.db.execute(
            "SELECT a.story_id, m.entity FROM mentions m JOIN articles a ON a.id = m.article_id"
            f" WHERE a.story_id IN ({marks}) GROUP BY a.story_id, m.entity"
            " ORDER BY a.story_id, COUNT(DISTINCT m.article_id) DESC, COUNT(*) DESC, m.entity",
            story_ids,
        ):
            if len(stories[row[0]].top_entities) < _TOP_ENTITIES:
                stories[row[0]].top_entities.append(row[1])
        return [stories[story_id] for story_id in story_ids]


def _add_article_row(story: Story, sources: list[str], row) -> None:
    """Fold one article (in first-seen order) into what its story shows."""
    story.article_ids.append(row["id"])
    language = row["language"]
    if language not in story.headlines:
        story.headlines[language] = _headline(row["title"], row["lead"])
        story.languages.append(language)
    if row["source"] and row["source"] not in sources:
        sources.append(row["source"])
    seen = _parse_time(row["seen"])
    if seen is not None:
        story.first_seen = seen if story.first_seen is None else min(story.first_seen, seen)
        story.last_seen = seen if story.last_seen is None else max(story.last_seen, seen)
