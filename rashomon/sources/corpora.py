"""JSONL and CSV/TSV corpora: one article per line or row, fields mapped by SourceOptions.

Both are read incrementally; a bad row is a SourceFailure with the row number
as locator, and the rest of the corpus goes on.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from rashomon.errors import SourceError
from rashomon.model import Document, SourceFailure
from rashomon.sources.bounds import check_markup
from rashomon.sources.options import SourceOptions
from rashomon.sources.values import normal_language, parse_published

_LOOKS_HTML = re.compile(r"^\s*<(?:!doctype|html|body|div|p|article|section)[\s>]", re.I)


def read_jsonl(stream: BinaryIO, path: str, options: SourceOptions) -> Iterator[Document | SourceFailure]:
    for number, line in enumerate(_bounded_lines(stream, options.max_bytes), start=1):
        locator = str(number)
        if line is None:
            yield SourceFailure(path, f"line exceeds the {options.size_limit_text()} limit", locator)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError:
            yield SourceFailure(path, "line is not UTF-8", locator)
            continue
        except json.JSONDecodeError as exc:
            yield SourceFailure(path, f"malformed JSON ({exc.msg} at column {exc.colno})", locator)
            continue
        except ValueError as exc:  # e.g. an integer longer than Python converts (4,300 digits)
            yield SourceFailure(path, f"unreadable JSON value ({_reason(exc).split(';')[0]})", locator)
            continue
        except RecursionError:
            yield SourceFailure(path, "JSON nested too deeply to read", locator)
            continue
        if not isinstance(record, dict):
            yield SourceFailure(path, f"line is a JSON {type(record).__name__}, not an object", locator)
            continue
        yield _row_document(record, line, path, locator, options)


def read_csv(stream: BinaryIO, path: str, options: SourceOptions, delimiter: str = ",") -> Iterator[Document | SourceFailure]:
    lines = _DecodedLines(stream, options.max_bytes)
    # csv's own per-field limit is process-wide; only ever raise it, to the item limit, so
    # articles up to that size read and bigger fields are refused by the csv module itself.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield SourceFailure(path, f"unreadable header ({_reason(exc)})")
        return
    if lines.problem:
        yield SourceFailure(path, f"unreadable header ({lines.problem})")
        return
    if not header:
        yield SourceFailure(path, "empty file")
        return
    if options.text_field not in header:
        yield SourceFailure(
            path, f"no {options.text_field!r} column (columns: {', '.join(header)}); name the text column with --text-field"
        )
        return
    number = 0
    while True:
        number += 1
        lines.problem = None
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # The reader cannot resynchronise after a broken quote.
            yield SourceFailure(path, f"unreadable row ({_reason(exc)}); the rest of the file is skipped", str(number))
            return
        if lines.problem:
            yield SourceFailure(path, f"unreadable row ({lines.problem})", str(number))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield SourceFailure(path, f"row has {len(row)} cells, the header has {len(header)}", str(number))
            continue
        record = dict(zip(header, row))
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
        if len(raw) > options.max_bytes:
            yield SourceFailure(path, f"row exceeds the {options.size_limit_text()} limit", str(number))
            continue
        yield _row_document(record, raw, path, str(number), options)


class _DecodedLines:
    """The lines of a CSV file as text, each decoded on its own, so one bad byte costs only its row.

    ``problem`` says why a line since it was last cleared could not be read (not UTF-8, too long). A line
    that is not UTF-8 reaches the csv reader with replacement characters, so its quotes still delimit
    the row; a line over the limit, unread, as an empty line.
    """

    def __init__(self, stream: BinaryIO, max_bytes: int):
        self._lines = _bounded_lines(stream, max_bytes)
        self._first = True
        self.problem: str | None = None

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        encoding, self._first = ("utf-8-sig" if self._first else "utf-8"), False
        if line is None:
            self.problem = "line exceeds the size limit"
            return "\n"
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            self.problem = "not UTF-8"
            return line.decode(encoding, errors="replace")


def _row_document(record: dict, raw: bytes, path: str, locator: str, options: SourceOptions) -> Document | SourceFailure:
    body = record.get(options.text_field)
    if body is None:
        return SourceFailure(path, f"no {options.text_field!r} field; name the text field with --text-field", locator)
    if not isinstance(body, str):
        return SourceFailure(path, f"field {options.text_field!r} is not a string", locator)
    body = body.replace("\x00", "")  # a NUL is never text; stored, it would cut the article short elsewhere
    if not body.strip():
        return SourceFailure(path, f"field {options.text_field!r} is empty", locator)
    is_html = bool(_LOOKS_HTML.match(body))
    if is_html:
        try:
            check_markup(body)
        except SourceError as exc:
            return SourceFailure(path, exc.message, locator)
    return Document(
        path=path,
        raw=raw,
        html=body if is_html else None,
        text=None if is_html else body,
        url=_string(record.get(options.url_field)),
        title=_string(record.get(options.title_field)),
        author=_string(record.get(options.author_field)),
        published=_date(record.get(options.date_field)),
        source=_string(record.get(options.source_field)),
        language=normal_language(record.get(options.lang_field)),
        locator=locator,
    )


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of at most ``max_bytes``; None stands for a longer line, which is skipped unread."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _string(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # e.g. several authors
        value = ", ".join(str(v) for v in value if v)
    value = " ".join(str(value).replace("\x00", "").split())
    return value or None


def _date(value):
    try:
        return parse_published(value)
    except (ValueError, OverflowError):
        return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8"
    return " ".join(str(exc).split())
