"""The entity stage's share of the process heap: tables loaded once, then a stream of short-lived objects.

The gazetteer (and the dictionaries loaded with it) live as long as the process, yet every full collection
of Python's cyclic garbage collector scans them again, and with the default young-generation threshold (700
container objects) a stream of articles, each making tens of thousands of tokens, candidates and mentions,
triggers collections all the time. On SlavicNER the collector took 2.2 of 16.9 CPU-seconds of mention
extraction and linking; with the loaded tables frozen and a larger young generation, 0.2.
Both settings are the whole process's, so only an entry point that owns the process (the `ingest` command, a
benchmark) asks for them, through ``load_and_settle``; the library never changes them on its own.
"""

from __future__ import annotations

import gc
from functools import cache

_YOUNG_OBJECTS = 10_000  # container objects allocated between two young collections (Python's default: 700)


def settle_loaded_tables() -> None:
    """Take what is alive now (the tables just loaded) out of the collector's scans, and let the young generation
    grow to ``_YOUNG_OBJECTS`` unless the process asked for more. Objects alive now are never collected: call it
    right after loading data that lives as long as the process."""
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < _YOUNG_OBJECTS:
        gc.set_threshold(_YOUNG_OBJECTS, *older)


@cache
def load_and_settle() -> None:
    """Load the entity stage's tables, then settle them (``settle_loaded_tables``), once per process: for a
    process that will read many articles."""
    from rashomon.analysis.entities.gazetteer import gazetteer

    gazetteer()
    settle_loaded_tables()
