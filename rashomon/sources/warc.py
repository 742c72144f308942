"""WARC / WARC.gz (e.g. Common Crawl's CC-NEWS): each HTML ``response`` record is an article.

Other records (requests, metadata, images, redirects) are not articles and are
passed over silently. A record the reader cannot parse ends the file: WARC has
no way to find the next record boundary reliably after damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from rashomon.errors import SourceError
from rashomon.model import Document, SourceFailure
from rashomon.sources.html import page_document
from rashomon.sources.options import SourceOptions
from rashomon.sources.values import parse_published

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, path: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream)
    offset = "0"
    seen_any = False
    while True:
        try:
            record = next(records)
            offset = str(records.get_record_offset())
            seen_any = True
            item = _record_item(record, path, offset, options)
        except StopIteration:
            break
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            where = "" if seen_any else " (not a WARC file?)"
            yield SourceFailure(path, f"malformed or truncated WARC{where}: {_one_line(exc)}", offset)
            return
        if item is not None:
            yield item
    if not seen_any:
        yield SourceFailure(path, "empty WARC file")


def _record_item(record, path: str, offset: str, options: SourceOptions) -> Document | SourceFailure | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or not content_type.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{offset} ({url})" if url else offset
    # Read one byte past the limit to tell "exactly at" from "over".
    body = record.content_stream().read(options.max_bytes + 1)
    if len(body) > options.max_bytes:
        return SourceFailure(path, f"record exceeds the {options.size_limit_text()} limit", where)
    if record.rec_headers.get_header("WARC-Truncated"):
        return SourceFailure(path, f"record was truncated by the crawler ({record.rec_headers.get_header('WARC-Truncated')})", where)
    charset = None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key == "charset":
            charset = value.strip("\"' ")
    try:
        return page_document(
            body,
            path,
            url=url,
            charset=charset,
            locator=offset,
            published=parse_published(record.rec_headers.get_header("WARC-Date")),
        )
    except SourceError as exc:
        return SourceFailure(path, exc.message, where)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
