"""Backfill: ingest an archive of files on a Dask cluster, resumably.

``backfill(store, inputs, options, client)`` splits the ingest pipeline in two:

- the parallel stages (read, clean, language, hashes, analysis that needs no
  other article, story embeddings) run on the cluster as one task per input
  file (``rashomon.backfill.tasks``), so each file's pages stay together and
  in order;
- the ordered stages (duplicate choice, entity linking, quotes' speakers,
  story assignment) run here, in the driver, file after file in input order
  whatever order the tasks finish in, through the ingest pipeline itself
  (``BackfillIngester``), so the store ends up as one ``ingest`` of the same
  inputs would leave it.

Each file's articles commit in one transaction together with a record that
the file is done (``Store.record_backfill_file``): a re-run skips finished
files, and a killed backfill resumes where it stopped. One backfill at a time
holds a store (``Store.backfill_lock``), since the ordered stages keep their state
in the driver's memory.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice

from rashomon.analysis.pipeline import STAGES, AnalysisContext
from rashomon.backfill.tasks import ORDERED_STAGES, FileTask, PreparedFile, TaskTimes, load_models, prepare_file
from rashomon.errors import UsageError
from rashomon.ingest.pipeline import Ingester, IngestOptions
from rashomon.model import BackfillFile, IngestResult, SourceFailure

# Files prepared ahead of the driver, per worker: keeps workers busy while bounding the driver's memory.
_AHEAD_PER_WORKER = 2


@dataclass
class FileTimes:
    """One file's times: its task on a worker, and what the driver spent on it."""

    path: str
    task: TaskTimes
    waited_seconds: float  # wall time the driver waited for the task's result (and received it)
    ordered_cpu_seconds: float  # the ordered stages and the commit, in the driver
    ordered_wall_seconds: float
    articles: int


@dataclass
class BackfillResult:
    files: int = 0  # finished in this run
    skipped: int = 0  # finished by an earlier run
    failed_files: list[SourceFailure] = field(default_factory=list)  # whole files a task could not prepare
    ingest: IngestResult = field(default_factory=IngestResult)
    times: list[FileTimes] = field(default_factory=list)  # per file prepared, in input order
    model_load_cpu: dict[str, float] = field(default_factory=dict)  # worker address -> CPU seconds loading models

    @property
    def worker_cpu_seconds(self) -> float:
        """Parallel stages, summed over the files prepared."""
        return sum(t.task.cpu_seconds for t in self.times)

    @property
    def driver_cpu_seconds(self) -> float:
        """Ordered stages and writing, in this process."""
        return sum(t.ordered_cpu_seconds for t in self.times)


class BackfillIngester(Ingester):
    """The ingest pipeline fed with items the workers already cleaned, analysed and embedded."""

    def __init__(self, store, options: IngestOptions):
        super().__init__(store, replace(options, workers=1))
        self._vectors: dict = {}

    def task(self) -> FileTask:
        """What the workers must do for every file of this backfill."""
        options = self.options
        return FileTask(
            source=options.source, language=options.language, published=options.published, sources=options.sources,
            stages=options.stages, extraction=options.extraction, analyse=self.analyzer is not None,
            embed=options.assign_stories,
        )

    def _analyze(self, article, prepared=None):
        analysis = getattr(prepared, "analysis", None)
        if analysis is None:
            return super()._analyze(article, prepared)
        analysis.language_confidence = article.language_confidence
        linker = self.analyzer.linker
        if linker is not None and "entities" in self.options.stages:
            linker.link(analysis.mentions, analysis.language, analysis.text)
        context = AnalysisContext(published=article.published, linker=linker)
        for name, stage in STAGES.items():
            if name in ORDERED_STAGES and name in self.options.stages:
                stage.run(analysis, context)
        if prepared.vector is not None:
            self._vectors[article.id] = prepared.vector
        return analysis

    def _story_signals(self, batch) -> dict:
        from rashomon.stories.embedding import embedding_text
        from rashomon.stories.service import ArticleSignals, signal_keys

        missing = [p for p in batch if p.article.id not in self._vectors]
        signals = super()._story_signals(missing) if missing else {}
        for pending in batch:
            vector = self._vectors.pop(pending.article.id, None)
            if vector is not None:
                text = embedding_text(pending.article.title, pending.article.text)
                signals[pending.article.id] = ArticleSignals(vector, signal_keys(text, pending.analysis, pending.article.language))
        return signals

    def ingest_file(self, prepared: PreparedFile, stat: os.stat_result) -> BackfillFile | None:
        """Run the ordered stages over one prepared file and commit its articles with its record.

        Returns the record, or None when nothing of the file went in and something failed
        (an unreadable file is tried again by the next run).
        """
        before = self._counts()
        with self.store.transaction():
            self.ingest_prepared(prepared.items)
            self.flush()
            articles, failures = (now - then for now, then in zip(self._counts(), before))
            if failures and not articles:
                return None
            done = BackfillFile(prepared.path, stat.st_size, stat.st_mtime, articles, failures)
            self.store.record_backfill_file(done)
        return done

    def _counts(self) -> tuple[int, int]:
        result = self.result
        return len(result.stored) + len(result.duplicates) + len(result.unchanged), len(result.failures)


def input_files(inputs: list[str], excluded: Callable[[str], bool] = lambda path: False) -> list[str]:
    """The absolute paths of the files ``inputs`` name, in ingest's order (folders walked sorted, hidden skipped)."""
    found: dict[str, None] = {}
    for given in inputs:
        if given.startswith(("http://", "https://")):
            raise UsageError(f"{given}: backfill reads files and folders; use `rashomon ingest` for URLs")
        if not os.path.exists(given):
            raise UsageError(f"{given}: no such file or folder")
        if not os.path.isdir(given):
            found.setdefault(os.path.abspath(given))
            continue
        for directory, subdirectories, files in os.walk(given):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
            for name in sorted(files):
                path = os.path.abspath(os.path.join(directory, name))
                if not name.startswith(".") and not excluded(path):
                    found.setdefault(path)
    return list(found)


def backfill(store, inputs: list[str], options: IngestOptions, client,
             on_file: Callable[[str, BackfillFile | None], None] | None = None,
             on_start: Callable[[int, int], None] | None = None) -> BackfillResult:
    """Ingest the files ``inputs`` name into ``store`` with the Dask ``client``'s workers; see the module.

    ``on_start(files, skipped)`` is called once the files are listed; ``on_file(path, record)`` after each
    file (record None: nothing of it went in).
    """
    ingester = BackfillIngester(store, options)
    result = BackfillResult(ingest=ingester.result)
    with store.backfill_lock():
        files = input_files(inputs, ingester._is_own_database)
        finished = store.backfill_files()
        stats = {path: os.stat(path) for path in files}
        todo = [path for path in files if not _is_finished(finished.get(path), stats[path])]
        result.skipped = len(files) - len(todo)
        if on_start is not None:
            on_start(len(files), result.skipped)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        task = ingester.task()
        if todo:
            result.model_load_cpu = client.run(load_models, task)
        for path, prepared, waited in prepared_in_order(client, todo, task, workers * _AHEAD_PER_WORKER):
            if isinstance(prepared, BaseException):
                reason = f"cannot prepare the file on a worker: {type(prepared).__name__}: {prepared}"
                result.failed_files.append(SourceFailure(path, reason))
                done = None
            else:
                wall, cpu = time.perf_counter(), time.process_time()
                done = ingester.ingest_file(prepared, stats[path])
                result.times.append(FileTimes(path, prepared.times, waited, time.process_time() - cpu,
                                              time.perf_counter() - wall, len(prepared.items)))
                result.files += done is not None
            if on_file is not None:
                on_file(path, done)
    return result


def _is_finished(record: BackfillFile | None, stat: os.stat_result) -> bool:
    return record is not None and record.size == stat.st_size and record.modified == stat.st_mtime


def prepared_in_order(client, paths: list[str], task: FileTask, ahead: int) -> Iterator[tuple[str, PreparedFile | BaseException, float]]:
    """(path, its PreparedFile or the error that stopped its task, seconds waited for it), in the order of ``paths``.

    At most ``ahead`` files are submitted and not yet consumed; earlier files get higher priority.
    """
    remaining = iter(enumerate(paths))
    in_flight: deque = deque()

    def submit(batch):
        for number, path in batch:
            in_flight.append((path, client.submit(prepare_file, path, task, pure=False, priority=-number)))

    submit(islice(remaining, ahead))
    while in_flight:
        path, future = in_flight.popleft()
        started = time.perf_counter()
        try:
            prepared = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that dies on one file fails that file, not the run
            prepared = exc
        waited = time.perf_counter() - started
        future.release()
        submit(islice(remaining, 1))
        yield path, prepared, waited


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None):
    """A client of the Dask scheduler at ``scheduler``, or of a local cluster of ``workers`` processes."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=30)
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    # One thread per worker process: the stages are CPU-bound Python (OMP_NUM_THREADS=1 is Dask's default).
    with LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


__all__ = ["BackfillIngester", "BackfillResult", "FileTimes", "backfill", "dask_client", "input_files"]
