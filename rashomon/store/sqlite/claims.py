"""SQLite storage for comparing accounts: time expressions, statement vectors,
cached story comparisons and outlet catalogue edits."""

from __future__ import annotations

import json

import numpy as np

from rashomon.model import TimeExpression

# An outlet edit replaces the domain's earlier one whole, with a fresh edit time.
_OUTLET_UPSERT = (
    " ON CONFLICT (domain) DO UPDATE SET name = excluded.name, country = excluded.country,"
    " language = excluded.language, owner = excluded.owner, removed = excluded.removed, edited_at = excluded.edited_at"
)


class ClaimsMixin:
    """Methods of SQLiteStore for claims. Uses self.db (sqlite3 connection) and self.transaction()."""

    # ------------------------------------------------------------------ time expressions

    def save_times(self, article_id: str, times: list[TimeExpression]) -> None:
        """Persist an article's temporal expressions (replacing earlier ones). Called inside the article's transaction."""
        with self.transaction() as tx:
            tx.execute("DELETE FROM time_expressions WHERE article_id = ?", (article_id,))
            tx.executemany(
                'INSERT INTO time_expressions (article_id, start, "end", text, value, granularity, relative_days)'
                ' VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start) DO UPDATE SET "end" = excluded."end",'
                " text = excluded.text, value = excluded.value, granularity = excluded.granularity,"
                " relative_days = excluded.relative_days",
                [(article_id, t.start, t.end, t.text, t.value, t.granularity, t.relative_days) for t in times],
            )

    def times(self, article_id: str) -> list[TimeExpression]:
        rows = self.db.execute(
            'SELECT start, "end", text, value, granularity, relative_days FROM time_expressions'
            " WHERE article_id = ? ORDER BY start",
            (article_id,),
        ).fetchall()
        return [TimeExpression(*tuple(row)) for row in rows]

    def has_times(self, article_id: str) -> bool:
        """Whether the times stage ran for the article (an article may have none: see save_times)."""
        return self.db.execute("SELECT 1 FROM time_expressions WHERE article_id = ? LIMIT 1", (article_id,)).fetchone() is not None

    # ------------------------------------------------------------------ statement vectors

    def statement_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for offset in range(0, len(unique), 500):  # SQLite's bound-parameter limit
            chunk = unique[offset: offset + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(f"SELECT key, vector FROM statement_vectors WHERE key IN ({marks})", chunk):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def save_statement_vectors(self, vectors: dict[str, np.ndarray]) -> None:
        with self.transaction() as tx:
            tx.executemany(
                "INSERT INTO statement_vectors (key, vector) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET vector = excluded.vector",
                [(key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in vectors.items()],
            )

    def language_vector_sums(self) -> dict[str, tuple[int, np.ndarray]]:
        """{language: (statements, sum of their vectors)} of the statements embedded so far."""
        rows = self.db.execute("SELECT language, statements, total FROM language_vector_sums")
        return {language: (count, np.frombuffer(total, dtype=np.float32).astype(np.float64)) for language, count, total in rows}

    def add_language_vectors(self, sums: dict[str, tuple[int, np.ndarray]]) -> None:
        """Adds newly embedded statements' (count, vector sum) per language to the running sample."""
        known = self.language_vector_sums()
        with self.transaction() as tx:
            for language, (count, total) in sums.items():
                old_count, old_total = known.get(language, (0, 0.0))
                tx.execute(
                    "INSERT INTO language_vector_sums (language, statements, total) VALUES (?, ?, ?) ON CONFLICT (language)"
                    " DO UPDATE SET statements = excluded.statements, total = excluded.total",
                    (language, old_count + count, np.asarray(old_total + total, dtype=np.float32).tobytes()),
                )

    # ------------------------------------------------------------------ cached comparisons

    def cached_comparison(self, story_id: str, reader_language: str, signature: str) -> dict | None:
        """The stored comparison of a story if it is still current (same signature), else None."""
        row = self.db.execute(
            "SELECT signature, comparison FROM story_comparisons WHERE story_id = ? AND reader_language = ?",
            (story_id, reader_language),
        ).fetchone()
        if row is None or row["signature"] != signature:
            return None
        return json.loads(row["comparison"])

    def save_comparison(self, story_id: str, reader_language: str, signature: str, comparison: dict) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO story_comparisons (story_id, reader_language, signature, comparison) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (story_id, reader_language) DO UPDATE SET signature = excluded.signature,"
                " comparison = excluded.comparison, computed_at = excluded.computed_at",
                (story_id, reader_language, signature, json.dumps(comparison, ensure_ascii=False)),
            )

    # ------------------------------------------------------------------ outlet catalogue edits

    def save_outlet(self, outlet) -> None:
        """Add or change an outlet (overrides the starter catalogue's entry for its domain)."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO outlet_edits (domain, name, country, language, owner, removed) VALUES (?, ?, ?, ?, ?, 0)"
                + _OUTLET_UPSERT,
                (outlet.domain, outlet.name, outlet.country, outlet.language, outlet.owner),
            )

    def remove_outlet(self, domain: str) -> None:
        """Hide a domain from the catalogue, whether it came from the starter list or the user."""
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO outlet_edits (domain, name, country, language, owner, removed) VALUES (?, NULL, NULL, NULL, NULL, 1)"
                + _OUTLET_UPSERT,
                (domain,),
            )

    def outlet_edits(self) -> tuple[list, set[str]]:
        """(outlets the user added or changed, domains the user removed)."""
        from rashomon.outlets import Outlet

        added, removed = [], set()
        for row in self.db.execute("SELECT domain, name, country, language, owner, removed FROM outlet_edits ORDER BY domain"):
            if row["removed"]:
                removed.add(row["domain"])
            else:
                added.append(Outlet(row["domain"], row["name"], row["country"], row["language"], row["owner"]))
        return added, removed

    def outlet_edits_stamp(self) -> str:
        """Changes whenever the outlet edits change (part of a comparison's signature)."""
        row = self.db.execute("SELECT COUNT(*), MAX(edited_at) FROM outlet_edits").fetchone()
        return f"{row[0]}:{row[1]}"
