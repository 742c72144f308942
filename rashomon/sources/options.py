"""What a reader may do: field mapping for corpora, size limit, URL-fetching policy."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.sources.bounds import ITEM_SECONDS


@dataclass
class SourceOptions:
    # Column / key names in JSONL and CSV corpora.
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    url_field: str = "url"
    source_field: str = "source"
    lang_field: str = "language"
    author_field: str = "author"
    # Largest item (file, row, record, fetched page) accepted, in bytes.
    max_bytes: int = 10_000_000
    # Longest one item (page, feed) may take to read before it is abandoned, in seconds (None: no limit).
    max_seconds: float | None = ITEM_SECONDS
    # URL fetching: private, loopback and link-local addresses are refused unless allowed.
    allow_private: bool = False
    timeout: float = 20.0
    max_redirects: int = 5
    # RSS/Atom: fetch each entry's page; the entry's own content is the fallback.
    fetch_feed_pages: bool = True

    def size_limit_text(self) -> str:
        """The limit as people say it (``10 MB``) for failure reasons."""
        if self.max_bytes >= 1_000_000 and self.max_bytes % 1_000_000 == 0:
            return f"{self.max_bytes // 1_000_000} MB"
        if self.max_bytes >= 1_000 and self.max_bytes % 1_000 == 0:
            return f"{self.max_bytes // 1_000} kB"
        return f"{self.max_bytes} bytes"
