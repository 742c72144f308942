"""Reading news from anything a user points at, one item at a time.

``read(inputs)`` streams Documents (and SourceFailures for bad items) from
folders, plain-text, HTML, RSS/Atom, JSONL, CSV/TSV and WARC files, and http(s)
URLs. Nothing is loaded whole: corpora go line by line, row by row, record by
record; folders file by file in sorted order. Each input's kind comes from its
extension, or from sniffing its first bytes when the extension says nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from rashomon.errors import SourceError
from rashomon.model import Document, SourceFailure
from rashomon.sources.corpora import read_csv, read_jsonl
from rashomon.sources.decoding import decode_text, looks_binary
from rashomon.sources.feeds import FEED_TYPES, looks_like_feed, read_feed
from rashomon.sources.fetch import FetchedPage, check_url, fetch, is_http_url, url_problem
from rashomon.sources.html import page_document
from rashomon.sources.options import SourceOptions
from rashomon.sources.warc import read_warc

__all__ = [
    "SourceOptions", "read", "read_url", "fetch", "FetchedPage", "input_kind", "is_http_url", "url_problem", "check_url",
]

_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}  # fmt: skip


def read(inputs: Iterable[str], options: SourceOptions | None = None) -> Iterator[Document | SourceFailure]:
    """Every article in ``inputs`` (paths and URLs), in order; bad items come as SourceFailure."""
    options = options or SourceOptions()
    for given in inputs:
        if is_http_url(given):
            yield from read_url(given, options)
        elif os.path.isdir(given):
            yield from _read_folder(given, options)
        elif os.path.exists(given):
            yield from _read_file(given, options)
        else:
            yield SourceFailure(given, "no such file or folder")


def input_kind(path: str, head: bytes = b"") -> str:
    """text, html, feed, jsonl, csv, tsv or warc — by extension, else by the first bytes."""
    lower = path.lower()
    for extension in (".warc.gz", ".arc.gz"):
        if lower.endswith(extension):
            return "warc"
    kind = _EXTENSIONS.get(os.path.splitext(lower)[1])
    if kind == "feed" and head and not looks_like_feed(head):
        return "html" if _looks_html(head) else "feed"
    return kind or _sniff(head)


def _read_folder(folder: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    unreadable: list[OSError] = []
    for directory, subdirectories, files in os.walk(folder, onerror=unreadable.append):
        while unreadable:
            error = unreadable.pop(0)
            yield SourceFailure(error.filename or directory, f"cannot read the folder ({error.strerror or error})")
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):  # .DS_Store, editor swap files
                yield from _read_file(os.path.join(directory, name), options)
    for error in unreadable:
        yield SourceFailure(error.filename or folder, f"cannot read the folder ({error.strerror or error})")


def _read_file(path: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    try:
        with _open_regular(path) as stream:
            head = stream.read(4096)
            kind = input_kind(path, head)
            if not head:
                yield SourceFailure(path, "empty file")
                return
            stream.seek(0)
            if kind == "warc":
                yield from _not_silent(read_warc(stream, path, options), path, "no HTML page in the WARC file")
            elif kind == "jsonl":
                yield from _not_silent(read_jsonl(stream, path, options), path, "no records, only blank lines")
            elif kind in ("csv", "tsv"):
                rows = read_csv(stream, path, options, delimiter="\t" if kind == "tsv" else ",")
                yield from _not_silent(rows, path, "no rows under the header, or only blank ones")
            elif len(raw := stream.read(options.max_bytes + 1)) > options.max_bytes:
                yield SourceFailure(path, f"file exceeds the {options.size_limit_text()} limit")
            else:
                yield from _read_single(raw, path, kind, options)
    except SourceError as exc:
        yield SourceFailure(path, exc.message)
    except OSError as exc:
        yield SourceFailure(path, f"cannot read the file ({exc.strerror or exc})")


def _not_silent(items: Iterator, path: str, reason: str) -> Iterator[Document | SourceFailure]:
    """``items``, or one failure with ``reason`` when there are none: every input gets a word."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield SourceFailure(path, reason)


_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))  # fmt: skip


def _open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading; SourceError unless it is a regular file.

    Opened without blocking and checked on the open descriptor: a FIFO would block the run forever,
    and a device (``/dev/zero``) reports size 0 while it never ends.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            what = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
            raise SourceError(f"not a regular file but {what}; only files and folders are read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _read_single(raw: bytes, path: str, kind: str, options: SourceOptions, url: str | None = None, charset: str | None = None):
    """One whole item already in memory: a feed, an HTML page or a plain text."""
    if kind == "feed":
        yield from read_feed(raw, path, options)
        return
    try:
        if kind == "html":
            yield page_document(raw, path, url=url, charset=charset, seconds=options.max_seconds)
        else:
            yield _text_document(raw, path, url, charset)
    except SourceError as exc:
        yield SourceFailure(path, exc.message)


def _text_document(raw: bytes, path: str, url: str | None, charset: str | None) -> Document:
    text = decode_text(raw, charset)
    if not text.strip():
        raise SourceError("empty text")
    return Document(path=path, raw=raw, text=text, url=url)


def read_url(url: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    """The article(s) at an http(s) URL: a page, a text or a feed's entries. Never opens a local path."""
    try:
        page = fetch(url, options)
    except SourceError as exc:
        yield SourceFailure(url, exc.message.removeprefix(f"{url}: "))
        return
    if not page.body.strip():
        yield SourceFailure(url, "the server sent an empty page")
        return
    body = page.body
    if page.content_type in FEED_TYPES or looks_like_feed(body[:2048]):
        kind = "feed"
    elif "html" in page.content_type or _looks_html(body[:2048]):
        kind = "html"
    elif page.content_type.startswith("text/"):
        kind = "text"
    else:
        yield SourceFailure(url, f"unsupported content type {page.content_type or 'unknown'!r}; expected a web page or a feed")
        return
    yield from _read_single(body, url, kind, options, url=page.final_url, charset=page.charset)


def _sniff(head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"\x1f\x8b")):
        return "warc"  # gzip outside a .warc.gz name is most likely a renamed WARC
    if looks_like_feed(head):
        return "feed"
    if _looks_html(head):
        return "html"
    if stripped.startswith(b"{") and not looks_binary(head):
        return "jsonl"
    return "text"


def _looks_html(head: bytes) -> bool:
    text = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in text[:512]
