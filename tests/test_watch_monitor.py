"""Feed monitoring against a local HTTP server whose feed changes between polls.

Time is driven by an injectable clock; nothing sleeps through an interval.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.errors import UsageError
from rashomon.interfaces.cli import main
from rashomon.monitor import Monitor, feed_urls
from rashomon.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "web"


class FeedSite:
    """A local site: /feed.xml (switchable version, ETag, forced failures) and /articles/<name>.html."""

    def __init__(self):
        self.version = "v1"
        self.fail_with: int | None = None
        self.log: list[tuple[str, int]] = []  # (path, status) of every request
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                status, body, headers = site.answer(self.path, self.headers)
                site.log.append((self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, path: str, headers) -> tuple[int, bytes, dict]:
        if path == "/feed.xml":
            if self.fail_with:
                return self.fail_with, b"broken", {"Content-Type": "text/plain"}
            etag = f'"{self.version}"'
            if headers.get("If-None-Match") == etag:
                return 304, b"", {"ETag": etag}
            body = (FIXTURES / f"feed_{self.version}.xml").read_text().replace("HOST", self.base.removeprefix("http://"))
            return 200, body.encode(), {"Content-Type": "application/rss+xml", "ETag": etag}
        page = FIXTURES / Path(path).name
        if path.startswith("/articles/") and page.suffix == ".html" and page.exists():
            return 200, page.read_bytes(), {"Content-Type": "text/html; charset=utf-8"}
        return 404, b"not here", {"Content-Type": "text/plain"}

    def requests_for(self, path: str) -> list[int]:
        return [status for logged, status in self.log if logged == path]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Clock:
    def __init__(self):
        self.now = datetime(2025, 10, 22, 12, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def site():
    served = FeedSite()
    yield served
    served.close()


@pytest.fixture
def store(tmp_db):
    opened = open_store(tmp_db)
    yield opened
    opened.close()


def test_new_entries_are_ingested_once_and_unchanged_feed_costs_one_304(site, store):
    clock = Clock()
    monitor = Monitor(store, interval=60, allow_private=True, clock=clock)
    monitor.add([f"{site.base}/feed.xml"])

    first = monitor.poll_due()[0]
    assert first.status == "new", first
    titles = {a.title for a in store.articles()}
    assert "Grain terminal reopens in Odesa after repairs" in titles
    # The tram entry's page is missing (404): its own description is the article.
    tram = next(a for a in store.articles() if "tram line" in a.text)
    assert tram.source == "Harbour Gazette" and tram.published is not None
    grain = next(a for a in store.articles() if a.title.startswith("Grain"))
    assert "Olena Kovalenko" in grain.text  # the full page, not just the feed summary
    assert len(first.stored) == 2

    clock.advance(60)
    second = monitor.poll_due()[0]
    assert second.status == "unchanged" and second.stored == []
    assert site.requests_for("/feed.xml") == [200, 304]

    site.version = "v2"
    clock.advance(60)
    third = monitor.poll_due()[0]
    assert third.status == "new" and len(third.stored) == 1
    assert store.get_article(third.stored[0]).title == "Ferry service to Istanbul resumes"
    # Pages of entries already taken in are not fetched again.
    assert site.requests_for("/articles/grain.html") == [200]
    assert store.count_articles() == 3
    assert store.get_feed(f"{site.base}/feed.xml").etag == '"v2"'


def test_failing_feed_backs_off_exponentially_and_recovers(site, store):
    clock = Clock()
    monitor = Monitor(store, interval=60, allow_private=True, clock=clock)
    url = f"{site.base}/feed.xml"
    monitor.add([url])
    # The feed was read before (its ETag is known), so recovery is a cheap 304.
    store.save_feed(replace(store.get_feed(url), etag='"v1"'))
    site.fail_with = 500

    failed = monitor.poll_due()[0]
    assert failed.status == "failed" and "HTTP 500" in failed.error
    assert store.get_feed(url).failures == 1
    assert store.get_feed(url).next_poll == clock.now + timedelta(seconds=120)

    clock.advance(60)
    assert monitor.poll_due() == []  # still backing off
    clock.advance(60)
    assert monitor.poll_due()[0].status == "failed"
    assert store.get_feed(url).next_poll == clock.now + timedelta(seconds=240)
    assert len(site.requests_for("/feed.xml")) == 2

    site.fail_with = None
    clock.advance(240)
    recovered = monitor.poll_due()[0]
    assert recovered.status == "unchanged" and site.requests_for("/feed.xml")[-1] == 304
    feed = store.get_feed(url)
    assert feed.failures == 0 and feed.last_error is None
    assert feed.next_poll == clock.now + timedelta(seconds=60)


def test_private_feed_is_refused_without_allow_private(site, store):
    monitor = Monitor(store, interval=60)
    monitor.add([f"{site.base}/feed.xml"])
    result = monitor.poll_all()[0]
    assert result.status == "failed" and "private" in result.error
    assert site.log == []


def test_watch_once_cli_prints_one_json_object_per_feed(site, tmp_db):
    site.version = "single"
    db = tmp_db
    runner = CliRunner()
    args = ["watch", f"{site.base}/feed.xml", "--once", "--allow-private", "--json", "--db", str(db)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["status"], len(line["stored"])) for line in lines] == [("new", 1)]
    again = runner.invoke(main, args)
    assert [json.loads(line)["status"] for line in again.stdout.splitlines()] == ["unchanged"]


def test_feed_list_from_opml_and_urls():
    urls = feed_urls([str(FIXTURES / "feeds.opml"), "https://example.org/rss", "https://example.com/atom"])
    assert urls == ["http://127.0.0.1:9/feed.xml", "https://example.org/rss", "https://example.com/atom"]
    with pytest.raises(UsageError, match="neither an http"):
        feed_urls(["no-such-file.opml"])
    with pytest.raises(UsageError, match="interval"):
        Monitor(store=None, interval=0)


def test_serve_with_watch_shows_new_stories_without_restart(site, tmp_db):
    import time

    from fastapi.testclient import TestClient

    from rashomon.interfaces.api import create_app

    site.version = "single"
    app = create_app(tmp_db, allow_private=True, watch=[f"{site.base}/feed.xml"], watch_interval=3600)
    with TestClient(app) as client:  # runs the lifespan: the monitor polls at once
        deadline = time.monotonic() + 120
        while not client.get("/api/stories").json():
            assert time.monotonic() < deadline, "the watched feed's entry never became a story"
            time.sleep(0.2)  # waits for the background process's first poll, not for an interval
        story = client.get("/api/stories").json()[0]
        assert story["headline"] == "Ferry service to Istanbul resumes"
        assert [f["url"] for f in client.get("/api/feeds").json()] == [f"{site.base}/feed.xml"]
        assert "Ferry service to Istanbul resumes" in client.get("/").text


def test_a_feed_added_through_the_api_is_polled_by_the_running_server(site, tmp_db):
    import time

    from fastapi.testclient import TestClient

    from rashomon.interfaces.api import create_app

    site.version = "single"
    app = create_app(tmp_db, token="t0ken", allow_private=True, watch_interval=1)
    with TestClient(app) as client:
        added = client.post("/api/feeds", json={"url": f"{site.base}/feed.xml"}, headers={"Authorization": "Bearer t0ken"})
        assert added.status_code == 200
        deadline = time.monotonic() + 120
        while not client.get("/api/stories").json():
            assert time.monotonic() < deadline, "the feed added through the API was never polled"
            time.sleep(0.2)
        assert client.get("/api/stories").json()[0]["headline"] == "Ferry service to Istanbul resumes"
