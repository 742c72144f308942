"""Regression tests for issue #12 (serving, fetching, exporting, concurrent writers), sent as an attacker would:
to a real `rashomon serve` on 127.0.0.1, over one keep-alive connection."""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

import rashomon
from rashomon.ingest.pipeline import Ingester, IngestOptions
from rashomon.model import Document, SourceFailure
from rashomon.sources import SourceOptions, fetch, read

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "examples" / "seeds"
TOKEN = "hostile-test-token"
STORY = "Port workers in Odesa went on strike on Monday, the union said, and grain exports stopped."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`rashomon serve` over the seeds, run from a folder holding an ``HTTP:`` folder (item 9's trap)."""
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "store.db"
    with rashomon.open(db) as ws:
        ws.ingest([str(SEEDS)], published="2025-10-22")
    (folder / "HTTP:").mkdir()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rashomon", "serve", "--db", str(db), "--port", str(port), "--token", TOKEN],
        cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            httpx.get(f"{base}/api/stories", timeout=2)
            break
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"serve did not start: {process.stdout.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.5)
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as client:
        yield client, db
    process.terminate()
    process.wait(30)


# --------------------------------------------------------------------------- 6. no 500s, connection kept


@pytest.mark.parametrize(
    "method, path, body, status, words",
    [
        ("GET", "/api/search?q=%00", None, 400, "query is empty"),
        ("GET", "/search?q=%00", None, 400, "query is empty"),
        ("GET", "/api/search?q=%00port%00strike", None, 200, None),
        ("GET", "/api/stories?offset=99999999999999999999999", None, 400, "offset must be between 0 and"),
        ("GET", "/?page=99999999999999999999999", None, 400, "page must be between 1 and"),
        ("POST", "/api/ingest", {"url": "http://[::1"}, 400, "not a valid URL"),
        ("POST", "/api/ingest", {"url": "http://127.0.0.1:99999/"}, 400, "not a valid URL (Port out of range"),
        ("POST", "/api/ingest", {"url": "http://exa mple.org/"}, 400, "spaces or control characters"),
        ("POST", "/api/feeds", {"url": "http://127.0.0.1:99999/"}, 400, "not a valid URL"),
        ("POST", "/api/feeds", {"url": "http://127.0.0.1:8/rss"}, 422, "private, loopback"),
        ("GET", "/api/search?q=" + "x" * 5000, None, 400, "at most 1,000"),
    ],
)
def test_hostile_requests_get_a_4xx_and_keep_the_connection(server, method, path, body, status, words):
    client, _ = server
    response = client.request(method, path, json=body)
    assert response.status_code == status, response.text
    if words:
        assert words in response.text
    assert response.headers.get("connection", "").lower() != "close"
    assert client.get("/api/stories").status_code == 200  # same client, same connection pool


def test_a_bad_feed_url_is_never_stored(server):
    client, _ = server
    assert all("99999" not in feed["url"] for feed in client.get("/api/feeds").json())


# --------------------------------------------------------------------------- 9. URL ingestion never opens a path


def test_an_upper_case_scheme_never_reads_the_servers_files(server):
    client, _ = server
    climb = "../" * 30  # from the HTTP: folder up to / whatever the depth of the working folder
    for url in (f"HTTP://{climb}etc/passwd", f"hTtPs://{climb}etc/passwd", "HTTP:/etc/passwd"):
        response = client.post("/api/ingest", json={"url": url})
        assert 400 <= response.status_code < 500, (url, response.text)
    texts = [a["text"] for a in client.get("/api/articles").json()]
    assert not any("root:" in text for text in texts)


@pytest.mark.parametrize("url", ["HTTP://../../etc/passwd", "http://a..b/", "http://" + "a" * 64 + ".example/"])
def test_a_host_that_is_no_host_name_is_refused_even_with_private_addresses_allowed(url):
    from rashomon.sources import check_url
    from rashomon.errors import FetchError

    with pytest.raises(FetchError, match="is not a host name"):
        check_url(url, allow_private=True)
    with pytest.raises(FetchError):  # and fetch, which skips resolving then, says so instead of crashing
        fetch(url, SourceOptions(allow_private=True, timeout=2))


def test_read_treats_any_case_of_http_as_a_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "HTTP:" / "x.invalid").mkdir(parents=True)
    (tmp_path / "HTTP:" / "x.invalid" / "secret.txt").write_text(STORY, encoding="utf-8")
    (item,) = read(["HTTP://x.invalid/secret.txt"], SourceOptions(timeout=2))
    assert isinstance(item, SourceFailure) and "secret" not in getattr(item, "text", "")


# --------------------------------------------------------------------------- 7. the monitor outlives a bad feed


class _Site(BaseHTTPRequestHandler):
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Port News</title><item><title>Strike</title>"
        f"<link>http://127.0.0.1:1/none</link><guid>s1</guid><description>{STORY}</description></item></channel></rss>"
    ).encode()
    hosts: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server API
        type(self).hosts.append(self.headers.get("Host"))
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml" if self.path.endswith(".rss") else "text/html")
        body = self.feed if self.path.endswith(".rss") else f"<html><body><p>{STORY}</p></body></html>".encode()
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Site.hosts = []
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_feed_that_breaks_its_poll_does_not_stop_the_others(site, tmp_path):
    from rashomon.monitor import Monitor

    with rashomon.open(tmp_path / "feeds.db") as ws:
        store = ws.store
        with store.transaction() as tx:  # stored before URLs were checked (add_feed refuses it now)
            tx.execute("INSERT INTO feeds (url, added_at) VALUES (?, ?)", ("http://127.0.0.1:99999/", "2025-01-01T00:00:00"))
        store.add_feed(f"http://127.0.0.1:{site}/news.rss")
        results = {r.feed: r for r in Monitor(store, allow_private=True).poll_due()}
        assert results["http://127.0.0.1:99999/"].status == "failed"
        assert "Port out of range" in results["http://127.0.0.1:99999/"].error
        assert results[f"http://127.0.0.1:{site}/news.rss"].status == "new"


# --------------------------------------------------------------------------- 10. DNS rebinding


def test_the_fetch_connects_to_the_address_that_was_checked(site, monkeypatch):
    """The first answer for rebind.example is 'public' (127.0.0.1 here); every later one is 127.0.0.2,
    where nothing listens. Connecting by name would ask again and fail; the checked address is used."""
    fetching = importlib.import_module("rashomon.sources.fetch")

    real = socket.getaddrinfo
    answers = []

    def rebinding(host, port, *args, **kwargs):
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        answers.append(host)
        address = "127.0.0.1" if len(answers) == 1 else "127.0.0.2"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(fetching, "_refused", lambda address: str(address) != "127.0.0.1")
    page = fetch(f"http://rebind.example:{site}/page.html", SourceOptions(timeout=5))
    assert STORY.encode() in page.body
    assert answers == ["rebind.example"]  # resolved once, by the check
    assert _Site.hosts == [f"rebind.example:{site}"]  # the server still sees the name


# --------------------------------------------------------------------------- 8. CSV export


def test_csv_export_cells_never_start_a_formula(tmp_path):
    from click.testing import CliRunner

    from rashomon.interfaces.cli import main

    corpus = tmp_path / "evil.jsonl"
    rows = [
        {"text": f"=HYPERLINK(\"http://evil.example\",\"x\") {STORY}", "title": "=cmd|' /C calc'!A0", "source": "@evil"},
        {"text": f"+{STORY.replace('Monday', 'Tuesday')}", "title": "-2+3", "source": "-minus"},
    ]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    db = tmp_path / "x.db"
    with rashomon.open(db) as ws:
        ws.ingest([str(corpus)], published="2025-10-22")
        story_ids = [s.id for s in ws.store.stories()]
    cells = []
    for story_id in story_ids:
        result = CliRunner().invoke(main, ["export", story_id, "--format", "csv", "--db", str(db)])
        assert result.exit_code == 0, result.output
        cells += [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'@evil" in cells and "'-minus" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


# --------------------------------------------------------------------------- 12. concurrent ingests


def test_an_article_stored_meanwhile_by_another_process_is_unchanged_not_failed(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text(STORY, encoding="utf-8")
    db = tmp_path / "x.db"
    options = IngestOptions(stages=("language",), assign_stories=False, workers=1, max_batch_seconds=3600)
    with rashomon.open(db) as first, rashomon.open(db) as second:
        slow = Ingester(first.store, options)
        (document,) = [i for i in read([str(text)]) if isinstance(i, Document)]
        slow.add(document)  # checked: not stored yet; waits for its batch
        fast = Ingester(second.store, options).run([str(text)])
        assert len(fast.stored) == 1
        slow.flush()
    assert slow.result.failures == [] and slow.result.unchanged == fast.stored


def test_two_ingests_of_the_same_folder_at_once_both_succeed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(40):
        (folder / f"{number:02}.txt").write_text(f"{STORY} Report number {number} of {number * 7} ships.", encoding="utf-8")
    db = tmp_path / "x.db"
    command = [sys.executable, "-m", "rashomon", "ingest", "--db", str(db), "--no-stories", "--stages", "language",
               "--batch-size", "1", str(folder)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(p.wait(180), p.stderr.read()) for p in processes]
    for status, stderr in outcomes:
        assert status == 0 and "IntegrityError" not in stderr and "failed 0" in stderr, stderr
    with rashomon.open(db) as ws:
        assert len(list(ws.articles())) == 40


def test_the_cli_reads_an_upper_case_url_as_a_url(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from rashomon.interfaces.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "HTTP:" / "x.invalid").mkdir(parents=True)
    (tmp_path / "HTTP:" / "x.invalid" / "secret.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db"), "--no-stories", "HTTP://x.invalid/secret.txt"])
    assert result.exit_code == 1 and "failed: HTTP://x.invalid/secret.txt: cannot resolve host 'x.invalid'" in result.output


def test_the_monitor_loop_outlives_a_round_that_fails_as_a_whole(tmp_path, capsys):
    from rashomon.monitor import Monitor

    rounds = []

    class FlakyStore:
        def feeds(self):
            rounds.append(1)
            if len(rounds) == 1:
                raise RuntimeError("database is locked")
            stop.set()
            return []

    stop = threading.Event()
    worker = threading.Thread(target=Monitor(FlakyStore(), interval=0.1).run, args=(stop,))
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and len(rounds) >= 2
    assert "rashomon monitor: RuntimeError: database is locked" in capsys.readouterr().err


@pytest.mark.parametrize(
    "url, problem",
    [
        ("http://127.0.0.1:99999/feed", "not a valid URL"),
        ("http://[::1/feed", "not a valid URL"),
        ("http:///feed.xml", "the URL has no host"),
        ("https://a..b/feed", "is not a host name"),
        ("http://example.com:0/feed", "port 0 cannot be fetched"),
        ("http://example.com/a feed", "spaces or control characters"),
        ("file:///etc/passwd", "only http(s) URLs can be fetched"),
        ("/etc/passwd", "only http(s) URLs can be fetched"),
    ],
)
def test_a_feed_that_could_never_be_polled_is_refused_by_the_store(tmp_db, url, problem):
    from rashomon.errors import UsageError
    from rashomon.store import open_store

    with open_store(tmp_db) as store:
        with pytest.raises(UsageError, match=re.escape(problem)) as raised:
            store.add_feed(url)
        assert repr(url) in str(raised.value)
        store.add_feed("HTTPS://news.example/feed.xml")  # a scheme in capitals is still http(s)
        assert [feed.url for feed in store.feeds()] == ["HTTPS://news.example/feed.xml"]

