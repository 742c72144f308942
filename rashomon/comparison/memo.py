"""A bounded least-recently-used map for what one process derives from stored articles again and again.

Comparing a story that grew re-reads every article it had: its analysis (sentences, times, quotes)
and its statements. Kept per process under the article's ID and content hash, a grown story costs
only its new articles (and the alignment, which is matrix products). Entity corrections made since
reach a kept article when the process restarts, as they reach a story's cached comparison when the
story next changes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Generic, TypeVar

T = TypeVar("T")


class Memo(Generic[T]):
    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict[Hashable, T] = OrderedDict()
        self._lock = Lock()

    def peek(self, key: Hashable) -> T | None:
        """The kept value, or None; keeps it as it was (neither made nor refreshed)."""
        with self._lock:
            return self._items.get(key)

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
