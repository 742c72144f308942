"""Live feed monitoring: poll RSS/Atom feeds and put new entries through the whole ingest pipeline.

Each poll is a conditional request (ETag / Last-Modified), so an unchanged
feed costs one 304. Entries already taken in are remembered per feed, so only
new entries are fetched and ingested. A feed that fails waits
``interval * 2**failures`` (at most ``max_backoff``) before its next poll. The
clock and the sleep are injectable, so tests drive time instead of waiting.
"""

from __future__ import annotations

import sys
import threading
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable

from rashomon.errors import RashomonError, SourceError, UsageError
from rashomon.model import Document, Feed, IngestResult, SourceFailure

DEFAULT_INTERVAL = 300.0  # seconds between polls of one feed
DEFAULT_MAX_BACKOFF = 6 * 3600.0


def feed_urls(sources: Iterable[str]) -> list[str]:
    """Feed URLs from ``sources``: URLs as given, and every ``xmlUrl`` of each OPML file named."""
    from rashomon.sources import is_http_url

    urls: list[str] = []
    for source in sources:
        if is_http_url(source):
            _check_feed_url(source)
            urls.append(source)
        elif Path(source).is_file():
            urls.extend(_opml_urls(source))
        else:
            raise UsageError(f"{source}: neither an http(s) feed URL nor an OPML file")
    if not urls:
        raise UsageError("no feeds to watch: give feed URLs or an OPML file with outlines that have xmlUrl")
    return list(dict.fromkeys(urls))


def _check_feed_url(url: str) -> None:
    from rashomon.sources import url_problem

    problem = url_problem(url)
    if problem:
        raise UsageError(f"feed URL {url!r}: {problem}")


def _opml_urls(path: str) -> list[str]:
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise UsageError(f"{path}: not a readable OPML file ({exc})") from None
    urls = [outline.get("xmlUrl") for outline in root.iter("outline") if outline.get("xmlUrl")]
    for url in urls:
        try:
            _check_feed_url(url)
        except UsageError as exc:
            raise UsageError(f"{path}: {exc.message}") from None
    if not urls:
        raise UsageError(f"{path}: the OPML file lists no feeds (no outline has an xmlUrl)")
    return urls


@dataclass
class PollResult:
    """What one poll of one feed did."""

    feed: str
    status: str  # new, unchanged (304 or nothing new), failed
    stored: list[str] = field(default_factory=list)
    failures: list[SourceFailure] = field(default_factory=list)
    error: str | None = None


@dataclass
class Monitor:
    """Polls a store's feeds; ``poll_due`` does one round, ``run`` loops until stopped."""

    store: object
    interval: float = DEFAULT_INTERVAL
    max_backoff: float = DEFAULT_MAX_BACKOFF
    allow_private: bool = False
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))
    # Called after each poll that stored articles (e.g. to refresh the search index).
    on_new: Callable[[PollResult], None] | None = None

    def __post_init__(self):
        if self.interval <= 0:
            raise UsageError(f"interval must be more than 0 seconds, got {self.interval:g}")
        self._ingester = None

    def add(self, urls: Iterable[str]) -> list[Feed]:
        return [self.store.add_feed(url) for url in urls]

    def poll_due(self) -> list[PollResult]:
        """Poll every feed whose next poll time has come."""
        now = _naive_utc(self.clock())
        return [self.poll(feed) for feed in self.store.feeds() if feed.next_poll is None or feed.next_poll <= now]

    def poll_all(self) -> list[PollResult]:
        """Poll every feed once, whatever its schedule (``--once``)."""
        return [self.poll(feed) for feed in self.store.feeds()]

    def next_due(self) -> datetime | None:
        times = [feed.next_poll for feed in self.store.feeds()]
        if not times:
            return None
        return min((t for t in times if t is not None), default=_naive_utc(self.clock()))

    def run(self, stop: threading.Event, report: Callable[[PollResult], None] | None = None) -> None:
        """Poll due feeds until ``stop`` is set, sleeping (interruptibly) until the next is due.

        A round that fails as a whole (the store locked or gone for a moment) is reported on stderr and
        tried again after ``interval``: monitoring ends only when ``stop`` is set.
        """
        while not stop.is_set():
            try:
                for result in self.poll_due():
                    if report is not None:
                        report(result)
                due = self.next_due()
                wait = self.interval if due is None else (due - _naive_utc(self.clock())).total_seconds()
            except Exception as exc:  # noqa: BLE001 - the monitor thread must outlive one bad round
                print(f"rashomon monitor: {type(exc).__name__}: {exc}", file=sys.stderr)
                wait = self.interval
            stop.wait(min(max(wait, 0.5), self.interval))

    def poll(self, feed: Feed) -> PollResult:
        """Poll one feed; whatever goes wrong with it is its failure, never the monitor's end."""
        from rashomon.sources import SourceOptions, fetch

        now = _naive_utc(self.clock())
        options = SourceOptions(allow_private=self.allow_private)
        try:
            page = fetch(feed.url, options, etag=feed.etag, last_modified=feed.last_modified)
            if page.not_modified:
                result = PollResult(feed.url, "unchanged")
            else:
                result = self._take_in(feed.url, page.body, options)
                feed.etag = page.headers.get("etag")
                feed.last_modified = page.headers.get("last-modified")
        except Exception as exc:  # noqa: BLE001 - one bad feed must not stop the others being polled
            reason = exc.message if isinstance(exc, RashomonError) else f"unexpected error: {type(exc).__name__}: {exc}"
            feed.failures += 1
            feed.last_error = reason
            wait = min(self.interval * 2**feed.failures, self.max_backoff)
            feed.last_polled, feed.next_poll = now, now + timedelta(seconds=wait)
            self.store.save_feed(feed)
            return PollResult(feed.url, "failed", error=reason)
        feed.failures, feed.last_error = 0, None
        feed.last_polled, feed.next_poll = now, now + timedelta(seconds=self.interval)
        self.store.save_feed(feed)
        if result.stored and self.on_new is not None:
            self.on_new(result)
        return result

    def _take_in(self, url: str, body: bytes, options) -> PollResult:
        """Ingest the feed entries not seen before; the feed must parse."""
        from rashomon.sources.feeds import read_feed

        entries = list(read_feed(body, url, replace(options, fetch_feed_pages=False)))
        unreadable = [e for e in entries if isinstance(e, SourceFailure) and e.locator is None]
        if unreadable and len(unreadable) == len(entries):
            raise SourceError(unreadable[0].reason)
        fresh = set(self.store.unseen_entries(url, [e.locator for e in entries if e.locator]))
        result = PollResult(url, "unchanged")
        ingester = self._ingester_for()
        ingester.result = IngestResult()
        taken = []
        for entry in entries:
            if entry.locator not in fresh:
                continue
            taken.append(entry.locator)
            if isinstance(entry, SourceFailure):
                result.failures.append(entry)
            else:
                # Ingester.run reads paths; a feed entry is already a Document, so it goes in one by one.
                ingester._prepare_reporting_failure(self._with_page(entry, options))
        ingester.flush()
        self.store.mark_entries_seen(url, taken)
        result.stored = ingester.result.stored + ingester.result.duplicates
        result.failures += ingester.result.failures
        if result.stored:
            result.status = "new"
        return result

    def _with_page(self, entry: Document, options) -> Document:
        """The entry's own page when it can be read, with the feed's facts filling what the page leaves open."""
        from rashomon.sources import read

        if not entry.url:
            return entry
        page = next((item for item in read([entry.url], options) if isinstance(item, Document)), None)
        if page is None:
            return entry  # the entry's own content is the fallback
        return replace(
            page,
            path=entry.path,
            locator=entry.locator,
            title=page.title or entry.title,
            author=page.author or entry.author,
            source=page.source or entry.source,
            language=page.language or entry.language,
            published=page.published or entry.published,
        )

    def _ingester_for(self):
        """One Ingester per monitor: its near-duplicate index and entity linker carry across polls."""
        if self._ingester is None:
            from rashomon.ingest.pipeline import Ingester, IngestOptions
            from rashomon.sources import SourceOptions

            self._ingester = Ingester(self.store, IngestOptions(sources=SourceOptions(allow_private=self.allow_private)))
        return self._ingester


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)
