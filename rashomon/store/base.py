"""The storage interface every backend implements.

The interface is split by domain (articles, entities, quotes, stories, claims,
feeds); each domain's methods are declared in the backend's mixin for that
domain (``rashomon/store/sqlite/<domain>.py``) and documented there. Stages
never see a connection: they receive and return dataclasses from
``rashomon.model``.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from rashomon.model import Article, Document


def default_db_path() -> Path:
    """Per-user default database: $RASHOMON_DB, else $XDG_DATA_HOME/rashomon/rashomon.db."""
    if os.environ.get("RASHOMON_DB"):
        return Path(os.environ["RASHOMON_DB"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "rashomon" / "rashomon.db"


def mention_id(article_id: str, mention) -> str:
    """A mention's ID, "<article id>:<start>-<end>": stable when the article is analysed again."""
    return f"{article_id}:{mention.start}-{mention.end}"


class Store:
    """Marker base class of all backends; see the backend mixins for the methods."""

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def row_counts(self) -> dict[str, int]:
        """Rows per table (to check that a re-run or a resumed run added nothing twice)."""
        return {table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in self.tables()}

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ArticleStore(Protocol):
    """The article part of the storage interface, as the ingest pipeline and the CLI use it.

    A backend implements it (SQLite: ``rashomon.store.sqlite.articles.ArticlesMixin``,
    where each method is documented). Writes join the caller's ``transaction()``.
    """

    def transaction(self): ...
    def add_article(self, article: Article, document: Document, signature: bytes | None = None,
                    language_given: bool = False) -> None: ...
    def replace_article(self, article: Article, document: Document, signature: bytes | None = None,
                        language_given: bool = False) -> None: ...
    def update_article(self, article: Article) -> None: ...
    def set_article_story(self, article_id: str, story_id: str | None) -> None: ...
    def delete_articles(self, ids: Iterable[str]) -> int: ...
    def delete_source(self, name: str) -> int: ...
    def delete_before(self, moment: datetime) -> int: ...
    def get_article(self, article_id: str) -> Article: ...
    def has_article(self, article_id: str) -> bool: ...
    def articles(self, language: str | None = None, source: str | None = None, limit: int | None = None,
                 since: datetime | None = None, ids: Iterable[str] | None = None) -> Iterator[Article]: ...
    def count_articles(self) -> int: ...
    def raw_document(self, article_id: str) -> Document: ...
    def is_language_given(self, article_id: str) -> bool: ...
    def find_by_hash(self, content_hash: str) -> list[Article]: ...
    def minhash_signatures(self) -> Iterator[tuple[str, bytes]]: ...
    def original_of(self, article_id: str) -> str: ...
    def search_text(self, query: str, limit: int = 20) -> list[Article]: ...
    def count_independent_sources(self, article_ids: Iterable[str]) -> int: ...


def open_store(db: str | os.PathLike | None = None) -> "Store":
    """Open (creating and migrating as needed) the store at ``db``: a SQLite file path, or a
    ``postgresql://`` URL of an existing PostgreSQL database."""
    target = str(db) if db is not None else os.environ.get("RASHOMON_DB") or str(default_db_path())
    if target.startswith(("postgres://", "postgresql://")):
        from rashomon.store.postgres import PostgresStore

        return PostgresStore(target)
    from rashomon.store.sqlite import SQLiteStore

    return SQLiteStore(target)
