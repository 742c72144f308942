"""SQLite storage of articles: tables, reads and writes.

Tables (migration 0001): ``articles`` (the cleaned text every offset indexes
into), ``article_raw`` (what was read, for re-processing), ``article_minhash``
(near-duplicate signatures) and the FTS5 index ``articles_fts`` over title and
text, kept in step by triggers. Other domains' tables reference
``articles(id)`` with ``ON DELETE CASCADE``, so deleting an article removes its
analysis too.
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone
from typing import Iterable, Iterator

from rashomon.errors import NotFoundError, UsageError
from rashomon.model import Article, Document

ARTICLE_COLUMNS = (
    "id, path, locator, url, source, title, text, language, language_confidence, author, "
    "published, published_estimated, ingested_at, content_hash, duplicate_of, story_id"
)
_HINT_FIELDS = ("url", "title", "author", "source", "language", "locator")
# Rows fetched per round trip when a read streams a large result.
_PAGE = 1000


def utc_key(moment: datetime) -> str:
    """Sortable UTC text of ``moment``; a naive datetime is taken as UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def article_from_row(row) -> Article:
    return Article(
        id=row["id"],
        path=row["path"],
        locator=row["locator"],
        url=row["url"],
        source=row["source"],
        title=row["title"],
        text=row["text"],
        language=row["language"],
        language_confidence=row["language_confidence"],
        author=row["author"],
        published=_parse_time(row["published"]),
        published_estimated=bool(row["published_estimated"]),
        ingested_at=_parse_time(row["ingested_at"]),
        content_hash=row["content_hash"],
        duplicate_of=row["duplicate_of"],
        story_id=row["story_id"],
    )


def paged(db, sql: str, params: list, after, limit: int | None = None) -> Iterator:
    """The rows of ``sql`` fetched a page at a time, so memory stays flat on any backend (a PostgreSQL
    read holds its whole result). ``sql`` selects its key first, ends with ``key > ? ORDER BY key LIMIT ?``,
    and takes ``params`` before those two; ``after`` is a value below every key; ``limit`` caps the rows."""
    left = limit
    while left is None or left > 0:
        page = _PAGE if left is None else min(_PAGE, left)
        rows = db.execute(sql, [*params, after, page]).fetchall()
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1][0]
        left = None if left is None else left - len(rows)


def query_words(text: str) -> list[str]:
    """A search query as what every backend matches: all of its words, each taken literally."""
    return text.split()


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query that matches all of them, with no operator syntax.

    Each word becomes a quoted string (inner quotes doubled), so input such as
    ``AND``, ``"``, ``*`` or ``col:`` is searched for literally instead of
    being parsed.
    """
    return " ".join('"' + word.replace('"', '""') + '"' for word in query_words(text))


class ArticlesMixin:
    """Methods of SQLiteStore for articles. Uses self.db (sqlite3 connection) and self.transaction()."""

    # ------------------------------------------------------------------ writes

    def add_article(
        self, article: Article, document: Document, signature: bytes | None = None, language_given: bool = False
    ) -> None:
        """Insert ``article`` with the raw ``document`` it came from (and its MinHash ``signature``).

        ``language_given`` records that the user set the language, so
        re-processing keeps it. Joins the caller's transaction when there is
        one. ``article.ingested_at`` defaults to now (UTC).
        """
        ingested = article.ingested_at or datetime.now(timezone.utc).replace(microsecond=0)
        body_kind, body = ("html", document.html) if document.html is not None else ("text", document.text or "")
        body_bytes = body.encode("utf-8")
        hints = {name: getattr(document, name) for name in _HINT_FIELDS}
        hints["published"] = document.published.isoformat() if document.published else None
        with self.transaction() as tx:
            tx.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}, published_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id, article.path, article.locator, article.url, article.source, article.title,
                    article.text, article.language, article.language_confidence, article.author,
                    article.published.isoformat() if article.published else None, int(article.published_estimated),
                    ingested.isoformat(), article.content_hash, article.duplicate_of, article.story_id,
                    utc_key(article.published) if article.published else None,
                ),
            )
            tx.execute(
                "INSERT INTO article_raw (article_id, body_kind, body, raw, hints, language_given) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    article.id, body_kind, zlib.compress(body_bytes, 1),
                    None if document.raw == body_bytes else zlib.compress(document.raw, 1),
                    json.dumps(hints, ensure_ascii=False), int(language_given),
                ),
            )
            if signature is not None:
                tx.execute("INSERT INTO article_minhash (article_id, signature) VALUES (?, ?)", (article.id, signature))
            self.enqueue("search", [article.id])

    def replace_article(
        self, article: Article, document: Document, signature: bytes | None = None, language_given: bool = False
    ) -> None:
        """Store ``article`` afresh under its existing ID, dropping everything derived from the old version.

        For re-processing after the text changed: the old row goes (with all
        analysis rows, by cascade) and the new one is added; copies of the
        article stay linked to it.
        """
        with self.transaction() as tx:
            copies = [r[0] for r in tx.execute("SELECT id FROM articles WHERE duplicate_of = ?", (article.id,))]
            tx.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            self.add_article(article, document, signature, language_given)
            tx.executemany("UPDATE articles SET duplicate_of = ? WHERE id = ?", [(article.id, c) for c in copies])

    def update_article(self, article: Article) -> None:
        """Overwrite the stored fields of ``article`` (matched by id), e.g. after re-processing."""
        with self.transaction() as tx:
            cursor = tx.execute(
                "UPDATE articles SET title = ?, text = ?, language = ?, language_confidence = ?, author = ?, "
                "published = ?, published_estimated = ?, published_utc = ?, source = ?, url = ?, content_hash = ?, "
                "duplicate_of = ?, story_id = ? WHERE id = ?",
                (
                    article.title, article.text, article.language, article.language_confidence, article.author,
                    article.published.isoformat() if article.published else None, int(article.published_estimated),
                    utc_key(article.published) if article.published else None,
                    article.source, article.url, article.content_hash, article.duplicate_of,
                    article.story_id, article.id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no article with ID {article.id!r}")
            self.enqueue("search", [article.id])

    def set_article_story(self, article_id: str, story_id: str | None) -> None:
        """Record which story an article belongs to (and queue the story as grown)."""
        with self.transaction() as tx:
            tx.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
            self.enqueue("stories", [story_id])

    def delete_articles(self, ids: Iterable[str]) -> int:
        """Delete the articles with these IDs (and, by cascade, all their analysis); returns how many.

        Copies of a deleted article are kept: the oldest remaining copy becomes
        the original and the others are re-linked to it. Raises NotFoundError
        naming any ID that is not in the store (and then deletes nothing).
        """
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return 0
        with self.transaction() as tx:
            tx.execute("CREATE TEMP TABLE IF NOT EXISTS doomed (id TEXT PRIMARY KEY)")
            tx.execute("DELETE FROM doomed")
            tx.executemany("INSERT INTO doomed (id) VALUES (?) ON CONFLICT DO NOTHING", [(i,) for i in wanted])
            missing = [r[0] for r in tx.execute("SELECT id FROM doomed WHERE id NOT IN (SELECT id FROM articles)")]
            if missing:
                shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
                raise NotFoundError(f"no article with ID {shown}")
            self._promote_surviving_copies(tx)
            deleted = tx.execute("DELETE FROM articles WHERE id IN (SELECT id FROM doomed)").rowcount
            tx.execute("DELETE FROM doomed")
        return deleted

    def delete_source(self, name: str) -> int:
        """Delete every article from source ``name``; returns how many (NotFoundError when none)."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM articles WHERE source = ?", (name,))]
        if not ids:
            raise NotFoundError(f"no articles from source {name!r}")
        return self.delete_articles(ids)

    def delete_before(self, moment: datetime) -> int:
        """Delete articles published (or, when the date is unknown, ingested) before ``moment``; returns how many."""
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM articles WHERE COALESCE(published_utc, ingested_at) < ?", (utc_key(moment),)
            )
        ]
        return self.delete_articles(ids)

    def _promote_surviving_copies(self, tx) -> None:
        """Before deleting the rows in temp.doomed, hand each doomed original's role to its oldest surviving copy."""
        orphans = tx.execute(
            "SELECT duplicate_of, id FROM articles WHERE duplicate_of IN (SELECT id FROM doomed) "
            "AND id NOT IN (SELECT id FROM doomed) ORDER BY duplicate_of, seq"
        ).fetchall()
        heirs: dict[str, str] = {}
        for original, copy in orphans:
            heir = heirs.setdefault(original, copy)
            tx.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (None if heir == copy else heir, copy))

    # ------------------------------------------------------------------ reads

    def get_article(self, article_id: str) -> Article:
        """The article with this ID; NotFoundError when there is none."""
        row = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with ID {article_id!r}")
        return article_from_row(row)

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def articles(
        self,
        language: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        since: datetime | None = None,
        ids: Iterable[str] | None = None,
    ) -> Iterator[Article]:
        """Stored articles, oldest ingested first, optionally filtered.

        ``since`` keeps articles published (or, when the date is unknown,
        ingested) at or after that moment; ``ids`` keeps only those IDs.
        Streams rows, so iterating a large store does not load it whole.
        """
        if limit is not None and limit < 0:
            raise UsageError(f"limit must be 0 or more, got {limit}")
        clauses, params = [], []
        if language:
            clauses.append("language = ?")
            params.append(language.lower())
        if source:
            clauses.append("source = ?")
            params.append(source)
        if since is not None:
            clauses.append("COALESCE(published_utc, ingested_at) >= ?")
            params.append(utc_key(since))
        if ids is not None:
            wanted = list(ids)
            clauses.append(f"id IN ({', '.join('?' * len(wanted))})" if wanted else "FALSE")
            params.extend(wanted)
        sql = f"SELECT seq, {ARTICLE_COLUMNS} FROM articles WHERE {' AND '.join([*clauses, 'seq > ?'])} ORDER BY seq LIMIT ?"
        for row in paged(self.db, sql, params, 0, limit):
            yield article_from_row(row)

    def count_articles(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def raw_document(self, article_id: str) -> Document:
        """The Document the article was made from, as read, ready to be cleaned and analysed again."""
        row = self.db.execute(
            "SELECT a.path, r.body_kind, r.body, r.raw, r.hints FROM article_raw r "
            "JOIN articles a ON a.id = r.article_id WHERE r.article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with ID {article_id!r}")
        body = zlib.decompress(row["body"])
        hints = json.loads(row["hints"])
        return Document(
            path=row["path"],
            raw=zlib.decompress(row["raw"]) if row["raw"] is not None else body,
            html=body.decode("utf-8") if row["body_kind"] == "html" else None,
            text=body.decode("utf-8") if row["body_kind"] == "text" else None,
            published=_parse_time(hints.pop("published")),
            **hints,
        )

    def is_language_given(self, article_id: str) -> bool:
        """Whether the user set the article's language at ingest (then re-processing keeps it)."""
        row = self.db.execute("SELECT language_given FROM article_raw WHERE article_id = ?", (article_id,)).fetchone()
        return bool(row and row[0])

    def find_by_hash(self, content_hash: str) -> list[Article]:
        """Articles whose normalised text has this content hash, oldest first."""
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE content_hash = ? ORDER BY seq", (content_hash,)
        )
        return [article_from_row(row) for row in rows]

    def minhash_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article ID, MinHash signature) of every stored article, for the near-duplicate index."""
        sql = "SELECT article_id, signature FROM article_minhash WHERE article_id > ? ORDER BY article_id LIMIT ?"
        for row in paged(self.db, sql, [], ""):
            yield row[0], row[1]

    def original_of(self, article_id: str) -> str:
        """The ID of the article ``article_id`` is a copy of (itself when it is an original)."""
        found = self._originals([article_id])
        return found[article_id][0] if article_id in found else article_id

    def _originals(self, article_ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """Stored ID -> (its original's ID, the original's source), read in one query whatever the chains."""
        if not article_ids:
            return {}
        rows = self.db.execute(
            "WITH RECURSIVE chain(id) AS ("
            f" SELECT id FROM articles WHERE id IN ({', '.join('?' * len(article_ids))})"
            " UNION SELECT a.duplicate_of FROM chain JOIN articles a ON a.id = chain.id WHERE a.duplicate_of IS NOT NULL)"
            " SELECT a.id, a.duplicate_of, a.source FROM articles a JOIN chain ON chain.id = a.id",
            article_ids,
        ).fetchall()
        links = {row[0]: (row[1], row[2]) for row in rows}
        found = {}
        for article_id in article_ids:
            if article_id not in links:
                continue
            current, seen = article_id, {article_id}
            while True:
                parent = links[current][0]
                if parent is None or parent in seen or parent not in links:
                    break
                current = parent
                seen.add(current)
            found[article_id] = (current, links[current][1])
        return found

    def search_text(self, query: str, limit: int = 20) -> list[Article]:
        """Articles whose title or text contain all words of ``query``, best match first.

        The query is taken literally (no FTS5 operators); matching ignores
        case and diacritics.
        """
        match = fts_query(query)
        if not match:
            return []
        rows = self.db.execute(
            f"SELECT {', '.join('a.' + c.strip() for c in ARTICLE_COLUMNS.split(','))} "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?",
            (match, limit),
        )
        return [article_from_row(row) for row in rows]

    def count_independent_sources(self, article_ids: Iterable[str]) -> int:
        """How many independent sources reported these articles.

        A copy counts as its original (so a syndicated copy adds nothing); a
        known source counts once however many articles it has; each article
        of unknown source counts on its own.
        """
        wanted = list(dict.fromkeys(article_ids))
        found = self._originals(wanted)
        missing = [article_id for article_id in wanted if article_id not in found]
        if missing:
            raise NotFoundError(f"no article with ID {missing[0]!r}")
        return len({("source", source) if source is not None else ("article", original) for original, source in found.values()})
