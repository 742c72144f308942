"""The server's background work, in a process of its own: search indexing, feed watching, comparisons.

Embedding and ingesting are CPU-heavy Python; run as threads of the web
process they would hold its GIL and stall requests (search p95 rose from
tens of milliseconds to seconds while ``serve --watch`` ingested). Here they
share nothing with the web process but the store: what they write reaches the
pages through the database, as another process's ingest does. The process
runs at a lower priority, so requests get the cores first.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading

# How often the background loop looks for articles stored by anyone (ingest, watch, API).
POLL_SECONDS = 5.0
# Stories with at least this many independent sources get their comparison computed ahead of a visit.
COMPARE_MIN_SOURCES = 2
# Scheduling priority of the background process relative to the web process (higher: yields more).
_NICENESS = 10
# How long a stopping server waits for the background process before ending it.
_STOP_SECONDS = 10.0


def background_work(db: str, interval: float, allow_private: bool, stop) -> None:
    """Until ``stop`` is set: poll the store's monitored feeds every ``interval`` s, keep the search index
    current, and refresh the comparisons of stories that grew (see ``refresh_grown_stories``).

    Feeds come from ``serve --watch``, the API or earlier runs; with none, the monitor only waits.
    """
    from rashomon.monitor import Monitor
    from rashomon.search import SearchIndex
    from rashomon.store import open_store

    if hasattr(os, "nice"):  # Unix
        os.nice(_NICENESS)
    store = open_store(db)
    index = SearchIndex()
    monitor = Monitor(store, interval=interval, allow_private=allow_private, on_new=lambda result: index.refresh(store))
    threading.Thread(target=monitor.run, args=(stop,), name="rashomon-watch", daemon=True).start()
    store.discard_queue("stories")  # stories that grow from now on; older ones on first visit
    while not stop.is_set():
        try:
            index.refresh(store)
            refresh_grown_stories(store)
        except Exception as exc:  # noqa: BLE001 - background work must outlive one bad round
            print(f"rashomon background: {type(exc).__name__}: {exc}", file=sys.stderr)
        stop.wait(POLL_SECONDS)


def refresh_grown_stories(store, batch: int = 20) -> int:
    """Compute and cache, in each of its languages, the comparison of every story with several sources
    queued as grown (taking its share of the queue when several servers run); returns how many were looked at."""
    from rashomon.comparison import compare_story
    from rashomon.errors import NotFoundError

    done = 0
    while True:
        with store.claim("stories", batch) as story_ids:
            for story_id in story_ids:
                try:
                    story = store.get_story(story_id)
                except NotFoundError:  # emptied or deleted since it was queued
                    continue
                if story.independent_sources >= COMPARE_MIN_SOURCES:
                    for language in story.languages:
                        compare_story(store, story.id, language)
        done += len(story_ids)
        if len(story_ids) < batch:
            return done


class BackgroundProcess:
    """Starts ``background_work`` in a fresh (spawned) process and stops it."""

    def __init__(self, db: str, interval: float, allow_private: bool):
        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.stop_event = context.Event()
        self.process = context.Process(
            target=background_work,
            args=(db, interval, allow_private, self.stop_event),
            name="rashomon-background",
            daemon=True,
        )

    def start(self) -> None:
        self.process.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.process.join(_STOP_SECONDS)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(_STOP_SECONDS)
