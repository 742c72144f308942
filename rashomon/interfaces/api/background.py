"""The server's background work, in a process of its own: search indexing and feed watching.

Embedding and ingesting are CPU-heavy Python; run as threads of the web
process they would hold its GIL and stall requests (search p95 rose from
tens of milliseconds to seconds while ``serve --watch`` ingested). Here they
share nothing with the web process but the store: what they write reaches the
pages through the database, as another process's ingest does.
"""

from __future__ import annotations

import multiprocessing
import threading

# How often the background indexer looks for articles stored by anyone (ingest, watch, API).
INDEX_POLL_SECONDS = 5.0
# Scheduling priority of the background process relative to the web process (higher: yields more).
_NICENESS = 10
# How long a stopping server waits for the background process before ending it.
_STOP_SECONDS = 10.0


def background_work(db: str, interval: float, allow_private: bool, stop) -> None:
    """Keep the search index of ``db`` current and poll the store's monitored feeds every ``interval`` s.

    Feeds come from ``serve --watch``, the API or earlier runs; with none, the monitor only waits.
    """
    import os

    from rashomon.search import SearchIndex

    # Requests come first: on a small machine the web process gets the cores whenever it wants them.
    if hasattr(os, "nice"):  # Unix
        os.nice(_NICENESS)
    from rashomon.store import open_store

    store = open_store(db)
    index = SearchIndex()
    from rashomon.monitor import Monitor

    monitor = Monitor(store, interval=interval, allow_private=allow_private, on_new=lambda result: index.refresh(store))
    threading.Thread(target=monitor.run, args=(stop,), name="rashomon-watch", daemon=True).start()
    while not stop.is_set():
        index.refresh(store)
        stop.wait(INDEX_POLL_SECONDS)


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
