"""Regression tests for issue #12 (reading): hostile and broken files never stop a run, hang it or exhaust memory.

Each test feeds the input an attacker or a careless user would, through ``read`` or the real CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from rashomon.model import Document, SourceFailure
from rashomon.sources import SourceOptions, read

ROOT = Path(__file__).parent.parent
OFFLINE = SourceOptions(fetch_feed_pages=False)
STORY = "Port workers in Odesa went on strike on Monday, the union said, and grain exports stopped."


def read_all(*inputs, options=OFFLINE):
    return list(read([str(i) for i in inputs], options))


def run_cli(*args, timeout=120, memory_bytes=None):
    """`rashomon …` in a child process (with a memory cap, so a regression fails instead of swapping)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    limit = None
    if memory_bytes:
        import resource

        def limit():
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))

    return subprocess.run(
        [sys.executable, "-m", "rashomon", *args], capture_output=True, text=True, timeout=timeout, env=env,
        preexec_fn=limit,
    )  # fmt: skip


# --------------------------------------------------------------------------- 1. JSONL


def test_a_jsonl_integer_of_5000_digits_fails_its_line_and_the_run_goes_on(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"text": STORY})[:-1] + ', "n": ' + "9" * 5000 + "}\n"
        + "[" * 100_000 + "\n"
        + json.dumps({"text": STORY.replace("Monday", "Tuesday")}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "later.txt").write_text(STORY.replace("Odesa", "Izmail"), encoding="utf-8")
    items = read_all(tmp_path)
    failures = [i for i in items if isinstance(i, SourceFailure)]
    assert [(f.locator, f.reason.split(" (")[0]) for f in failures] == [
        ("1", "unreadable JSON value"),
        ("2", "JSON nested too deeply to read"),
    ]
    assert "4300 digits" in failures[0].reason and "sys.set_int_max_str_digits" not in failures[0].reason
    assert [i.locator for i in items if isinstance(i, Document)] == ["3", None]  # the rest of the folder is read


# --------------------------------------------------------------------------- 2. attributes, nesting, time


def _page(body: str) -> str:
    return f"<html><head><title>Strike</title></head><body>{body}</body></html>"


def test_an_element_with_200000_attributes_is_refused_at_once(tmp_path):
    attributes = " ".join(f'a{i}="1"' for i in range(200_000))
    page = tmp_path / "attrs.html"
    page.write_text(_page(f"<p {attributes}>{STORY}</p>"), encoding="utf-8")
    assert page.stat().st_size > 2_000_000
    started = time.monotonic()
    (failure,) = read_all(page)
    assert time.monotonic() - started < 10  # libxml2 took minutes
    assert failure.reason == "one <p> element has 200,000 attributes, more than the 1,000 read"


def test_a_page_with_many_attributes_in_bounds_is_read(tmp_path):
    attributes = " ".join(f'data-x{i}="a b > c"' for i in range(900))
    page = tmp_path / "ok.html"
    page.write_text(_page(f"<p {attributes}>{STORY}</p>" + "<div>" * 200 + "deep" + "</div>" * 200), encoding="utf-8")
    (document,) = read_all(page)
    assert isinstance(document, Document) and document.title == "Strike"


def test_100000_levels_of_nesting_are_named_as_such(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text(_page("<div>" * 100_000 + STORY + "</div>" * 100_000), encoding="utf-8")
    (failure,) = read_all(page)
    assert failure.reason == "elements nested more than 250 levels deep, deeper than the HTML parser reads"


def test_unclosed_paragraphs_and_list_items_do_not_count_as_nesting(tmp_path):
    page = tmp_path / "flat.html"
    page.write_text(_page("<ul>" + "<li>item" * 600 + "</ul>" + f"<p>{STORY}" * 400), encoding="utf-8")
    assert isinstance(read_all(page)[0], Document)


def test_a_read_that_runs_past_its_time_is_abandoned_with_a_failure_naming_the_item(tmp_path, monkeypatch):
    def endless_metadata(tree):  # stands for any parse that never ends, whatever the cause
        while True:
            pass

    monkeypatch.setattr("rashomon.sources.html.read_page_metadata", endless_metadata)
    page = tmp_path / "slow.html"
    page.write_text(_page(f"<p>{STORY}</p>"), encoding="utf-8")
    (tmp_path / "next.txt").write_text(STORY, encoding="utf-8")
    document, failure = read_all(tmp_path, options=SourceOptions(fetch_feed_pages=False, max_seconds=0.5))
    assert failure.path == str(page)
    assert failure.reason == "reading the page took more than 0.5 s and was abandoned"
    assert document.path == str(tmp_path / "next.txt")


@pytest.mark.parametrize(
    "inside, reason",
    [
        ('<description a0="1" ' + " ".join(f'a{i}="1"' for i in range(1, 200_000)) + f">{STORY}</description>", "200,000 attributes"),
        ("<x>" * 100_000 + "</x>" * 100_000 + f"<description>{STORY}</description>", "nested more than 250 levels"),
    ],
)
def test_a_feed_with_an_absurd_element_is_refused_at_once(tmp_path, inside, reason):
    feed = tmp_path / "feed.rss"
    feed.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item>{inside}</item></channel></rss>")
    started = time.monotonic()
    (failure,) = read_all(feed)
    assert time.monotonic() - started < 10  # feedparser took over a minute on the attributes
    assert reason in failure.reason


def test_the_time_limit_is_the_users_to_set(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from rashomon.interfaces.cli import main

    def endless_metadata(tree):
        while True:
            pass

    monkeypatch.setattr("rashomon.sources.html.read_page_metadata", endless_metadata)
    page = tmp_path / "slow.html"
    page.write_text(_page(f"<p>{STORY}</p>"), encoding="utf-8")
    args = ["ingest", "--db", str(tmp_path / "x.db"), "--no-stories", "--max-seconds", "0.5", str(page)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert f"failed: {page}: reading the page took more than 0.5 s and was abandoned" in result.output


def test_an_html_row_of_a_corpus_is_bounded_too(tmp_path):
    corpus = tmp_path / "rows.jsonl"
    corpus.write_text(json.dumps({"text": "<div>" * 1000 + STORY}) + "\n", encoding="utf-8")
    (failure,) = read_all(corpus)
    assert failure.locator == "1" and "nested more than 250 levels" in failure.reason


# --------------------------------------------------------------------------- 3, 4. FIFOs and devices


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_a_folder_is_a_failure_and_later_files_are_read(tmp_path):
    os.mkfifo(tmp_path / "a-pipe.txt")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("ingest", "--db", str(tmp_path / "x.db"), "--no-stories", "--stages", "language", str(tmp_path), timeout=60)
    assert "failed: " + str(tmp_path / "a-pipe.txt") + ": not a regular file but a named pipe (FIFO)" in result.stderr
    assert "stored 1," in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_instead_of_read_until_memory_runs_out(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    result = run_cli(
        "ingest", "--db", str(tmp_path / "x.db"), "--no-stories", "/dev/zero", str(tmp_path),
        timeout=60, memory_bytes=3 * 1024**3,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "failed: /dev/zero: not a regular file but a character device" in result.stderr
    assert f"failed: {tmp_path / 'zero.txt'}: not a regular file but a character device" in result.stderr


def test_a_file_larger_than_the_limit_is_refused_whatever_its_size_says(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(STORY * 100, encoding="utf-8")
    (failure,) = read_all(big, options=SourceOptions(max_bytes=1000))
    assert failure.reason == "file exceeds the 1 kB limit"


# --------------------------------------------------------------------------- 5. WARC


def _warc_of_ten(path: Path) -> bytes:
    from test_sources_read import PAGE, _warc

    pages = [(f"https://a.example/{i}", PAGE + b"<!-- " + str(i).encode() * 3000 + b" -->", "text/html") for i in range(10)]
    return _warc(path, pages).read_bytes()


def test_a_warc_gz_cut_anywhere_loses_no_record_silently(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    data = _warc_of_ten(tmp_path / "whole.warc.gz")
    with open(tmp_path / "whole.warc.gz", "rb") as stream:
        records = ArchiveIterator(stream)
        responses = [records.get_record_offset() for record in records if record.rec_type == "response"]
    cuts_with_loss = 0
    for cut in range(len(data) // 2, len(data), 37):
        (tmp_path / "cut.warc.gz").write_bytes(data[:cut])
        items = read_all(tmp_path / "cut.warc.gz")
        read_offsets = [int(i.locator) for i in items if isinstance(i, Document)]
        begun = [start for start in responses if start < cut]
        assert read_offsets == begun[: len(read_offsets)]
        if len(read_offsets) < len(begun):  # a response lost to the cut: said so, at that record
            cuts_with_loss += 1
            failure = items[-1]
            assert isinstance(failure, SourceFailure) and "truncated WARC" in failure.reason, (cut, failure)
            assert int(failure.locator) == begun[len(read_offsets)]
    assert cuts_with_loss > 40


def _gzip_member(start: bytes, repeated: bytes, times: int) -> bytes:
    """A gzip member of ``start`` and then ``repeated`` ``times`` times, compressed without holding it whole."""
    packer = zlib.compressobj(wbits=31)
    parts = [packer.compress(start)] + [packer.compress(repeated) for _ in range(times)]
    return b"".join(parts) + packer.flush()


@pytest.mark.parametrize(
    "repeated, times",
    [(b"a" * (1 << 20), 256), (b"X-Many: b\r\n" * (1 << 16), 256)],  # one endless line; 16 M lines, none blank
    ids=["long line", "many lines"],
)
def test_a_warc_header_that_never_ends_is_refused_within_bounded_memory(tmp_path, repeated, times):
    import tracemalloc

    from test_sources_read import PAGE, _warc

    good = _warc(tmp_path / "good.warc.gz", [("https://a.example/1", PAGE, "text/html")]).read_bytes()
    warc = tmp_path / "endless.warc.gz"
    warc.write_bytes(good + _gzip_member(b"WARC/1.0\r\nWARC-Type: response\r\nX-Endless: ", repeated, times))
    tracemalloc.start()
    try:
        document, failure = read_all(warc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert document.title == "Village gets a new school"
    assert failure.locator == str(len(good))
    assert "header runs past 1,048,576 bytes without ending" in failure.reason
    assert peak < 64 << 20  # the header is 256 MiB and more


# --------------------------------------------------------------------------- 13. reading


def test_one_bad_byte_in_a_csv_row_costs_only_that_row(tmp_path):
    corpus = tmp_path / "rows.csv"
    corpus.write_bytes(
        b'text,title\n"' + STORY.encode() + b'",One\nSecond \xff row,Two\n"' + STORY.replace("Odesa", "Izmail").encode()
        + b"\nover two lines\",Three\n"
    )  # fmt: skip
    items = read_all(corpus)
    assert [(type(i).__name__, i.locator) for i in items] == [("Document", "1"), ("SourceFailure", "2"), ("Document", "3")]
    assert items[1].reason == "unreadable row (not UTF-8)"
    assert items[2].text.endswith("over two lines")


def test_nul_bytes_never_reach_a_stored_text(tmp_path):
    (tmp_path / "rows.csv").write_bytes(b"text,title\nPort\x00 workers went on strike,T\x00itle\n")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"text": "Grain\u0000 exports stopped", "title": "A\u0000"}) + "\n")
    documents = read_all(tmp_path)
    assert [(d.text, d.title) for d in documents] == [("Port workers went on strike", "Title"), ("Grain exports stopped", "A")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [STORY, "Працівники порту в Одесі оголосили страйк у понеділок, повідомила профспілка."])
def test_utf16_without_a_bom_is_read_as_text(tmp_path, encoding, text):
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode(encoding))
    (document,) = read_all(path)
    assert document.text == text


def test_random_bytes_with_nuls_are_still_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 8)
    (failure,) = read_all(path)
    assert failure.reason == "binary content, not text"


def test_failed_lines_escape_control_characters_from_untrusted_input(tmp_path):
    corpus = tmp_path / "evil\x1b[2J.csv"
    corpus.write_bytes(b"\x1b]0;owned\x07title,\x1b[31mred\nx,y\n")
    result = run_cli("ingest", "--db", str(tmp_path / "x.db"), "--no-stories", str(corpus), timeout=60)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert line == (
        f"failed: {tmp_path}/evil\\x1b[2J.csv: no 'text' column (columns: \\x1b]0;owned\\x07title, \\x1b[31mred);"
        " name the text column with --text-field"
    )


# --------------------------------------------------------------------------- analysis time


def test_an_analysis_that_runs_past_its_time_is_abandoned_and_the_run_goes_on(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from rashomon.analysis import quotes
    from rashomon.interfaces.cli import main

    real_extract = quotes.extract_quotes

    def endless_on_izmail(text, *args, **kwargs):  # stands for any stage's rules that never end on some text
        while "Izmail" in text:
            pass
        return real_extract(text, *args, **kwargs)

    monkeypatch.setattr(quotes, "extract_quotes", endless_on_izmail)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("Odesa", "Izmail"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    db = tmp_path / "x.db"
    started = time.monotonic()
    # Generous: the first article's analysis loads the dictionaries.
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--max-seconds", "5", str(tmp_path)])
    assert time.monotonic() - started < 60
    assert result.exit_code == 1, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert failed == [
        f"failed: {tmp_path / 'b.txt'}: analysing the article took more than 5 s (in its quotes stage) and was abandoned"
    ]
    import rashomon

    with rashomon.open(str(db)) as workspace:
        assert sorted(a.path for a in workspace.articles()) == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]


def test_every_stage_runs_within_the_time_given(monkeypatch):
    from rashomon.analysis import Analyzer, AnalyzerOptions
    from rashomon.analysis import sentences
    from rashomon.sources.bounds import ItemTimeout

    def endless(text, language):
        while True:
            pass

    monkeypatch.setattr(sentences, "split_sentences", endless)
    with pytest.raises(ItemTimeout, match=r"took more than 0.5 s \(in its sentences stage\)"):
        Analyzer(AnalyzerOptions(("sentences",), seconds=0.5)).analyze(STORY, "en")
