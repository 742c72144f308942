"""URL fetching against a local HTTP server: limits, redirects, conditional requests, refusals."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rashomon.errors import FetchError
from rashomon.model import Document, SourceFailure
from rashomon.sources import SourceOptions, fetch, read

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
ARTICLE = (FIXTURES / "article.html").read_bytes()
ETAG = '"v1"'


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        routes = {
            "/article": (200, "text/html; charset=utf-8", ARTICLE),
            "/feed": (200, "application/rss+xml", self._feed()),
            "/big": (200, "text/html", b"<html><body><p>" + b"x" * 5000 + b"</p></body></html>"),
            "/gone": (404, "text/html", b"not here"),
            "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/text": (200, "text/plain; charset=koi8-u", (FIXTURES / "koi8u_uk.txt").read_bytes()),
        }
        if self.path == "/etag":
            if self.headers.get("If-None-Match") == ETAG:
                return self._send(304, "text/html", b"", {"ETag": ETAG})
            return self._send(200, "text/html", ARTICLE, {"ETag": ETAG})
        if self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            return self._send(302, "text/html", b"", {"Location": f"/hop/{left - 1}" if left > 1 else "/article"})
        if self.path == "/slow":
            time.sleep(1.0)
            return self._send(200, "text/html", ARTICLE)
        if self.path == "/to-loopback":
            return self._send(302, "text/html", b"", {"Location": "http://127.0.0.1:9/secret"})
        status, content_type, body = routes.get(self.path, (404, "text/plain", b"no route"))
        self._send(status, content_type, body)

    def _feed(self) -> bytes:
        host = f"http://127.0.0.1:{self.server.server_port}"
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>'
            f"<item><title>Strike at the port</title><link>{host}/article</link><guid>a1</guid>"
            f"<description>Short summary only.</description></item>"
            f"<item><title>Missing page</title><link>{host}/gone</link><guid>a2</guid>"
            f"<description>&lt;p&gt;The summary stands in for the missing page.&lt;/p&gt;</description></item>"
            f"</channel></rss>"
        ).encode()

    def _send(self, status, content_type, body, headers=None):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = SourceOptions(allow_private=True, timeout=5.0)


def test_loopback_is_refused_by_default(server):
    with pytest.raises(FetchError, match="refused.*127.0.0.1"):
        fetch(f"{server}/article")


@pytest.mark.parametrize("url", ["http://localhost:9/", "http://[::1]:9/", "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "http://224.0.0.1/"])
def test_private_link_local_and_multicast_addresses_are_refused(url):
    with pytest.raises(FetchError, match="refused"):
        fetch(url)


def test_fetch_page_with_redirects(server):
    page = fetch(f"{server}/hop/2", LOCAL)
    assert page.status == 200 and page.final_url == f"{server}/article"
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert page.body == ARTICLE


def test_too_many_redirects(server):
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(f"{server}/hop/5", SourceOptions(allow_private=True, max_redirects=2))


def test_redirect_to_a_private_address_is_refused_on_the_hop():
    # The first hop is public in spirit; the check runs again on the redirect target.
    from rashomon.sources.fetch import _check_target

    with pytest.raises(FetchError, match="redirected to http://127.0.0.1:9/secret"):
        _check_target("https://news.example/story", "http://127.0.0.1:9/secret", allow_private=False)


def test_size_limit_stops_the_download(server):
    with pytest.raises(FetchError, match="exceeds the 1 kB limit"):
        fetch(f"{server}/big", SourceOptions(allow_private=True, max_bytes=1000))


def test_timeout(server):
    with pytest.raises(FetchError, match="no answer within 0.2 s"):
        fetch(f"{server}/slow", SourceOptions(allow_private=True, timeout=0.2))


def test_http_errors_and_bad_schemes(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/gone", LOCAL)
    with pytest.raises(FetchError, match=r"only http\(s\) URLs"):
        fetch("file:///etc/passwd", LOCAL)


def test_conditional_request_reports_not_modified(server):
    first = fetch(f"{server}/etag", LOCAL)
    assert first.status == 200 and first.headers["etag"] == ETAG
    again = fetch(f"{server}/etag", LOCAL, etag=first.headers["etag"])
    assert again.not_modified and again.body == b""


def test_read_urls_as_pages_text_and_feeds(server):
    items = list(read([f"{server}/article", f"{server}/text", f"{server}/image", f"{server}/gone", f"{server}/feed"], LOCAL))
    page, text, image, gone, *entries = items
    assert isinstance(page, Document) and page.path == f"{server}/article" and page.title == "Port strike halts grain exports"
    assert isinstance(text, Document) and text.text.startswith("Уряд схвалив")
    assert isinstance(image, SourceFailure) and "image/png" in image.reason
    assert isinstance(gone, SourceFailure) and "HTTP 404" in gone.reason and gone.path == f"{server}/gone"
    fetched, fallback = entries
    assert fetched.html is not None and fetched.url == f"{server}/article" and fetched.locator == "a1"
    assert fetched.path == f"{server}/feed" and fetched.source == "The Harbour Gazette"
    assert fallback.html is None and fallback.text == "The summary stands in for the missing page."
    assert fallback.title == "Missing page" and fallback.source == "Local Wire"


def test_url_refused_by_default_is_a_failure_not_an_exception(server):
    (failure,) = read([f"{server}/article"])
    assert isinstance(failure, SourceFailure) and "refused" in failure.reason
