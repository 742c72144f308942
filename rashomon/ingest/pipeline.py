"""The ingest pipeline: read -> clean -> language -> dedup -> analyse -> store.

Every article is written in its own transaction together with its analysis
(mentions, quotes, times, story), so a run killed at any point leaves only
whole articles behind, and running it again adds exactly what is missing:
article IDs come from the source and the normalised text, so an article that
is already stored is recognised and left alone.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Callable, Iterable
from urllib.parse import urlsplit

from rashomon.analysis import STAGES, Analyzer, AnalyzerOptions
from rashomon.errors import RashomonError, SourceError, UsageError
from rashomon.ingest import dedup
from rashomon.ingest.faults import CommitCounter, abort_after_commits_from_env
from rashomon.model import Analysis, Article, Document, IngestResult, SourceFailure
from rashomon.sources import SourceOptions, read

STORED, DUPLICATE, UNCHANGED, FAILED = "stored", "duplicate", "unchanged", "failed"

# Below this detector confidence the document's own language metadata (if any) wins.
UNSURE_LANGUAGE_CONFIDENCE = 0.5
_LANGUAGE_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def language_code(value: str | None) -> str | None:
    """``value`` as a lowercase ISO 639 code ("en-US" -> "en"), or None when it is not one."""
    match = _LANGUAGE_CODE.match((value or "").strip().lower())
    return match.group(1) if match else None


def source_of_url(url: str | None) -> str | None:
    """The host of ``url`` without a leading "www.", or None."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


@dataclass
class IngestEvent:
    """What happened to one input item; given to ``IngestOptions.progress`` as it happens."""

    status: str  # stored, duplicate, unchanged, failed
    path: str
    article: Article | None = None
    failure: SourceFailure | None = None


@dataclass
class IngestOptions:
    """How to ingest. ``source``/``language``/``published`` override what the inputs say."""

    source: str | None = None
    language: str | None = None
    published: datetime | None = None
    sources: SourceOptions = field(default_factory=SourceOptions)
    assign_stories: bool = True
    stages: tuple[str, ...] = tuple(STAGES)
    progress: Callable[[IngestEvent], None] | None = None
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
        self.stages = tuple(dict.fromkeys(self.stages))
        AnalyzerOptions(self.stages)  # raises UsageError naming unknown stages


def detect_with_hint(text: str, hint: str | None) -> tuple[str, float]:
    """Detected (language, confidence); the document's own language ``hint`` wins when detection is unsure."""
    from rashomon.analysis.language import detect_language

    code, confidence = detect_language(text)
    hinted = language_code(hint)
    if hinted and (code == "und" or confidence < UNSURE_LANGUAGE_CONFIDENCE):
        return hinted, confidence
    return code, confidence


def make_analyzer(store, stages: Iterable[str]) -> Analyzer:
    """An Analyzer for ``stages`` that links entities with the store's linker when it has one."""
    stages = tuple(stages)
    linker = store.entity_linker() if "entities" in stages and hasattr(store, "entity_linker") else None
    return Analyzer(options=AnalyzerOptions(stages), linker=linker)


def save_analysis(store, article_id: str, analysis: Analysis, stages: Iterable[str], linker) -> None:
    """Persist the results of the analysis ``stages`` that write to the store (inside the caller's transaction)."""
    if "entities" in stages:
        store.save_mentions(article_id, analysis.mentions, linker)
    if "quotes" in stages:
        store.save_quotes(article_id, analysis.quotes)
    if "times" in stages:
        store.save_times(article_id, analysis.times)


def assign_story(store, article: Article, analysis: Analysis) -> None:
    """Put the article into a story (inside the caller's transaction) and record it on the article."""
    from rashomon.stories import assign_article

    story_id = assign_article(store, article, analysis)
    if story_id:
        store.set_article_story(article.id, story_id)
        article.story_id = story_id


class Ingester:
    """One ingest run over a store: cleaning, detection, dedup and analysis state shared by its items."""

    def __init__(self, store, options: IngestOptions | None = None):
        from rashomon.cleaning import Cleaner

        self.store = store
        self.options = options or IngestOptions()
        self.cleaner = Cleaner()
        self.hasher = dedup.MinHasher()
        self.near_duplicates = dedup.NearDuplicateIndex(store.minhash_signatures)
        # Language is decided here (with overrides and hints); sentence splitting and
        # later stages only run when something downstream needs them.
        needs_analyzer = bool(set(self.options.stages) - {"language"}) or self.options.assign_stories
        self.analyzer = make_analyzer(store, self.options.stages) if needs_analyzer else None
        self.commits = CommitCounter(self.options.abort_after_commits)
        self.result = IngestResult()
        database = getattr(store, "path", None)
        self._database_name = os.path.basename(database) if database else None
        self._database_files = {os.path.realpath(f"{database}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}

    def run(self, inputs: Iterable[str]) -> IngestResult:
        for item in read(inputs, self.options.sources):
            if self._is_own_database(item.path):
                continue
            if isinstance(item, SourceFailure):
                self._report(IngestEvent(FAILED, item.path, failure=item))
                continue
            try:
                event = self.ingest_document(item)
            except RashomonError as exc:
                event = IngestEvent(FAILED, item.path, failure=SourceFailure(item.path, exc.message, item.locator))
            except Exception as exc:  # noqa: BLE001 - one broken item must not end a long run
                reason = f"unexpected error: {type(exc).__name__}: {exc}"
                event = IngestEvent(FAILED, item.path, failure=SourceFailure(item.path, reason, item.locator))
            self._report(event)
            if event.status in (STORED, DUPLICATE):
                self.commits.committed()  # last: with fault injection on, it may end the process
        return self.result

    def _is_own_database(self, path: str) -> bool:
        """Whether ``path`` is the store's own file (or its WAL), met when ingesting the folder it sits in."""
        if not self._database_name or not os.path.basename(path).startswith(self._database_name):
            return False
        return os.path.realpath(path) in self._database_files

    def ingest_document(self, document: Document) -> IngestEvent:
        """Clean, deduplicate, analyse and store one document; returns what happened."""
        source = self.options.source or document.source or source_of_url(document.url)
        # The cleaner learns furniture per source, so it must see the source the user named.
        cleaned = self.cleaner.clean(replace(document, source=source))
        text = cleaned.text.strip()
        if not text:
            raise SourceError("no article text left after cleaning (empty or only boilerplate)")
        article_id = dedup.article_id(source, text)
        content_hash = dedup.content_hash(text)
        stored = self._already_stored(article_id, source, content_hash)
        if stored is not None:
            return IngestEvent(UNCHANGED, document.path, article=stored)

        language, confidence = self._language(text, document)
        signature = self.hasher.signature(text)
        published = self.options.published or document.published
        article = Article(
            id=article_id,
            path=document.path,
            locator=document.locator,
            url=document.url,
            source=source,
            title=(cleaned.title or document.title or "").strip() or None,
            text=text,
            language=language,
            language_confidence=confidence,
            author=document.author,
            published=published,
            content_hash=content_hash,
            duplicate_of=self._original(content_hash, signature),
        )
        analysis = self._analyze(article)
        # Keep the effective metadata with the raw input, so re-processing reproduces this article.
        kept = replace(document, source=source, published=published, language=self.options.language or document.language)
        with self.store.transaction():
            self.store.add_article(article, kept, signature, language_given=self.options.language is not None)
            if self.analyzer is not None:
                save_analysis(self.store, article.id, analysis, self.options.stages, self.analyzer.linker)
            if self.options.assign_stories:
                assign_story(self.store, article, analysis)
        self.near_duplicates.add(article.id, signature)
        return IngestEvent(DUPLICATE if article.duplicate_of else STORED, document.path, article=article)

    def _already_stored(self, article_id: str, source: str | None, content_hash: str) -> Article | None:
        if self.store.has_article(article_id):
            return self.store.get_article(article_id)
        return next((a for a in self.store.find_by_hash(content_hash) if a.source == source), None)

    def _original(self, content_hash: str, signature: bytes) -> str | None:
        """The original this text copies (the same text from another source, or a near copy), if any."""
        exact = self.store.find_by_hash(content_hash)
        match = exact[0].id if exact else self.near_duplicates.find(signature)
        return self.store.original_of(match) if match else None

    def _language(self, text: str, document: Document) -> tuple[str, float]:
        if self.options.language:
            return self.options.language, 1.0
        return detect_with_hint(text, document.language)

    def _analyze(self, article: Article) -> Analysis:
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
