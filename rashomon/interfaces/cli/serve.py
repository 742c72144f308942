"""`rashomon serve`, `search`, `watch` and `export`: the serving side of the command line."""

from __future__ import annotations

import os
import sys
import threading

import click

from rashomon.errors import UsageError
from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    db_option,
    emit_json,
    err,
    fail_line,
    handles_errors,
    json_option,
    open_db,
)


def _allow_private_option(func):
    return click.option(
        "--allow-private", is_flag=True, help="Allow fetching from private, loopback and link-local addresses."
    )(func)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="RASHOMON_TOKEN", default=None, help="Secret that write requests must carry (env RASHOMON_TOKEN); without it the server is read-only.")
@click.option("--watch", "watch", multiple=True, metavar="SOURCES", help="Feed URL or OPML file to add to the monitored feeds (repeatable); while serving, all are polled.")
@click.option("--interval", default=300.0, show_default=True, type=float, help="Seconds between polls of each watched feed.")
@_allow_private_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Web worker processes answering requests (one background process indexes and watches for all).")
@handles_errors
def serve(db, host, port, token, watch, interval, allow_private, workers):
    """Serve the web app and the REST API (OpenAPI at /openapi.json)."""
    import uvicorn

    # A query is embedded on one thread: requests already run side by side, and an OpenMP team per query only
    # spins (on a loaded 2-core machine one query took 15-1,700 ms of CPU with 2 threads, 16 ms with 1).
    # Set before the encoder loads here, and inherited by the web worker and background processes.
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from rashomon.interfaces.api import create_app

    if workers > 1:
        _serve_with_workers(db, host, port, token, watch, interval, allow_private, workers)
        return
    app = create_app(db, token=token, allow_private=allow_private, watch=list(watch), watch_interval=interval)
    _announce(app.state.store, host, port, token, interval)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _announce(store, host, port, token, interval, workers: int = 1) -> None:
    mode = "read-write (token required for changes)" if token else "read-only (no --token given)"
    processes = f", {workers} web worker processes" if workers > 1 else ""
    err.print(f"Rashomon at http://{host}:{port}/ — {mode}; store {store.location}{processes}", soft_wrap=True)
    feeds = len(store.feeds())
    if feeds:
        err.print(f"watching {feeds} feed(s) every {interval:g} s", soft_wrap=True)


# How long a web worker may take to answer uvicorn's health check before it is restarted: a worker busy
# loading the search vectors of a large store on a loaded machine is slow, not hung (at 5 s, uvicorn's default,
# workers were killed in the middle of requests).
_WORKER_HEALTHCHECK_SECONDS = 60


def _serve_with_workers(db, host, port, token, watch, interval, allow_private, workers) -> None:
    """Several uvicorn worker processes on one socket, each with its own app and store connection; this
    process runs the one background process (indexing, feeds, comparisons) for them all."""
    import json

    import uvicorn

    from rashomon.interfaces.api import WORKER_CONFIG_ENV, add_watched_feeds
    from rashomon.interfaces.api.background import BackgroundProcess
    from rashomon.store import open_store

    with open_store(db) as store:
        add_watched_feeds(store, list(watch))
        _announce(store, host, port, token, interval, workers)
        target = store.target
    os.environ[WORKER_CONFIG_ENV] = json.dumps({"db": target, "allow_private": allow_private})
    if token:
        os.environ["RASHOMON_TOKEN"] = token
    background = BackgroundProcess(target, interval=interval, allow_private=allow_private)
    background.start()
    try:
        uvicorn.run("rashomon.interfaces.api:worker_app", factory=True, workers=workers, host=host, port=port,
                    log_level="warning", timeout_worker_healthcheck=_WORKER_HEALTHCHECK_SECONDS)
    finally:
        background.stop()


@main.command()
@click.argument("query")
@db_option
@json_option
@click.option("--kind", type=click.Choice(["article", "story", "quote"]), default=None, help="Only hits of this kind.")
@click.option("--lang", "language", default=None, help="Only hits in this language (ISO 639 code).")
@click.option("--source", default=None, help="Only hits from this source.")
@click.option("--limit", default=20, show_default=True, type=int, help="How many hits at most.")
@handles_errors
def search(query, db, as_json, kind, language, source, limit):
    """Search articles, stories and quotes by words and by meaning, across languages."""
    from rashomon.search import SearchIndex, search as run_search

    store = open_db(db)
    index = SearchIndex()
    if store.pending("search"):
        err.print("indexing new articles for search…")
        indexed = index.refresh(store)
        err.print(f"indexed {indexed} article(s)")
    hits = run_search(store, query, index, kind, language, source, limit)
    for hit in hits:
        if as_json:
            emit_json(
                {k: getattr(hit, k) for k in ("kind", "id", "title", "language", "source", "path", "snippet", "score",
                                              "article_id", "story_id")}
            )
        else:
            click.echo(f"{hit.score:.4f}  {hit.kind:<7} {hit.language or '':<3} {hit.id}  {hit.title}")
            click.echo(f"         {hit.snippet}")
    if not as_json:
        err.print(f"{len(hits)} hit(s)")


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@json_option
@click.option("--once", is_flag=True, help="Poll each feed once and exit.")
@click.option("--interval", default=300.0, show_default=True, type=float, help="Seconds between polls of each feed.")
@_allow_private_option
@handles_errors
def watch(sources, db, as_json, once, interval, allow_private):
    """Poll feeds (URLs or an OPML file) and ingest new entries through the whole pipeline."""
    from rashomon.monitor import Monitor, feed_urls
    from rashomon.search import SearchIndex

    store = open_db(db)
    index = SearchIndex()
    monitor = Monitor(store, interval=interval, allow_private=allow_private, on_new=lambda result: index.refresh(store))
    urls = feed_urls(sources)
    monitor.add(urls)
    failed = False

    def report(result) -> None:
        nonlocal failed
        if as_json:
            emit_json(result)
            sys.stdout.flush()
        if result.status == "failed":
            failed = True
            fail_line(result.feed, result.error)
        else:
            err.print(f"{result.feed}: {result.status}, {len(result.stored)} new article(s)", soft_wrap=True)
        for failure in result.failures:
            fail_line(f"{failure.path} [{failure.locator}]", failure.reason)

    if once:
        for result in monitor.poll_all():
            report(result)
        sys.exit(EXIT_FAILED if failed else EXIT_OK)
    err.print(f"watching {len(urls)} feed(s) every {interval:g} s; Ctrl-C stops")
    stop = threading.Event()
    try:
        monitor.run(stop, report)
    except KeyboardInterrupt:
        stop.set()


@main.command()
@click.argument("story_id", required=False)
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "md"]), default="json", show_default=True,
              help="Story export format.")
@click.option("--all", "everything", is_flag=True, help="Export the whole store as JSONL (re-ingestible).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="Write to FILE instead of stdout.")
@handles_errors
def export(story_id, db, fmt, everything, output):
    """Export one story (claims, quotes, articles; md is a brief) or, with --all, every article as JSONL."""
    from rashomon.export import export_all, export_story, story_dossier

    if bool(story_id) == everything:
        raise UsageError("give either a STORY_ID or --all")
    store = open_db(db)
    chunks = export_all(store) if everything else [export_story(story_dossier(store, story_id), fmt)]
    if output:
        count = 0
        with open(os.path.expanduser(output), "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
                count += 1
        err.print(f"wrote {count} article(s) to {output}" if everything else f"wrote story {story_id} as {fmt} to {output}")
    else:
        for chunk in chunks:
            sys.stdout.write(chunk)
