"""What every command shares: --db, JSON output on stdout, messages on stderr, exit codes.

Exit status: 0 all went well, 1 some items failed, 2 usage errors. With
``--json`` stdout carries only JSON (one object per line); progress, warnings
and summaries go to stderr.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from datetime import date, datetime
from functools import wraps

import click
from rich.console import Console
from rich.markup import escape

from rashomon.errors import NotFoundError, RashomonError, StoreError, UsageError

# Everything for people goes to stderr, so stdout stays clean for JSON and pipes.
err = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# C0 and C1 controls, DEL, and the bidirectional overrides: untrusted text (paths, reasons quoting an input)
# must not move the cursor, recolour the terminal or reorder what the user reads.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``), for one line on a terminal."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), str(text))


def db_option(func):
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        envvar="RASHOMON_DB",
        metavar="FILE|URL",
        help="SQLite database file, or postgresql://USER@HOST/DATABASE (default: $RASHOMON_DB or "
        "~/.local/share/rashomon/rashomon.db).",
    )(func)


def json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON object per line on stdout.")(func)


def to_jsonable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def emit_json(obj) -> None:
    """One JSON object on one stdout line."""
    sys.stdout.write(json.dumps(to_jsonable(obj), ensure_ascii=False) + "\n")


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {escape(terminal_safe(message))}", markup=True, soft_wrap=True)


def fail_line(item: str, reason: str) -> None:
    """The one line on stderr for an item that failed; item and reason are untrusted, shown literally."""
    err.print(f"[red]failed:[/] {escape(terminal_safe(item))}: {escape(terminal_safe(reason))}", markup=True, soft_wrap=True)


def open_db(db):
    from rashomon.store import open_store

    return open_store(db)


def handles_errors(func):
    """Turn Rashomon's errors into one clear stderr line and the right exit status."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (UsageError, NotFoundError) as exc:
            err.print(f"[red]error:[/] {escape(terminal_safe(exc))}", markup=True, soft_wrap=True)
            sys.exit(EXIT_USAGE)
        except (StoreError, RashomonError) as exc:
            err.print(f"[red]error:[/] {escape(terminal_safe(exc))}", markup=True, soft_wrap=True)
            sys.exit(EXIT_FAILED)

    return wrapper
