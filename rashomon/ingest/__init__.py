"""Getting articles in: read, clean, detect language, deduplicate, analyse, store.

``ingest(store, inputs, IngestOptions(...))`` runs the whole pipeline and
returns an ``IngestResult``; ``reprocess(store, stage)`` re-runs analysis on
what is stored.
"""

from rashomon.ingest.pipeline import (
    DUPLICATE,
    FAILED,
    STORED,
    UNCHANGED,
    IngestEvent,
    IngestOptions,
    ingest,
)
from rashomon.ingest.reprocess import REPROCESS_STAGES, REPROCESSED, ReprocessResult, reprocess

__all__ = [
    "DUPLICATE",
    "FAILED",
    "REPROCESS_STAGES",
    "REPROCESSED",
    "STORED",
    "UNCHANGED",
    "IngestEvent",
    "IngestOptions",
    "ReprocessResult",
    "ingest",
    "reprocess",
]
