"""Property-based tests of every reader (issue #12): whatever the bytes, each input ends as stored articles or
``failed:`` items with a one-line reason — never an exception, an "unexpected error", a hang or an item over
the byte limit. Examples are generated deterministically (derandomize) and bounded, so `make test` stays quick;
``--hypothesis-show-statistics`` shows how many inputs each reader was given.
"""

from __future__ import annotations

import io
import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rashomon
from rashomon.ingest.pipeline import FAILED, Ingester, IngestOptions
from rashomon.sources import SourceOptions

MAX_BYTES = 64_000
FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)  # fmt: skip
SENTENCE = "Port workers in Odesa went on strike on Monday, the union said."

words = st.text(alphabet=string.ascii_letters + "  .,'\"<>&;=/-–«»їєЇ\u200f\x00\x1b\n\t\r\ufeffé", max_size=80)
unicode_text = st.text(max_size=200)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-u", "latin-1"])


@pytest.fixture(scope="module")
def ingester(tmp_path_factory):
    with rashomon.open(tmp_path_factory.mktemp("fuzz") / "fuzz.db") as ws:
        options = IngestOptions(
            sources=SourceOptions(max_bytes=MAX_BYTES, fetch_feed_pages=False, max_seconds=20),
            stages=("language",), assign_stories=False, workers=1,
        )  # fmt: skip
        yield Ingester(ws.store, options)


def ingest_one(ingester, tmp_path, name: str, data: bytes) -> list:
    """Ingest one file; check every event it gives; return them."""
    path = tmp_path / name
    path.write_bytes(data)
    events = []
    ingester.options.progress = events.append
    ingester.run([str(path)])
    assert events, "an input must give at least one stored article or one failure"
    for event in events:
        if event.status == FAILED:
            reason = event.failure.reason
            assert reason and "\n" not in reason, event.failure
            assert not reason.startswith(("unexpected error", "cannot store")), event.failure
        else:
            assert event.article.text.strip() and "\x00" not in event.article.text
            assert len(event.article.text.encode("utf-8")) <= 4 * MAX_BYTES
    return events


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


# --------------------------------------------------------------------------- text


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), st.builds(_encoded, unicode_text, encodings),
                      st.builds(lambda w, e: _encoded(SENTENCE + w, e), words, encodings)))  # fmt: skip
def test_text_files(ingester, tmp_path, data):
    ingest_one(ingester, tmp_path, "item.txt", data)


# --------------------------------------------------------------------------- HTML

tag_names = st.sampled_from(["p", "div", "span", "article", "h1", "title", "script", "style", "a", "li", "br", "x-y", "svg", "table", "td"])
attribute = st.tuples(st.text(alphabet=string.ascii_letters + "-:", min_size=1, max_size=12), words)


def _element(tag: str, attributes: list, children: list[str]) -> str:
    rendered = "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{tag}{rendered}>{''.join(children)}</{tag}>"


elements = st.recursive(
    words,
    lambda inner: st.builds(_element, tag_names, st.lists(attribute, max_size=6), st.lists(inner, max_size=4)),
    max_leaves=25,
)


def _page(body: list[str], attributes: int, depth: int, cut: float | None) -> str:
    html = f"<html><head><title>{SENTENCE}</title></head><body>{''.join(body)}"
    html += "<p" + "".join(f" a{i}=1" for i in range(attributes)) + f">{SENTENCE}</p>"
    html += "<div>" * depth + SENTENCE + "</div>" * depth + "</body></html>"
    return html[: int(len(html) * cut)] if cut else html


pages = st.builds(
    _page, st.lists(elements, max_size=5), st.sampled_from([0, 3, 999, 1001, 5000]),
    st.sampled_from([0, 10, 249, 260, 2000]), st.none() | st.floats(0.0, 1.0),
)  # fmt: skip


@FUZZ
@given(page=pages, encoding=encodings)
def test_html_pages(ingester, tmp_path, page, encoding):
    ingest_one(ingester, tmp_path, "page.html", _encoded(page, encoding))


# --------------------------------------------------------------------------- feeds


def _rss(title: str, items: list[tuple[str, str, str]], cut: float | None) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description><pubDate>{t[:30]}</pubDate></item>"
        for t, link, d in items
    )
    xml = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>{entries}</channel></rss>"
    return xml[: int(len(xml) * cut)].encode() if cut else xml.encode()


def _atom(title: str, items: list[tuple[str, str, str]], cut: float | None) -> bytes:
    entries = "".join(
        f"<entry><title>{t}</title><id>{link}</id><content type='html'>{d}</content><updated>{t}</updated></entry>" for t, link, d in items
    )
    xml = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{title}</title>{entries}</feed>"
    return xml[: int(len(xml) * cut)].encode() if cut else xml.encode()


feed_items = st.lists(st.tuples(words, st.one_of(words, st.just("http://127.0.0.1:1/x")), st.one_of(words, st.just(SENTENCE))), max_size=5)


@FUZZ
@given(build=st.sampled_from([_rss, _atom]), title=words, items=feed_items, cut=st.none() | st.floats(0.0, 1.0))
def test_feeds(ingester, tmp_path, build, title, items, cut):
    ingest_one(ingester, tmp_path, "feed.xml", build(title, items, cut))


# --------------------------------------------------------------------------- JSONL

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats(allow_nan=True) | unicode_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "title", "published", "url", "source", "language", "x"]), inner, max_size=5),
    max_leaves=15,
)
jsonl_lines = st.one_of(
    st.builds(json.dumps, json_values),
    st.builds(lambda text, date: json.dumps({"text": SENTENCE + text, "published": date, "language": date[:5]}), words, words),
    st.just("9" * 5000),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(0, 5000)),
    words,
)


@FUZZ
@given(lines=st.lists(jsonl_lines, min_size=1, max_size=6), noise=st.binary(max_size=40))
def test_jsonl_corpora(ingester, tmp_path, lines, noise):
    ingest_one(ingester, tmp_path, "rows.jsonl", ("\n".join(lines)).encode("utf-8", "surrogatepass") + noise)


# --------------------------------------------------------------------------- CSV


@FUZZ
@given(
    header=st.lists(st.sampled_from(["text", "title", "published", "x", "", '"text"']), min_size=1, max_size=4),
    rows=st.lists(st.lists(st.one_of(words, st.just(SENTENCE)), max_size=5), max_size=6),
    noise=st.binary(max_size=20),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]),
)
def test_csv_corpora(ingester, tmp_path, header, rows, noise, encoding):
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    ingest_one(ingester, tmp_path, "rows.csv", _encoded(out.getvalue(), encoding) + noise)


# --------------------------------------------------------------------------- WARC


def _warc(records: list[tuple[str, int, str]], gzip: bool, cut: float | None, flip: int | None) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for number, (page, status, content_type) in enumerate(records):
        headers = StatusAndHeaders(f"{status} X", [("Content-Type", content_type)], protocol="HTTP/1.1")
        payload = io.BytesIO(page.encode("utf-8", "replace"))
        writer.write_record(writer.create_warc_record(f"https://a.example/{number}", "response", payload=payload, http_headers=headers))
    data = out.getvalue()
    if flip is not None and data:
        position = flip % len(data)
        data = data[:position] + bytes([data[position] ^ 0x5A]) + data[position + 1 :]
    return data[: int(len(data) * cut)] if cut else data


warc_records = st.lists(
    st.tuples(pages, st.sampled_from([200, 404, 301]), st.sampled_from(["text/html", "text/html; charset=koi8-u", "image/png", "text/plain"])),
    min_size=0, max_size=4,
)  # fmt: skip


@FUZZ
@given(records=warc_records, gzip=st.booleans(), cut=st.none() | st.floats(0.0, 1.0), flip=st.none() | st.integers(0, 10**6))
def test_warc_files(ingester, tmp_path, records, gzip, cut, flip):
    ingest_one(ingester, tmp_path, "crawl.warc.gz" if gzip else "crawl.warc", _warc(records, gzip, cut, flip))
