"""The Python API: one object over a store and the pipelines that fill it.

    import rashomon

    with rashomon.open("news.db") as ws:
        result = ws.ingest(["examples/seeds"], published="2025-10-22")
        for article in ws.articles(language="uk"):
            print(article.id, article.title)

Every method mirrors a CLI command; options take the same values as the
CLI's flags (dates as ``datetime`` or ISO 8601 text).
"""

from __future__ import annotations

import os
from dataclasses import fields
from datetime import datetime
from typing import Callable, Iterable, Iterator

from rashomon.errors import UsageError
from rashomon.model import Article, IngestResult


def parse_datetime(value: datetime | str | None, what: str = "date") -> datetime | None:
    """``value`` as a datetime; text must be ISO 8601 (2025-10-22 or 2025-10-22T14:05:00+03:00)."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{what} {value!r} is not an ISO 8601 date such as 2025-10-22 or 2025-10-22T14:05") from None


class Workspace:
    """A Rashomon database and what can be done with it. Use as a context manager or call close()."""

    def __init__(self, db: str | os.PathLike | None = None):
        from rashomon.store import open_store

        self.store = open_store(db)
        self._search_index = None  # rashomon.search.SearchIndex, made on first search

    def ingest(
        self,
        inputs: str | Iterable[str],
        *,
        source: str | None = None,
        language: str | None = None,
        published: datetime | str | None = None,
        stories: bool = True,
        stages: Iterable[str] | None = None,
        batch_size: int = 100,
        extraction: str = "cascade",
        workers: int | None = None,
        progress: Callable | None = None,
        **source_options,
    ) -> IngestResult:
        """Ingest files, folders and URLs (like ``rashomon ingest``).

        ``source_options`` are the fields of ``rashomon.sources.SourceOptions``
        (text_field, title_field, date_field, max_bytes, allow_private, …).
        """
        from rashomon.ingest import IngestOptions, ingest
        from rashomon.sources import SourceOptions

        known = {f.name for f in fields(SourceOptions)}
        unknown = sorted(set(source_options) - known)
        if unknown:
            raise UsageError(f"unknown ingest option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        options = IngestOptions(
            source=source,
            language=language,
            published=parse_datetime(published, "published date"),
            sources=SourceOptions(**source_options),
            assign_stories=stories,
            batch_size=batch_size,
            extraction=extraction,
            progress=progress,
            **({"stages": tuple(stages)} if stages is not None else {}),
            **({"workers": workers} if workers is not None else {}),
        )
        return ingest(self.store, [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs), options)

    def articles(
        self,
        language: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        since: datetime | str | None = None,
    ) -> Iterator[Article]:
        """Stored articles, oldest first (like ``rashomon articles``)."""
        return self.store.articles(
            language=language, source=source, limit=limit, since=parse_datetime(since, "since date")
        )

    def article(self, article_id: str) -> Article:
        """One article by ID (like ``rashomon show``); NotFoundError when missing."""
        return self.store.get_article(article_id)

    def search(
        self,
        query: str,
        kind: str | None = None,
        language: str | None = None,
        source: str | None = None,
        limit: int = 20,
    ) -> list:
        """Articles, stories and quotes by words and by meaning, across languages (like ``rashomon search``).

        Returns ``rashomon.search.Hit`` objects, best first; articles not yet indexed for search are indexed first.
        """
        from rashomon.search import SearchIndex, search

        if self._search_index is None:
            self._search_index = SearchIndex()
        self._search_index.refresh(self.store)
        return search(self.store, query, self._search_index, kind, language, source, limit)

    def delete(
        self,
        ids: Iterable[str] = (),
        *,
        source: str | None = None,
        before: datetime | str | None = None,
    ) -> int:
        """Delete articles by ID, by source or by date (like ``rashomon delete``); returns how many."""
        ids = [ids] if isinstance(ids, str) else list(ids)
        chosen = [name for name, value in (("ids", ids), ("source", source), ("before", before)) if value]
        if len(chosen) != 1:
            raise UsageError("delete needs exactly one of: article IDs, a source, a before date")
        if ids:
            return self.store.delete_articles(ids)
        if source:
            return self.store.delete_source(source)
        return self.store.delete_before(parse_datetime(before, "before date"))

    def reprocess(
        self,
        stage: str = "all",
        ids: Iterable[str] | None = None,
        *,
        stages: Iterable[str] | None = None,
        stories: bool = True,
        progress: Callable | None = None,
    ):
        """Re-run analysis on stored articles (like ``rashomon reprocess``).

        For stage ``all``, ``stages``/``stories`` choose what is redone, as for ingest.
        """
        from rashomon.analysis import STAGES
        from rashomon.ingest import reprocess

        return reprocess(self.store, stage, ids, progress, tuple(stages or STAGES), stories)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Workspace({self.store!r})"
