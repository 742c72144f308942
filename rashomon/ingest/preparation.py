"""The part of ingesting a document that needs no store: clean, fingerprint, detect language, sign.

It is most of the CPU time of an ingest (HTML extraction above all), so on
long runs it runs in worker processes while the main process reads inputs and
writes to the store. Results come back in input order, and only a bounded
window of documents is in flight, so inputs still stream.
"""

from __future__ import annotations

import multiprocessing
import re
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from rashomon.analysis.language import decide_language
from rashomon.errors import SourceError
from rashomon.ingest.dedup import Fingerprint, MinHasher
from rashomon.model import Document, SourceFailure
from rashomon.sources.bounds import ITEM_SECONDS, time_limit

# Documents handled in the main process before workers start: short runs never pay for a pool.
WARMUP_DOCUMENTS = 32
# Documents in flight per worker: enough to keep workers busy, few enough to keep memory flat.
_IN_FLIGHT_PER_WORKER = 4
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
class PreparedText:
    """A document's clean text and what deduplication and storage need of it."""

    document: Document  # with the effective source filled in
    text: str
    title: str | None
    fingerprint: Fingerprint
    language: str
    language_confidence: float
    signature: bytes


def _new_cleaner():
    from rashomon.cleaning import Cleaner

    return Cleaner()


@dataclass
class TextPreparer:
    """Cleans and characterises documents; ``source``/``language`` override what documents say.

    Picklable, so each worker process gets its own copy (the cleaner's memory
    of a source's repeated blocks then grows per worker).
    """

    source: str | None = None
    language: str | None = None
    cleaner: object = field(default_factory=_new_cleaner)
    hasher: MinHasher = field(default_factory=MinHasher)
    # Longest the cleaning of one document may take before it is abandoned (None: no limit).
    seconds: float | None = ITEM_SECONDS

    def prepare(self, document: Document) -> PreparedText:
        """Raises SourceError when no article text is left after cleaning, or cleaning runs too long."""
        source = self.source or document.source or source_of_url(document.url)
        # The cleaner learns furniture per source, so it must see the source the user named.
        document = replace(document, source=source)
        with time_limit(self.seconds, "cleaning the article"):
            cleaned = self.cleaner.clean(document)
            text = cleaned.text.strip()
            if not text:
                raise SourceError("no article text left after cleaning (empty or only boilerplate)")
            fingerprint = Fingerprint.of(text)
            language, confidence = decide_language(text, self.language or document.language)
        return PreparedText(
            document=document,
            text=text,
            title=(cleaned.title or document.title or "").strip() or None,
            fingerprint=fingerprint,
            language=language,
            language_confidence=confidence,
            signature=self.hasher.signature(fingerprint),
        )

    def outcome(self, item: Document | SourceFailure) -> PreparedText | Exception | None:
        """``prepare(item)``, with its exception as the value; None for a SourceFailure."""
        if isinstance(item, SourceFailure):
            return None
        try:
            return self.prepare(item)
        except Exception as exc:  # noqa: BLE001 - reported per item by the caller
            return exc


def prepare_all(
    items: Iterable[Document | SourceFailure], preparer: TextPreparer, workers: int = 1,
    warmup: int = WARMUP_DOCUMENTS,
) -> Iterator[tuple[Document | SourceFailure, PreparedText | Exception | None]]:
    """(item, outcome) for every item, in order; see ``TextPreparer.outcome``.

    The first ``warmup`` items are prepared here; with ``workers`` > 1 the
    rest go to that many worker processes.
    """
    items = iter(items)
    for count, item in enumerate(items, start=1):
        yield item, preparer.outcome(item)
        if workers > 1 and count >= warmup:
            yield from _prepare_in_workers(items, preparer, workers)
            return


# The preparer of this worker process, set once by the pool's initializer.
_worker_preparer: TextPreparer | None = None


def _start_worker(preparer: TextPreparer) -> None:
    global _worker_preparer
    _worker_preparer = preparer
    # Ctrl-C is the main process's to handle: it rolls back its batch and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _outcome_in_worker(item: Document) -> PreparedText | Exception:
    return _worker_preparer.outcome(item)


def _prepare_in_workers(items: Iterator, preparer: TextPreparer, workers: int) -> Iterator[tuple]:
    # fork: workers start at once with everything already imported and loaded.
    context = multiprocessing.get_context("fork")
    window: deque[tuple[Document | SourceFailure, Future | None]] = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(preparer,)) as pool:
        try:
            for item in items:
                future = None if isinstance(item, SourceFailure) else pool.submit(_outcome_in_worker, item)
                window.append((item, future))
                if len(window) >= workers * _IN_FLIGHT_PER_WORKER:
                    yield _resolved(*window.popleft())
            while window:
                yield _resolved(*window.popleft())
        finally:
            for _, future in window:
                if future is not None:
                    future.cancel()


def _resolved(item, future: Future | None) -> tuple:
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its items, not the run
        return item, exc
