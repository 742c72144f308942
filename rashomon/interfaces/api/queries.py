"""Reads shared by the REST API and the web pages: story summaries, filters, entity display names."""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from rashomon.errors import UsageError
from rashomon.model import Entity, Story

# Deepest offset into a list a request may ask for (SQLite integers end at 2**63; no store is near this).
MAX_OFFSET = 1_000_000_000
# "Growth": how many of a story's articles arrived in this window before now.
GROWTH_WINDOW = timedelta(hours=24)


@dataclass
class StoryFilters:
    language: str | None = None
    source: str | None = None
    entity: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 50
    offset: int = 0

    def __post_init__(self):
        if not 1 <= self.limit <= 500:
            raise UsageError(f"limit must be between 1 and 500, got {self.limit}")
        if not 0 <= self.offset <= MAX_OFFSET:
            raise UsageError(f"offset must be between 0 and {MAX_OFFSET:,}, got {self.offset}")
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"since ({self.since:%Y-%m-%d}) is after until ({self.until:%Y-%m-%d})")
        self.language = self.language.strip().lower() if self.language else None
        self.source = self.source or None
        self.entity = self.entity or None


@dataclass
class StorySummary:
    story: Story
    headline: str
    entities: list[Entity] = field(default_factory=list)
    growth: int = 0  # articles ingested within GROWTH_WINDOW
    language: str | None = None  # the reader's, in which entity chips are named


def parse_date(value: str | None, what: str) -> datetime | None:
    """An ISO 8601 date or date-time from a request, or None when empty."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{what} {value!r} is not an ISO 8601 date such as 2025-10-22") from None


_CYRILLIC_LANGUAGES = frozenset({"uk", "ru", "bg", "sr", "be", "mk", "kk", "ky", "tg", "mn"})


def entity_name(entity: Entity, language: str | None = None) -> str:
    """The entity's name in ``language``, else the name most languages written in the same script give it (a
    Czech genitive "Theresy Mayové" is no name for "Theresa May", which Polish and Slovene agree on), else
    English."""
    if language and language in entity.names:
        return entity.names[language]
    if language:
        cyrillic = language in _CYRILLIC_LANGUAGES
        same_script = [name for lang, name in sorted(entity.names.items()) if (lang in _CYRILLIC_LANGUAGES) == cyrillic]
        if same_script and not (not cyrillic and "en" in entity.names):
            votes = Counter(same_script)
            return max(same_script, key=votes.__getitem__)  # the first (by language code) among the commonest
    return entity.names.get("en") or next(iter(entity.names.values()), entity.id)


def story_summaries(store, filters: StoryFilters, reader_language: str | None = None) -> list[StorySummary]:
    from rashomon.export import domains, headline

    stories = domains.page_of_stories(
        store, filters.language, filters.source, filters.entity, filters.since, filters.until,
        filters.limit, filters.offset,
    )
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    summaries = []
    for story in stories:
        arrived = [a.ingested_at for a in store.articles(ids=story.article_ids) if a.ingested_at]
        summaries.append(
            StorySummary(
                story=story,
                headline=headline(story, reader_language),
                entities=domains.entities(store, story.top_entities[:5]),
                growth=sum(1 for moment in arrived if now - _naive(moment) <= GROWTH_WINDOW),
                language=reader_language,
            )
        )
    return summaries


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


class StoreCache:
    """Results of costly whole-store reads (story lists, chart counts), reused while the store is unchanged.

    An entry is fresh while the articles' version (count, highest seq) is the
    one it was computed at and it is at most ``max_age`` seconds old (for
    changes that touch no article row count: story corrections and
    re-clustering from another process, the 24-hour growth window). Holds at
    most ``size`` entries, least recently used dropped first.

    A stale entry is served at once while a thread of its own computes the new
    value (while `watch` ingests, the version moves every few seconds, and the
    request that recomputed a list of 100,000 articles' stories waited seconds
    for it on a loaded machine). A key with no value yet is computed by one
    request at a time; the others wait for it. This app's own writes clear the
    cache, so their effect shows at once.
    """

    def __init__(self, size: int = 128, max_age: float = 10.0, clock: Callable[[], float] = time.monotonic):
        self.size = size
        self.max_age = max_age
        self.clock = clock
        self._entries: OrderedDict = OrderedDict()  # key -> (articles version, computed at, value)
        self._lock = threading.Lock()
        self._computing: dict = {}  # key -> the lock held while its value is computed

    def get(self, store, key, compute: Callable[[], object]):
        version = store.articles_version()
        with self._lock:
            entry = self._fresh_or_stale(key, version)
            if entry is not None:
                fresh, value = entry
                if not fresh and key not in self._computing:
                    computing = self._computing[key] = threading.Lock()
                    computing.acquire()
                    refresh = (key, version, compute, computing, True)
                    threading.Thread(target=self._compute, args=refresh, daemon=True).start()
                return value
            computing = self._computing.setdefault(key, threading.Lock())
        return self._compute(key, version, compute, computing)

    def _compute(self, key, version, compute: Callable[[], object], computing: threading.Lock, held: bool = False):
        """The value of ``key`` (from whoever computed it while this one waited), stored; ``held``: in the
        refresh thread, which holds ``computing`` already and keeps the stale value when computing fails."""
        if not held:
            computing.acquire()
        try:
            with self._lock:
                entry = self._fresh_or_stale(key, version)
                if entry is not None and entry[0]:  # computed while this request waited
                    return entry[1]
            value = compute()
            with self._lock:
                self._entries[key] = (version, self.clock(), value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
            return value
        except Exception:
            if held:  # the next request tries again; one that has no value computes it and sees the error
                return None
            raise
        finally:
            with self._lock:
                if self._computing.get(key) is computing:
                    del self._computing[key]
            computing.release()

    def _fresh_or_stale(self, key, version) -> tuple[bool, object] | None:
        """(is it fresh, value) of ``key``'s entry, or None when there is none (call with ``_lock`` held)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        computed_version, computed_at, value = entry
        return computed_version == version and self.clock() - computed_at <= self.max_age, value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def cached_summaries(request, filters: StoryFilters, reader_language: str | None = None) -> list[StorySummary]:
    """``story_summaries`` through the app's cache."""
    store = request.app.state.store
    key = ("stories", repr(filters), reader_language)
    return request.app.state.cache.get(store, key, lambda: story_summaries(store, filters, reader_language))
