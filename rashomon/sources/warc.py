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
# Longest header block (a record's WARC header or its HTTP header: the lines up to a blank one) read. Real ones
# are a few KiB; warcio reads a line until its newline, so a file of one endless "header" would fill memory.
MAX_HEADER_BYTES = 1 << 20


def read_warc(stream: BinaryIO, path: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    records = _archive_records(stream)
    seen_any = False
    while True:
        offset = str(records.offset)  # where the next record starts, once the previous one is read to its end
        try:
            record = next(records)
            seen_any = True
            payload = _html_payload(record, options.max_bytes)
            # Only after the payload is read: warcio finds the offset by reading to the record's end.
            offset = str(records.get_record_offset())
            _check_complete(record)
        except StopIteration:
            # warcio reads a record cut inside its headers (or its gzip member) as the end of the file.
            if seen_any and int(offset) < _size(stream):
                yield SourceFailure(path, "truncated WARC: the file ends inside a record; the records after it are lost", offset)
            break
        except Exception as exc:  # noqa: BLE001 - warcio fails on damage with many types (even AttributeError)
            where = "" if seen_any else " (not a WARC file?)"
            yield SourceFailure(path, f"malformed or truncated WARC{where}: {_one_line(exc)}", offset)
            return
        if payload is not None:
            yield _record_item(record, payload, path, offset, options)
    if not seen_any:
        yield SourceFailure(path, "empty WARC file")


def _archive_records(stream: BinaryIO):
    """warcio's record iterator, reading headers through a reader that bounds them (``MAX_HEADER_BYTES``)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class BoundedHeaderReader(DecompressingBufferedReader):
        """Lines (warcio reads only headers and the blank lines between records by line) count against one
        header's budget, renewed at each blank line."""

        header_bytes = 0

        def readline(self, length=None):
            room = MAX_HEADER_BYTES - self.header_bytes + 1
            line = super().readline(room if not length or length > room else length)
            self.header_bytes = self.header_bytes + len(line) if line.strip() else 0
            if self.header_bytes > MAX_HEADER_BYTES:
                raise SourceError(f"a record's header runs past {MAX_HEADER_BYTES:,} bytes without ending")
            return line

    records = ArchiveIterator(stream)
    records.reader = BoundedHeaderReader(records.fh, block_size=records.reader.block_size)
    return records


def _size(stream: BinaryIO) -> int:
    position = stream.tell()
    try:
        return stream.seek(0, 2)
    finally:
        stream.seek(position)


def _check_complete(record) -> None:
    """Raise when the file ended before the record's declared length: warcio itself stops there silently."""
    if not record.rec_type or not hasattr(record.raw_stream, "limit"):  # no length: the header is cut short
        raise EOFError("the file ends inside a record's header; the records after it are lost")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        raise EOFError(f"the file ends {missing:,} bytes before the end of this record; the records after it are lost")


_TOO_LARGE = object()  # payload marker: the record is longer than the limit


def _html_payload(record, limit: int) -> bytes | object | None:
    """The HTTP body of an HTML response record (_TOO_LARGE past ``limit``); None for any other record."""
    if record.format == "arc" and "://" not in (record.rec_headers.get_header("uri") or ""):
        raise ValueError("the record has no WARC or ARC header")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or not content_type.startswith(_HTML_TYPES):
        return None
    stream, chunks, size = record.content_stream(), [], 0
    while chunk := stream.read(65536):  # warcio's reads return short chunks
        size += len(chunk)
        if size > limit:
            return _TOO_LARGE
        chunks.append(chunk)
    return b"".join(chunks)


def _record_item(record, payload, path: str, offset: str, options: SourceOptions) -> Document | SourceFailure:
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{offset} ({url})" if url else offset
    if payload is _TOO_LARGE:
        return SourceFailure(path, f"record exceeds the {options.size_limit_text()} limit", where)
    if record.rec_headers.get_header("WARC-Truncated"):
        return SourceFailure(path, f"record was truncated by the crawler ({record.rec_headers.get_header('WARC-Truncated')})", where)
    charset = None
    for part in (record.http_headers.get_header("Content-Type") or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip("\"' ")
    try:
        return page_document(
            payload,
            path,
            url=url,
            charset=charset,
            locator=offset,
            published=parse_published(record.rec_headers.get_header("WARC-Date")),
            seconds=options.max_seconds,
        )
    except SourceError as exc:
        return SourceFailure(path, exc.message, where)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
