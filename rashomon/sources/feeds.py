"""RSS / Atom feeds: each entry becomes an article.

With ``fetch_feed_pages`` the entry's page is fetched and read like any HTML
page; when that fails (or is off) the entry's own content or summary is the
article. Feed-level facts (the feed's title as publisher, the entry's date and
title) fill what the page leaves open.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone

from rashomon.errors import SourceError
from rashomon.model import Document, SourceFailure
from rashomon.sources.bounds import check_markup, time_limit
from rashomon.sources.html import fragment_text, page_document
from rashomon.sources.options import SourceOptions
from rashomon.sources.values import normal_language

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def looks_like_feed(head: bytes) -> bool:
    """Sniff the first bytes of a document for an RSS, Atom or RDF root element."""
    text = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<rss") or text.startswith(b"<feed") or (
        text.startswith(b"<?xml") and any(tag in text for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    )


def read_feed(raw: bytes, path: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    import feedparser

    try:
        # The markup's shape in any ASCII-compatible encoding; feedparser's parser is slower still than libxml2.
        check_markup(raw.decode("latin-1"))
        with time_limit(options.max_seconds, "reading the feed"):
            parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    except SourceError as exc:
        yield SourceFailure(path, exc.message)
        return
    if not parsed.version and not parsed.entries:
        problem = _one_line(parsed.get("bozo_exception")) if parsed.bozo else "no RSS or Atom root element"
        yield SourceFailure(path, f"not a readable feed ({problem})")
        return
    publisher = " ".join((parsed.feed.get("title") or "").split()) or None
    language = normal_language(parsed.feed.get("language"))
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_item(entry, index, path, publisher, language, options)
    if parsed.bozo and _is_syntax_error(parsed.bozo_exception):
        yield SourceFailure(path, f"malformed feed, entries after the damage are lost ({_one_line(parsed.bozo_exception)})")
    elif not parsed.entries:
        yield SourceFailure(path, "the feed has no entries")


def _entry_item(entry, index: int, path: str, publisher, language, options: SourceOptions) -> Document | SourceFailure:
    locator = entry.get("id") or entry.get("link") or str(index)
    link = entry.get("link")
    published = _entry_date(entry)
    document = None
    if options.fetch_feed_pages and link:
        document = _fetch_page(link, path, locator, published, options)
    if document is None:
        content = _entry_content(entry)
        text = fragment_text(content) if content else ""
        if not text:
            return SourceFailure(path, "entry has no content and its page could not be read", locator)
        document = Document(path=path, raw=content.encode("utf-8"), text=text, url=link, published=published, locator=locator)
    document.title = document.title or _plain(entry.get("title"))
    document.author = document.author or _plain(entry.get("author"))
    document.source = document.source or publisher
    document.language = document.language or normal_language(entry.get("language")) or language
    return document


def _fetch_page(link: str, path: str, locator: str, published, options: SourceOptions) -> Document | None:
    from rashomon.sources.fetch import fetch

    try:
        page = fetch(link, options)
        if page.content_type and "html" not in page.content_type:
            return None
        return page_document(
            page.body, path, url=page.final_url, charset=page.charset, locator=locator, published=published,
            seconds=options.max_seconds,
        )
    except SourceError:  # FetchError included: the entry's own content is the fallback
        return None


def _entry_content(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(contents, key=len) if contents else (entry.get("summary") or "")


def _entry_date(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
    return None


def _plain(value) -> str | None:
    value = " ".join(fragment_text(value).split()) if value else None
    return value or None


def _is_syntax_error(exc) -> bool:
    import xml.sax

    return isinstance(exc, xml.sax.SAXException)


def _one_line(exc) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
