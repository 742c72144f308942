"""The parallel half of a backfill: one input file in, its cleaned, analysed and embedded items out.

Runs on a Dask worker and needs no store. Everything it does depends only on
the file (a fresh cleaner per file, so the result does not depend on which
worker got the file or what it read before); what depends on earlier articles
(duplicates, entity linking, quotes' speakers, stories) is the driver's.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

import numpy as np

from rashomon.analysis.pipeline import STAGES, AnalysisContext, run_stages
from rashomon.ingest.preparation import PreparedText, TextPreparer
from rashomon.model import Analysis
from rashomon.sources import SourceOptions, read

# Stages that read linked mentions wait for the driver's linker: entity IDs depend on every earlier article.
ORDERED_STAGES = frozenset(name for name, stage in STAGES.items() if "mentions" in stage.reads)
# Language and sentences run whenever anything is analysed (as rashomon.analysis.Analyzer does).
_ALWAYS = ("language", "sentences")
_ENCODER_BATCH = 32


@dataclass
class FileTask:
    """How every file of one backfill is prepared (picklable: it travels to the workers)."""

    source: str | None
    language: str | None
    published: datetime | None
    sources: SourceOptions
    stages: tuple[str, ...]
    extraction: str
    analyse: bool  # False: language only, nothing downstream needs more
    embed: bool  # story assignment will need the article vectors


@dataclass
class AnalysedText(PreparedText):
    """A prepared document with the stages that need no other article already run."""

    analysis: Analysis | None = None
    vector: np.ndarray | None = None  # rashomon.stories.embedding of title + lead, when stories are assigned


@dataclass
class TaskTimes:
    """Where a worker's time on one file went: what tells whether more workers would help."""

    worker: str = ""  # host:pid of the worker process
    started: float = 0.0  # wall clock (time.time) at the start of the task
    wall_seconds: float = 0.0
    cpu_seconds: float = 0.0
    stage_cpu: dict[str, float] = field(default_factory=dict)  # read, clean (with language and hashes), analysis, embed


@dataclass
class PreparedFile:
    """One file's items in file order: (item, AnalysedText | the exception that stopped it | None for a failure)."""

    path: str
    items: list[tuple] = field(default_factory=list)
    times: TaskTimes = field(default_factory=TaskTimes)

    @property
    def cpu_seconds(self) -> float:
        """The worker's CPU time on this file."""
        return self.times.cpu_seconds


def prepare_file(path: str, task: FileTask) -> PreparedFile:
    """Read, clean, detect, sign, analyse (all but ORDERED_STAGES) and embed every item of ``path``."""
    from rashomon.cleaning import Cleaner, CleaningOptions

    times = TaskTimes(worker=f"{os.uname().nodename}:{os.getpid()}", started=time.time())
    wall, cpu = time.perf_counter(), time.process_time()
    stage = _StageClock(times.stage_cpu)
    preparer = TextPreparer(
        source=task.source, language=task.language, cleaner=Cleaner(CleaningOptions(extraction=task.extraction))
    )
    prepared = PreparedFile(path, times=times)
    items = iter(read([path], task.sources))
    while (item := stage("read", next, items, None)) is not None:
        outcome = stage("clean", preparer.outcome, item)
        if isinstance(outcome, PreparedText):
            outcome = stage("analysis", _analysed, outcome, task)
        prepared.items.append((item, outcome))
    if task.embed:
        stage("embed", _embed, [outcome for _, outcome in prepared.items if isinstance(outcome, AnalysedText)])
    times.cpu_seconds = time.process_time() - cpu
    times.wall_seconds = time.perf_counter() - wall
    return prepared


class _StageClock:
    """Calls a step and adds its CPU time to its stage's total."""

    def __init__(self, totals: dict[str, float]):
        self.totals = totals

    def __call__(self, name: str, step, *args):
        started = time.process_time()
        try:
            return step(*args)
        finally:
            self.totals[name] = self.totals.get(name, 0.0) + time.process_time() - started


def _analysed(prepared: PreparedText, task: FileTask) -> AnalysedText | Exception:
    fields = {name: getattr(prepared, name) for name in PreparedText.__dataclass_fields__}
    if not task.analyse:
        return AnalysedText(**fields)
    try:
        analysis = Analysis(text=prepared.text, language=prepared.language, language_confidence=prepared.language_confidence)
        context = AnalysisContext(published=task.published or prepared.document.published, linker=None)
        wanted = [name for name in STAGES if (name in task.stages or name in _ALWAYS) and name not in ORDERED_STAGES]
        run_stages(analysis, context, wanted, task.sources.max_seconds)
    except Exception as exc:  # noqa: BLE001 - reported as this item's failure by the driver
        return exc
    return AnalysedText(**fields, analysis=analysis)


def _embed(texts: list[AnalysedText]) -> None:
    from rashomon.stories.embedding import embedding_text

    for start in range(0, len(texts), _ENCODER_BATCH):
        chunk = texts[start : start + _ENCODER_BATCH]
        for text, vector in zip(chunk, _encoder().encode([embedding_text(t.title, t.text) for t in chunk])):
            text.vector = vector


def load_models(task: FileTask) -> float:
    """Load the models every task of this backfill uses, once per worker process; returns the CPU seconds it took.

    Run on each worker before its first task, so a task's times are its file's work alone.
    """
    started = time.process_time()
    if task.embed:
        _encoder().encode(["load"])  # the first encoding finishes loading the model
    return time.process_time() - started


@lru_cache(maxsize=1)
def _encoder():
    """The story encoder, loaded once per worker process."""
    from rashomon.stories.embedding import Encoder

    return Encoder()


__all__ = ["ORDERED_STAGES", "AnalysedText", "FileTask", "PreparedFile", "TaskTimes", "load_models", "prepare_file"]
