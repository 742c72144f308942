"""`rashomon backfill`: the same store as `ingest`, file-level resume, a kill -9 and a re-run, usage errors."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from html import escape
from pathlib import Path

import pytest

from rashomon.backfill import backfill, input_files
from rashomon.errors import StoreError, UsageError
from rashomon.ingest import IngestOptions, ingest
from rashomon.store import open_store

REPO = Path(__file__).resolve().parent.parent


def _paragraphs(seeds_dir: Path) -> list[str]:
    paragraphs = []
    for seed in sorted(seeds_dir.iterdir()):
        text = seed.read_text(encoding="utf-8")
        paragraphs += [" ".join(p.split()) for p in text.split("\n\n") if len(p.strip()) > 150]
    return paragraphs


def _write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, text in pages:
            body = f"<html><head><title>{escape(text[:60])}</title></head><body><p>{escape(text)}</p></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-10-22T12:00:00Z"},
            ))


@pytest.fixture
def archive(seeds_dir, tmp_path) -> Path:
    """The two seed reports, and WARC files of their paragraphs from several outlets, one copied by another outlet."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for seed in seeds_dir.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    paragraphs = _paragraphs(seeds_dir)
    files = 4
    for number in range(files):
        pages = [(f"https://outlet{number}.example/{i}", text) for i, text in enumerate(paragraphs[number::files])]
        if number == files - 1:
            pages.append(("https://copier.example/1", paragraphs[0] + " (Reuters)"))
        _write_warc(folder / f"crawl-{number}.warc.gz", pages)
    return folder


def _snapshot(db) -> dict:
    """What a run left behind: articles (with their copy links), story groups, mentions and their entities, quotes."""
    with open_store(db) as store:
        rows = store.db.execute
        groups: dict = {}
        for article_id, story_id in rows("SELECT id, story_id FROM articles"):
            groups.setdefault(story_id, set()).add(article_id)
        return {
            "articles": sorted(tuple(r) for r in rows("SELECT id, path, locator, duplicate_of FROM articles")),
            "stories": sorted(sorted(group) for group in groups.values()),
            "mentions": sorted(tuple(r) for r in rows("SELECT article_id, start_offset, end_offset, entity FROM mentions")),
            "quotes": sorted(tuple(r) for r in rows("SELECT article_id, start_offset, end_offset, speaker_entity FROM quotes")),
            "entities": rows("SELECT COUNT(*) FROM entities").fetchone()[0],
        }


def _stories_hold_every_article_and_the_seeds_together(db) -> None:
    with open_store(db) as store:
        rows = store.db.execute
        assert rows("SELECT COUNT(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
        seeds = {row[0] for row in rows("SELECT story_id FROM articles WHERE path LIKE '%.txt'")}
        assert len(seeds) == 1  # the English and the Ukrainian report of one event
        stories, articles = rows("SELECT COUNT(DISTINCT story_id), COUNT(*) FROM articles").fetchone()
        assert stories < articles


@pytest.fixture(scope="module")
def threads_client():
    """A Dask cluster of two worker threads in this process: the models load once for the whole module."""
    from distributed import Client

    with Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address="127.0.0.1:0") as client:
        yield client


def test_backfill_leaves_the_store_ingest_leaves_and_a_rerun_skips_finished_files(archive, new_db, threads_client):
    reference_db, backfill_db = new_db("ingest"), new_db("backfill")
    with open_store(reference_db) as store:
        ingest(store, [str(archive)], IngestOptions(workers=1))
    with open_store(backfill_db) as store:
        result = backfill(store, [str(archive)], IngestOptions(), threads_client)
    assert result.files == 6 and not result.failed_files and not result.ingest.failures
    assert len(result.ingest.duplicates) == 1  # the copier's copy, linked to the first outlet's page
    assert _snapshot(backfill_db) == _snapshot(reference_db)
    _stories_hold_every_article_and_the_seeds_together(backfill_db)

    with open_store(backfill_db) as store:
        again = backfill(store, [str(archive)], IngestOptions(), threads_client)
        assert (again.files, again.skipped, again.ingest.stored) == (0, 6, [])
        (archive / "late.txt").write_text(_paragraphs(REPO / "examples" / "seeds")[1] + " Updated.", encoding="utf-8")
        later = backfill(store, [str(archive)], IngestOptions(), threads_client)
        assert (later.files, later.skipped, len(later.ingest.stored) + len(later.ingest.duplicates)) == (1, 6, 1)


def test_backfill_refuses_urls_missing_paths_and_a_second_backfill_on_the_store(archive, tmp_db, threads_client):
    with pytest.raises(UsageError, match="use `rashomon ingest` for URLs"):
        input_files(["https://example.com/feed.xml"])
    with pytest.raises(UsageError, match="nope: no such file"):
        input_files([str(archive / "nope")])
    with open_store(tmp_db) as store, store.backfill_lock(), pytest.raises(StoreError, match="another backfill is running"):
        backfill(store, [str(archive)], IngestOptions(), threads_client)


def test_cli_usage_errors_exit_2(archive, tmp_db):
    from click.testing import CliRunner

    from rashomon.interfaces.cli import main

    runner = CliRunner()
    both = runner.invoke(main, ["backfill", str(archive), "--workers", "2", "--scheduler", "tcp://127.0.0.1:1", "--db", str(tmp_db)])
    assert both.exit_code == 2 and "not both" in both.output
    url = runner.invoke(main, ["backfill", "https://example.com/a", "--db", str(tmp_db)])
    assert url.exit_code == 2 and "use `rashomon ingest` for URLs" in url.output


def test_kill_9_in_the_middle_then_the_same_command_completes_without_duplicates(archive, new_db):
    reference_db, db = new_db("ingest"), new_db("backfill")
    with open_store(reference_db) as store:
        ingest(store, [str(archive)], IngestOptions(workers=1))
    command = [sys.executable, "-m", "rashomon", "backfill", str(archive), "--workers", "1", "--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with open_store(db) as store:
        # A session of its own, so the kill reaches the Dask worker processes too.
        first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 300
        while len(store.backfill_files()) < 2 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        assert first.returncode == -signal.SIGKILL, first.stderr.read().decode()
        killed_at = len(store.backfill_files())
        assert 2 <= killed_at < 6  # killed in the middle, not after the end
        counts_at_kill = store.row_counts()

    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert second.returncode == 0, second.stderr
    assert f"skipped (done before) {killed_at}" in second.stderr
    with open_store(db) as store:
        assert len(store.backfill_files()) == 6
        assert store.row_counts()["articles"] > counts_at_kill["articles"]
    assert _snapshot(db) == _snapshot(reference_db)  # nothing lost, nothing twice
    _stories_hold_every_article_and_the_seeds_together(db)


def test_cli_on_an_existing_scheduler_prints_articles_and_a_rerun_skips_every_file(archive, tmp_db, threads_client):
    import json

    from click.testing import CliRunner

    from rashomon.interfaces.cli import main

    address = threads_client.cluster.scheduler_address
    command = ["backfill", str(archive), "--scheduler", address, "--db", str(tmp_db), "--json"]
    first = CliRunner().invoke(main, command)
    assert first.exit_code == 0, first.output
    printed = [json.loads(line) for line in first.stdout.splitlines()]
    with open_store(tmp_db) as store:
        assert len(printed) == store.count_articles() > 6
    assert {p["status"] for p in printed} == {"stored", "duplicate"}
    assert "files 6, skipped (done before) 0" in first.stderr
    again = CliRunner().invoke(main, command)
    assert again.exit_code == 0 and again.stdout == ""
    assert "files 0, skipped (done before) 6" in again.stderr
