"""The ingest pipeline: read -> clean -> language -> dedup -> analyse -> store.

Every article is written together with its raw input, dedup signature and
analysis (mentions, quotes, times, story) in one savepoint of its batch's
transaction, so a run killed at any point leaves only whole articles behind,
and running it again adds exactly what is missing: article IDs come from the
source and the normalised text, so an article that is already stored is
recognised and left alone.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Callable, Iterable

from rashomon.analysis import STAGES, Analyzer, AnalyzerOptions
from rashomon.analysis.time.estimate import publication_date
from rashomon.cleaning import Cleaner, CleaningOptions
from rashomon.errors import RashomonError, SourceError, UsageError
from rashomon.ingest.dedup import NearDuplicateIndex
from rashomon.ingest.faults import CommitCounter, abort_after_commits_from_env
from rashomon.ingest.preparation import PreparedText, TextPreparer, language_code, prepare_all
from rashomon.model import Analysis, Article, Document, IngestResult, SourceFailure
from rashomon.sources import SourceOptions, read
from rashomon.sources.bounds import ITEM_SECONDS

STORED, DUPLICATE, UNCHANGED, FAILED = "stored", "duplicate", "unchanged", "failed"

@dataclass
class IngestEvent:
    """What happened to one input item; given to ``IngestOptions.progress`` as it happens."""

    status: str  # stored, duplicate, unchanged, failed
    path: str
    article: Article | None = None
    failure: SourceFailure | None = None


@dataclass
class IngestOptions:
    """How to ingest. ``source``/``published`` override what the inputs say; ``language`` is supplied
    for every input, as its own metadata would be (see ``rashomon.analysis.language.decide_language``)."""

    source: str | None = None
    language: str | None = None
    published: datetime | None = None
    sources: SourceOptions = field(default_factory=SourceOptions)
    assign_stories: bool = True
    stages: tuple[str, ...] = tuple(STAGES)
    progress: Callable[[IngestEvent], None] | None = None
    # Articles per transaction, and the longest an article waits for its batch (slow sources).
    # A crash loses at most the batch in progress; running again completes it.
    batch_size: int = 100
    max_batch_seconds: float = 2.0
    # HTML main-text extraction: "cascade" (best quality) or "fast" (rashomon.cleaning.extraction).
    extraction: str = "cascade"
    # Processes that clean and characterise documents on long runs (1: all in this process).
    workers: int = field(default_factory=lambda: min(4, os.cpu_count() or 1))
    # Crash-safety testing only: end the process hard after this many commits.
    abort_after_commits: int | None = field(default_factory=abort_after_commits_from_env)

    def __post_init__(self):
        if self.language is not None:
            code = language_code(self.language)
            if code is None:
                raise UsageError(f"language {self.language!r} is not an ISO 639 code such as en, uk or de")
            self.language = code
        if self.source is not None and not self.source.strip():
            raise UsageError("source name must not be empty")
        if self.batch_size < 1:
            raise UsageError(f"batch size must be at least 1, got {self.batch_size}")
        CleaningOptions(extraction=self.extraction)  # a clear error for an unknown mode, before anything runs
        if self.workers < 1:
            raise UsageError(f"workers must be at least 1, got {self.workers}")
        self.stages = tuple(dict.fromkeys(self.stages))
        AnalyzerOptions(self.stages)  # raises UsageError naming unknown stages


def make_analyzer(store, stages: Iterable[str], seconds: float | None = ITEM_SECONDS) -> Analyzer:
    """An Analyzer for ``stages`` that links entities with the store's linker when it has one and abandons
    the analysis of an article after ``seconds``."""
    stages = tuple(stages)
    linker = store.entity_linker() if "entities" in stages and hasattr(store, "entity_linker") else None
    return Analyzer(options=AnalyzerOptions(stages, seconds), linker=linker)


def save_analysis(store, article_id: str, analysis: Analysis, stages: Iterable[str], linker) -> None:
    """Persist the results of the analysis ``stages`` that write to the store (inside the caller's transaction)."""
    if "entities" in stages:
        store.save_mentions(article_id, analysis.mentions, linker)
    if "quotes" in stages:
        store.save_quotes(article_id, analysis.quotes)
    if "times" in stages:
        store.save_times(article_id, analysis.times)


def assign_story(store, article: Article, analysis: Analysis, signals=None) -> None:
    """Put the article into a story (inside the caller's transaction) and record it on the article.

    ``signals``: the article's from ``rashomon.stories.embed_articles``, when its batch was embedded at once.
    """
    from rashomon.stories import assign_article

    story_id = assign_article(store, article, analysis, signals)
    if story_id:
        store.set_article_story(article.id, story_id)
        article.story_id = story_id


@dataclass
class _Pending:
    """An article ready to be written, waiting for its batch's transaction."""

    article: Article
    document: Document  # the raw input with the effective source, date and language
    analysis: Analysis
    signature: bytes


class Ingester:
    """One ingest run over a store: cleaning, detection, dedup and analysis state shared by its items.

    Articles are written in batches (``IngestOptions.batch_size`` articles, or
    whatever is ready after ``max_batch_seconds``), one transaction per batch
    and a savepoint per article, so a failing article is dropped alone and a
    crash loses at most the batch not yet committed.
    """

    def __init__(self, store, options: IngestOptions | None = None):
        self.store = store
        self.options = options or IngestOptions()
        self.preparer = TextPreparer(
            source=self.options.source, language=self.options.language,
            cleaner=Cleaner(CleaningOptions(extraction=self.options.extraction)), seconds=self.options.sources.max_seconds,
        )
        self.near_duplicates = NearDuplicateIndex(store.minhash_signatures)
        # Language is decided here (with overrides and hints); sentence splitting and
        # later stages only run when something downstream needs them.
        needs_analyzer = bool(set(self.options.stages) - {"language"}) or self.options.assign_stories
        self.analyzer = (
            make_analyzer(store, self.options.stages, self.options.sources.max_seconds) if needs_analyzer else None
        )
        self.commits = CommitCounter(self.options.abort_after_commits)
        self.result = IngestResult()
        self._pending: dict[str, _Pending] = {}
        self._pending_since = 0.0
        # The store's count of written batches when this run last looked (its state was loaded after that).
        self._last_turn = store.write_turns()
        self._database_files = store.files()
        self._database_names = {os.path.basename(path) for path in self._database_files}

    def run(self, inputs: Iterable[str]) -> IngestResult:
        """Ingest files, folders and URLs."""
        return self.ingest_documents(read(inputs, self.options.sources))

    def ingest_documents(self, items: Iterable[Document | SourceFailure]) -> IngestResult:
        """Ingest documents already read (and report the failures among them), then commit."""
        items = (item for item in items if not self._is_own_database(item.path))
        self.ingest_prepared(prepare_all(items, self.preparer, self.options.workers))
        self.flush()
        return self.result

    def ingest_prepared(self, prepared: Iterable[tuple[Document | SourceFailure, PreparedText | Exception | None]]) -> None:
        """Ingest (item, outcome) pairs from ``prepare_all`` (or prepared elsewhere); commits batches as they fill."""
        for item, outcome in prepared:
            if isinstance(item, SourceFailure):
                self._report(IngestEvent(FAILED, item.path, failure=item))
            else:
                self._admit(item, outcome)
            self._flush_when_due()

    def add(self, document: Document) -> None:
        """Ingest one document in this process; it is committed with its batch (or by ``flush()``)."""
        self._admit(document, self.preparer.outcome(document))
        self._flush_when_due()

    # rashomon.monitor feeds entries one by one under this earlier name.
    _prepare_reporting_failure = add

    def _flush_when_due(self) -> None:
        if self._pending and (
            len(self._pending) >= self.options.batch_size
            or time.monotonic() - self._pending_since >= self.options.max_batch_seconds
        ):
            self.flush()

    def _admit(self, document: Document, outcome: PreparedText | Exception) -> None:
        """Queue a prepared document for writing, or report it as unchanged or failed."""
        try:
            if isinstance(outcome, Exception):
                raise outcome
            pending = self.prepare(outcome)
        except RashomonError as exc:
            failure = SourceFailure(document.path, exc.message, document.locator)
        except Exception as exc:  # noqa: BLE001 - one broken item must not end a long run
            failure = SourceFailure(document.path, f"unexpected error: {type(exc).__name__}: {exc}", document.locator)
        else:
            if isinstance(pending, IngestEvent):
                self._report(pending)
            else:
                if not self._pending:
                    self._pending_since = time.monotonic()
                self._pending[pending.article.id] = pending
            return
        self._report(IngestEvent(FAILED, document.path, failure=failure))

    def _is_own_database(self, path: str) -> bool:
        """Whether ``path`` is the store's own file (or its WAL), met when ingesting the folder it sits in."""
        if os.path.basename(path) not in self._database_names:
            return False
        return os.path.realpath(path) in self._database_files

    def prepare(self, prepared: PreparedText) -> _Pending | IngestEvent:
        """Deduplicate and analyse one cleaned document: an article to write, or an UNCHANGED event."""
        document = prepared.document
        source, fingerprint = document.source, prepared.fingerprint
        article_id = fingerprint.article_id(source)
        stored = self._already_stored(article_id, source, fingerprint.content_hash)
        if stored is not None:
            return IngestEvent(UNCHANGED, document.path, article=stored)

        given = self.options.published or document.published
        published, estimated = publication_date(given, prepared.text, prepared.language, title=prepared.title)
        article = Article(
            id=article_id,
            path=document.path,
            locator=document.locator,
            url=document.url,
            source=source,
            title=prepared.title,
            text=prepared.text,
            language=prepared.language,
            language_confidence=prepared.language_confidence,
            author=document.author,
            published=published,
            published_estimated=estimated,
            content_hash=fingerprint.content_hash,
            duplicate_of=self._original(fingerprint.content_hash, prepared.signature),
        )
        analysis = self._analyze(article, prepared)
        # Indexed now so later articles of the same batch see it; taken out again if its write fails.
        self.near_duplicates.add(article.id, prepared.signature)
        # Keep the effective metadata with the raw input, so re-processing reproduces this article
        # (an estimated date is not metadata: re-processing estimates it again).
        kept = replace(document, published=given, language=self.options.language or document.language)
        return _Pending(article, kept, analysis, prepared.signature)

    def flush(self) -> None:
        """Write the pending articles in one transaction, then report them and count the commit."""
        if not self._pending:
            return
        events = []
        signals = self._story_signals(list(self._pending.values())) if self.options.assign_stories else {}
        with self.store.transaction():
            self._take_turn(events)  # what another process stored since it was checked is dropped there
            for pending in self._pending.values():
                try:
                    with self.store.transaction():  # a savepoint: a failing article leaves the batch whole
                        self._write(pending, signals.get(pending.article.id))
                except Exception as exc:  # noqa: BLE001 - one broken article must not end a long run
                    self.near_duplicates.remove(pending.article.id)
                    reason = exc.message if isinstance(exc, RashomonError) else f"cannot store: {type(exc).__name__}: {exc}"
                    failure = SourceFailure(pending.article.path, reason, pending.article.locator)
                    events.append(IngestEvent(FAILED, pending.article.path, failure=failure))
                else:
                    status = DUPLICATE if pending.article.duplicate_of else STORED
                    events.append(IngestEvent(status, pending.article.path, article=pending.article))
        self._pending.clear()
        for event in events:
            self._report(event)
        self.commits.committed()  # last: with fault injection on, it may end the process

    def _story_signals(self, batch: list[_Pending]) -> dict:
        """{article ID: what story assignment needs of it}, for a batch about to be written."""
        from rashomon.stories import embed_articles

        # One encoder batch for all: about a quarter faster than embedding article by article.
        found = embed_articles(self.store, [p.article for p in batch], [p.analysis for p in batch])
        return {p.article.id: s for p, s in zip(batch, found)}

    def _take_turn(self, events: list[IngestEvent]) -> None:
        """Wait for other writers' batches to commit; if any did since this run's last batch, catch up with them:
        drop what they stored meanwhile, link copies of what they stored, and assign stories from what they made."""
        turn = self.store.take_write_turn()
        others_wrote = turn != self._last_turn + 1
        self._last_turn = turn
        if not others_wrote:
            return
        from rashomon.stories import story_service

        story_service(self.store).forget_index()  # reloaded from the store's summaries on next use
        self.near_duplicates = NearDuplicateIndex(self.store.minhash_signatures)
        waiting = list(self._pending.values())
        self._pending.clear()
        for pending in waiting:  # decided again, in order, as if they came after what the others stored
            article = pending.article
            stored = self._already_stored(article.id, article.source, article.content_hash)
            if stored is not None:
                events.append(IngestEvent(UNCHANGED, article.path, article=stored))
                continue
            article.duplicate_of = self._original(article.content_hash, pending.signature)
            self.near_duplicates.add(article.id, pending.signature)
            self._pending[article.id] = pending

    def _write(self, pending: _Pending, signals=None) -> None:
        article = pending.article
        self.store.add_article(article, pending.document, pending.signature, language_given=self.options.language is not None)
        if self.analyzer is not None:
            save_analysis(self.store, article.id, pending.analysis, self.options.stages, self.analyzer.linker)
        if self.options.assign_stories:
            assign_story(self.store, article, pending.analysis, signals)

    def _already_stored(self, article_id: str, source: str | None, content_hash: str) -> Article | None:
        """The stored (or pending) article this one is: same ID, or same text from the same source."""
        if article_id in self._pending:
            return self._pending[article_id].article
        if self.store.has_article(article_id):
            return self.store.get_article(article_id)
        same_text = self.store.find_by_hash(content_hash) + self._pending_with_hash(content_hash)
        return next((a for a in same_text if a.source == source), None)

    def _pending_with_hash(self, content_hash: str) -> list[Article]:
        return [p.article for p in self._pending.values() if p.article.content_hash == content_hash]

    def _original(self, content_hash: str, signature: bytes) -> str | None:
        """The original this text copies (the same text from another source, or a near copy), if any."""
        exact = self.store.find_by_hash(content_hash) or self._pending_with_hash(content_hash)
        match = exact[0].id if exact else self.near_duplicates.find(signature)
        if match is None:
            return None
        if match in self._pending:
            return self._pending[match].article.duplicate_of or match
        return self.store.original_of(match)

    def _analyze(self, article: Article, prepared: PreparedText | None = None) -> Analysis:
        """The analysis of ``article``, cleaned as ``prepared`` (where a subclass may carry work done elsewhere)."""
        if self.analyzer is None:
            return Analysis(text=article.text, language=article.language, language_confidence=article.language_confidence)
        analysis = self.analyzer.analyze(article.text, article.language, article.published)
        analysis.language_confidence = article.language_confidence
        return analysis

    def _report(self, event: IngestEvent) -> None:
        if event.status == FAILED:
            self.result.failures.append(event.failure)
        else:
            {STORED: self.result.stored, DUPLICATE: self.result.duplicates, UNCHANGED: self.result.unchanged}[
                event.status
            ].append(event.article.id)
        if self.options.progress is not None:
            self.options.progress(event)


def ingest(store, inputs: Iterable[str], options: IngestOptions | None = None) -> IngestResult:
    """Ingest every item of ``inputs`` (files, folders, URLs) into ``store``; see ``IngestOptions``."""
    return Ingester(store, options).run(inputs)
