"""`rashomon backfill`: ingest an archive of files on a Dask cluster, resumably."""

from __future__ import annotations

import sys

import click

from rashomon.errors import UsageError
from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.articles import (
    EventTally,
    _fail_line,
    _progress,
    _summary,
    ingest_options,
    make_ingest_options,
)
from rashomon.interfaces.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    db_option,
    err,
    handles_errors,
    json_option,
    open_db,
)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@ingest_options
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes of the local Dask cluster "
              "(default: the CPU count).")
@click.option("--scheduler", metavar="ADDRESS", help="Use the Dask cluster of this scheduler (tcp://host:8786) "
              "instead of starting a local one; its workers need Rashomon installed.")
@db_option
@json_option
@handles_errors
def backfill(inputs, workers, scheduler, db, as_json, **settings):
    """Ingest an archive of files (WARC, JSONL, CSV, HTML, text; folders of them) on many processes.

    Each file is read, cleaned, analysed and embedded by a Dask worker; duplicates,
    entity links and stories are decided in this process, file after file in input
    order, so the result is what `ingest` of the same files gives. A file's articles
    are committed with a record that it is done: run the same command again after
    an interruption and it carries on with the files not done yet.
    """
    import os

    from rashomon.backfill import backfill as run_backfill
    from rashomon.backfill import dask_client

    if workers and scheduler:
        raise UsageError("give either --workers (a local cluster) or --scheduler (an existing one), not both")
    options = make_ingest_options(**settings)
    with open_db(db) as store, _progress("backfilling", None) as (progress, task):
        tally = EventTally(progress, task, as_json)
        options.progress = tally.count
        files = {"done": 0}

        def on_file(path, done) -> None:
            files["done"] += 1
            progress.update(task, completed=files["done"])

        try:
            with dask_client(workers or os.cpu_count() or 1, scheduler) as client:
                result = run_backfill(store, list(inputs), options, client, on_file=on_file,
                                      on_start=lambda total, skipped: progress.update(task, total=total - skipped))
        except KeyboardInterrupt:
            tally.interrupted("backfill")
    for failure in result.failed_files:
        _fail_line(failure)
    _summary({"files": result.files, "skipped (done before)": result.skipped, "files failed": len(result.failed_files),
              **tally.counts})
    if result.driver_cpu_seconds:
        # Ordered stages run in this process only: beyond this ratio more workers cannot help.
        waited = sum(t.waited_seconds for t in result.times)
        err.print(f"CPU: parallel stages {result.worker_cpu_seconds:.1f} s on workers, ordered stages "
                  f"{result.driver_cpu_seconds:.1f} s here (more workers help up to about "
                  f"{1 + result.worker_cpu_seconds / result.driver_cpu_seconds:.0f}); this process waited "
                  f"{waited:.1f} s for workers", soft_wrap=True)
    sys.exit(EXIT_FAILED if tally.counts["failed"] or result.failed_files else EXIT_OK)
