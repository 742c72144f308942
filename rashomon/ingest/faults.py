"""Fault injection for crash-safety tests: abort the process hard after N commits.

Set ``RASHOMON_FAULT_ABORT_AFTER_COMMITS=N`` (or ``IngestOptions.abort_after_commits``)
and ingestion ends the process with ``os._exit(ABORT_EXIT_STATUS)`` right
after its N-th commit, without unwinding, flushing or closing anything, as a
kill would. Nothing to do with normal use.
"""

from __future__ import annotations

import os

from rashomon.errors import UsageError

ABORT_ENV = "RASHOMON_FAULT_ABORT_AFTER_COMMITS"
ABORT_EXIT_STATUS = 70


def abort_after_commits_from_env() -> int | None:
    value = os.environ.get(ABORT_ENV, "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise UsageError(f"{ABORT_ENV} must be a whole number of commits, got {value!r}")
    return int(value)


class CommitCounter:
    """Counts commits and aborts the process once ``abort_after`` is reached (None: never)."""

    def __init__(self, abort_after: int | None):
        self.abort_after = abort_after
        self.commits = 0

    def committed(self) -> None:
        self.commits += 1
        if self.abort_after is not None and self.commits >= self.abort_after:
            os._exit(ABORT_EXIT_STATUS)
