"""The plain data that flows between Rashomon's stages.

Every stage takes these dataclasses in and gives them out; none of them holds a
connection, a model or any other resource, so each can be pickled and shipped
to a worker. Character offsets are Unicode code points into the text they
belong to, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


# --------------------------------------------------------------------------- sources

@dataclass
class Document:
    """One item read from a source, before cleaning and analysis.

    ``path`` is the file or URL as the user gave it (for an item inside a
    corpus file, the corpus path). ``raw`` is exactly what was read, kept so the
    article can be re-processed later. Exactly one of ``html`` / ``text`` is the
    body to clean: HTML pages carry ``html``; plain text, JSONL/CSV rows and
    feed-entry fallbacks carry ``text``.
    """

    path: str
    raw: bytes
    html: str | None = None
    text: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    source: str | None = None
    language: str | None = None
    # Where inside ``path`` the item sits (row number, WARC offset, feed entry id).
    locator: str | None = None


@dataclass
class SourceFailure:
    """An item a source could not read; ``reason`` is one line for the user."""

    path: str
    reason: str
    locator: str | None = None


# --------------------------------------------------------------------------- analysis

@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Sentence(Span):
    pass


@dataclass
class Mention:
    """A name in a text. ``entity`` is the canonical entity ID (never empty once linked)."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, EVT, PRO
    lemma: str
    entity: str = ""


@dataclass
class Entity:
    """One real-world referent, across documents, languages and scripts."""

    id: str
    type: str
    names: dict[str, str] = field(default_factory=dict)  # language -> display name
    aliases: list[str] = field(default_factory=list)


@dataclass
class Party:
    """A speaker or intermediary as written, with its canonical entity if known.

    ``entity`` is None for anonymous speakers ("a White House official").
    """

    start: int
    end: int
    text: str
    entity: str | None = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct, indirect, mixed, according_to, free_indirect
    cue: Span | None = None
    speaker: Party | None = None
    via: list[Party] = field(default_factory=list)


@dataclass
class TimeExpression:
    start: int
    end: int
    text: str
    # Resolved date (ISO date) when an anchor date was known; None otherwise.
    value: str | None = None
    # Granularity of the resolved value: day, week, month, year.
    granularity: str | None = None
    # Days relative to the anchor (publication date) when the expression is relative.
    relative_days: int | None = None


@dataclass
class Analysis:
    """Everything the analysis stages found in one text."""

    text: str
    language: str
    language_confidence: float = 0.0
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)


# --------------------------------------------------------------------------- store

@dataclass
class Article:
    id: str
    path: str
    text: str
    language: str
    language_confidence: float = 0.0
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: datetime | None = None
    # True when ``published`` was estimated from the text (the metadata had no date).
    published_estimated: bool = False
    ingested_at: datetime | None = None
    content_hash: str = ""
    # ID of the article this one is a (near-)copy of; copies are counted once.
    duplicate_of: str | None = None
    story_id: str | None = None
    locator: str | None = None


@dataclass
class Story:
    id: str
    headlines: dict[str, str] = field(default_factory=dict)  # language -> headline
    languages: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    independent_sources: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    top_entities: list[str] = field(default_factory=list)  # entity IDs
    merged_into: str | None = None


@dataclass
class Evidence:
    article_id: str
    start: int
    end: int
    text: str
    source: str | None = None
    language: str | None = None
    speaker: str | None = None
    via: list[str] = field(default_factory=list)


@dataclass
class ClaimSide:
    text: str
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Claim:
    id: str
    text: str
    status: str  # shared, exclusive, contested
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    sides: list[ClaimSide] = field(default_factory=list)  # contested claims only
    # Contested claims only: what differs, {"kind": number|date|place|attribution|polarity|status, "values": [...]}.
    dispute: dict | None = None
    # Exclusive details only ("in Alaska in August"): the id of the shared claim whose statement the detail is cut
    # from, so a reader sees what the phrase adds to.
    detail_of: str | None = None


@dataclass
class Feed:
    """A feed the monitor polls, with its conditional-request validators and error backoff."""

    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0  # consecutive failed polls
    last_error: str | None = None
    last_polled: datetime | None = None
    next_poll: datetime | None = None  # None: due now


@dataclass
class IngestResult:
    """What one ingest run did, for the end-of-run summary."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # near/exact copies stored and linked
    unchanged: list[str] = field(default_factory=list)  # already in the store: nothing added
    failures: list[SourceFailure] = field(default_factory=list)


@dataclass
class BackfillFile:
    """An input file a backfill finished: its articles are committed with this record."""

    path: str  # absolute
    size: int
    modified: float  # st_mtime
    articles: int = 0  # stored, duplicates and unchanged
    failures: int = 0
