"""`rashomon` commands for articles: ingest, articles, show, delete, reprocess."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

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
    to_jsonable,
)
from rashomon.model import Article
from rashomon.sources.bounds import ITEM_SECONDS

EXIT_INTERRUPTED = 130  # the shell's status for Ctrl-C


def _article_json(article: Article, **extra) -> dict:
    return {**to_jsonable(article), **extra}


def _published_text(article: Article) -> str:
    if article.published is None:
        return "unknown"
    return article.published.date().isoformat() + " (estimated from the text)" if article.published_estimated else article.published.isoformat()


def _item_name(path: str, locator: str | None) -> str:
    return f"{path} [{locator}]" if locator else path


def _fail_line(failure) -> None:
    """The failed item's one stderr line; paths and reasons are shown literally, never as markup."""
    fail_line(_item_name(failure.path, failure.locator), failure.reason)


def _count_files(inputs: list[str]) -> int:
    """How many files (or URLs) the inputs name, for the progress bar's total."""
    total = 0
    for given in inputs:
        if os.path.isdir(given):
            for _, subdirectories, files in os.walk(given):
                subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
                total += sum(1 for name in files if not name.startswith("."))
        else:
            total += 1
    return total


@contextmanager
def _progress(label: str, total: int | None):
    """A progress bar on stderr (only on a terminal): files done of ``total``, items, rate and ETA."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[items]} items, {task.fields[rate]}/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        yield progress, progress.add_task(label, total=total, items=0, rate="0.0")


def _summary(counts: dict[str, int]) -> None:
    err.print(", ".join(f"{name} {count}" for name, count in counts.items()), soft_wrap=True)


def ingest_options(func):
    """The options ``ingest`` and ``backfill`` share: overrides, analysis, corpus fields, limits, batches."""
    options = [
        click.option("--source", help="Publisher name for every article (default: page metadata, else the URL's host)."),
        click.option("--lang", "language", metavar="CODE", help=(
            "Language of every article (ISO 639-1); it stands unless the text is clearly in a far language; "
            "between neighbours (cs/sk, bg/ru …) the text's letters and words decide.")),
        click.option("--published", metavar="DATE", help="Publication date for every article (ISO 8601, e.g. 2025-10-22)."),
        click.option("--no-stories", is_flag=True, help="Do not group the new articles into stories."),
        click.option("--stages", metavar="LIST", help="Analysis stages to run, comma-separated (default: all)."),
        click.option("--text-field", default="text", show_default=True, help="JSONL/CSV column holding the text."),
        click.option("--title-field", default="title", show_default=True, help="JSONL/CSV column holding the headline."),
        click.option("--date-field", default="published", show_default=True, help="JSONL/CSV column holding the date."),
        click.option("--url-field", default="url", show_default=True, help="JSONL/CSV column holding the URL."),
        click.option("--source-field", default="source", show_default=True, help="JSONL/CSV column holding the publisher."),
        click.option("--lang-field", default="language", show_default=True, help="JSONL/CSV column holding the language."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True, help="Largest item accepted."),
        click.option("--max-seconds", type=click.FloatRange(min=0), default=ITEM_SECONDS, show_default=True,
                     help="Longest one item may take to read or clean before it is abandoned as failed (0: no limit)."),
        click.option("--allow-private", is_flag=True, help="Allow fetching URLs on private or loopback addresses."),
        click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True,
                     help="Articles per transaction (a crash loses at most one batch; rerun to complete)."),
        click.option("--extraction", type=click.Choice(["cascade", "fast"]), default="cascade", show_default=True,
                     help="HTML main-text extraction: cascade (best quality) or fast (main extractor first; bulk loads)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_ingest_options(source, language, published, no_stories, stages, text_field, title_field, date_field, url_field,
                        source_field, lang_field, max_bytes, max_seconds, allow_private, batch_size, extraction, **extra):
    """The IngestOptions the ``ingest_options`` say (``extra``: further IngestOptions fields)."""
    from rashomon.ingest import IngestOptions
    from rashomon.sources import SourceOptions
    from rashomon.workspace import parse_datetime

    return IngestOptions(
        source=source,
        language=language,
        published=parse_datetime(published, "--published"),
        sources=SourceOptions(
            text_field=text_field, title_field=title_field, date_field=date_field, url_field=url_field,
            source_field=source_field, lang_field=lang_field, max_bytes=max_bytes, allow_private=allow_private,
            max_seconds=max_seconds or None,
        ),
        assign_stories=not no_stories,
        batch_size=batch_size,
        extraction=extraction,
        **extra,
        **({"stages": tuple(s.strip() for s in stages.split(",") if s.strip())} if stages else {}),
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL...")
@ingest_options
@click.option("--workers", type=click.IntRange(min=1), help="Processes that clean documents on long runs "
              "(default: CPU count, at most 4; 1: no extra processes).")
@db_option
@json_option
@handles_errors
def ingest(inputs, workers, db, as_json, **settings):
    """Read, clean, deduplicate and store news from files, folders and URLs.

    Accepts plain text, HTML, RSS/Atom, JSONL, CSV/TSV and WARC files, folders
    of them, and http(s) URLs. Running it again on the same input adds nothing.
    """
    from rashomon.analysis.entities.heap import load_and_settle
    from rashomon.ingest import ingest as run_ingest
    from rashomon.sources import is_http_url

    missing = [given for given in inputs if not is_http_url(given) and not os.path.exists(given)]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or folder")
    options = make_ingest_options(**settings, **({"workers": workers} if workers else {}))
    load_and_settle()  # this process reads the whole input: its long-lived tables leave the collector's scans
    with open_db(db) as store, _progress("ingesting", _count_files(list(inputs))) as (progress, task):
        tally = EventTally(progress, task, as_json)
        seen_paths: set[str] = set()

        def on_event(event):
            tally.count(event)
            if event.path not in seen_paths:
                seen_paths.add(event.path)
                progress.update(task, completed=len(seen_paths))

        options.progress = on_event
        try:
            run_ingest(store, list(inputs), options)
        except KeyboardInterrupt:
            # The batch in progress was rolled back; everything reported so far is committed.
            tally.interrupted("ingest")
    _summary(tally.counts)
    sys.exit(EXIT_FAILED if tally.counts["failed"] else EXIT_OK)


class EventTally:
    """Counts ingest events, prints ``failed:`` lines (and with --json the articles), and shows items/s."""

    def __init__(self, progress, task, as_json: bool):
        self.progress, self.task, self.as_json = progress, task, as_json
        self.counts = {"stored": 0, "duplicates": 0, "unchanged": 0, "failed": 0}

    def count(self, event) -> None:
        from rashomon.ingest import DUPLICATE, FAILED

        self.counts["duplicates" if event.status == DUPLICATE else event.status] += 1
        if event.status == FAILED:
            _fail_line(event.failure)
        elif self.as_json:
            emit_json(_article_json(event.article, status=event.status))
            sys.stdout.flush()
        items = sum(self.counts.values())
        elapsed = self.progress.tasks[0].elapsed or 0.0
        self.progress.update(self.task, items=items, rate=f"{items / elapsed:.1f}" if elapsed else "0.0")

    def interrupted(self, command: str) -> None:
        """After Ctrl-C: the summary so far and how to complete the run; exits 130."""
        _summary(self.counts)
        err.print(f"interrupted: run the same command again to complete the {command}")
        sys.exit(EXIT_INTERRUPTED)


@main.command()
@click.option("--lang", "language", metavar="CODE", help="Only articles in this language.")
@click.option("--source", help="Only articles from this source.")
@click.option("--since", metavar="DATE", help="Only articles published (or ingested) on or after this date.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many (default: all).")
@db_option
@json_option
@handles_errors
def articles(language, source, since, limit, db, as_json):
    """List stored articles, oldest first."""
    from rashomon.workspace import parse_datetime

    with open_db(db) as store:
        found = store.articles(language=language, source=source, limit=limit, since=parse_datetime(since, "--since"))
        if as_json:
            for article in found:
                emit_json(_article_json(article))
            return
        shown = 0
        for article in found:
            shown += 1
            published = article.published.date().isoformat() if article.published else "-"
            title = article.title or " ".join(article.text[:80].split()) + "…"
            copy = f"  (copy of {article.duplicate_of})" if article.duplicate_of else ""
            click.echo(f"{article.id}  {article.language:<3} {published:<10}  {(article.source or '-')[:24]:<24}  {title}{copy}")
        err.print(f"{shown} article{'s' if shown != 1 else ''}")


@main.command()
@click.argument("article_id", metavar="ID")
@db_option
@json_option
@handles_errors
def show(article_id, db, as_json):
    """Show one article: its metadata and cleaned text."""
    with open_db(db) as store:
        article = store.get_article(article_id)
    if as_json:
        emit_json(_article_json(article))
        return
    out = Console(highlight=False, soft_wrap=True)
    out.print(f"[bold]{escape(article.title or '(no headline)')}[/]")
    for label, value in (
        ("id", article.id),
        ("source", article.source or "unknown"),
        ("language", f"{article.language} ({article.language_confidence:.2f})"),
        ("published", _published_text(article)),
        ("author", article.author),
        ("url", article.url),
        ("path", _item_name(article.path, article.locator)),
        ("copy of", article.duplicate_of),
        ("story", article.story_id),
    ):
        if value:
            out.print(f"[dim]{label}:[/] {escape(value)}")
    out.print()
    out.print(article.text, markup=False)


@main.command()
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option("--source", help="Delete every article from this source.")
@click.option("--before", metavar="DATE", help="Delete articles published (or ingested) before this date.")
@db_option
@json_option
@handles_errors
def delete(ids, source, before, db, as_json):
    """Delete articles (and all their analysis) by ID, by source or by date."""
    from rashomon.workspace import Workspace

    with Workspace(db) as workspace:
        deleted = workspace.delete(ids, source=source, before=before)
    if as_json:
        emit_json({"deleted": deleted})
    err.print(f"deleted {deleted} article{'s' if deleted != 1 else ''}")


@main.command()
@click.option("--stage", type=click.Choice(["language", "entities", "quotes", "times", "stories", "all"]),
              default="all", show_default=True, help="What to re-run; 'all' starts again from the raw input.")
@click.option("--id", "ids", multiple=True, metavar="ID", help="Only this article (repeatable; default: all).")
@click.option("--no-stories", is_flag=True, help="With --stage all: do not re-assign stories.")
@db_option
@json_option
@handles_errors
def reprocess(stage, ids, no_stories, db, as_json):
    """Re-run analysis on stored articles from their kept raw input, e.g. after an upgrade."""
    from rashomon.ingest import FAILED
    from rashomon.ingest import reprocess as run_reprocess

    with open_db(db) as store, _progress(f"reprocessing ({stage})", store.count_articles()) as (progress, task):

        def on_event(event):
            if event.status == FAILED:
                _fail_line(event.failure)
            elif as_json:
                emit_json({"id": event.article.id, "status": event.status, "stage": stage})
            progress.advance(task)

        result = run_reprocess(store, stage, list(ids) or None, on_event, assign_stories=not no_stories)
    _summary({"reprocessed": len(result.reprocessed), "failed": len(result.failures)})
    sys.exit(EXIT_FAILED if result.failures else EXIT_OK)
