"""Bounds on reading one item beyond its size: markup shape and time.

libxml2, which parses every page, checks each new attribute against the element's earlier ones,
so its time grows with the square of an element's attribute count (200,000 attributes: minutes),
and it gives up silently below 256 levels of nesting. ``check_markup`` refuses such pages before
they are parsed, with a reason a user can act on. ``time_limit`` abandons work on one item that
still runs too long; it interrupts Python code, so C code (the parser) is bounded by the checks.
"""

from __future__ import annotations

import ctypes
import re
import threading
from contextlib import contextmanager

from rashomon.errors import SourceError

# Real pages carry a few dozen attributes on an element at most.
MAX_ATTRIBUTES = 1000
# libxml2's HTML parser stops at 256 open elements and loses the page.
MAX_DEPTH = 250
# Seconds one item may take to read or clean before it is abandoned.
ITEM_SECONDS = 60.0

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)([^>]*)>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE = re.compile(r"[^\s=/]+(?:\s*=\s*[^\s]*)?")
# Elements without content, and elements a new sibling of the same name closes (their end tag is optional).
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr !doctype".split())
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd option tr td th".split())


def check_markup(html: str) -> None:
    """Raise SourceError when an element of ``html`` has too many attributes or nests too deep."""
    depth, open_tags = 0, []
    for match in _TAG.finditer(html):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if len(rest) > 2 * MAX_ATTRIBUTES:
            count = len(_ATTRIBUTE.findall(_QUOTED.sub("v", rest)))
            if count > MAX_ATTRIBUTES:
                raise SourceError(f"one <{name[:40]}> element has {count:,} attributes, more than the {MAX_ATTRIBUTES:,} read")
        if closing:
            if name in open_tags:
                del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name) :]
            continue
        if name in _VOID or rest.rstrip().endswith("/"):
            continue
        if open_tags and open_tags[-1] == name and name in _SELF_CLOSING_SIBLINGS:
            open_tags.pop()
        open_tags.append(name)
        depth = max(depth, len(open_tags))
        if depth > MAX_DEPTH:
            raise SourceError(f"elements nested more than {MAX_DEPTH} levels deep, deeper than the HTML parser reads")


class ItemTimeout(SourceError):
    """Work on one item ran past its time limit and was abandoned."""


class _Expired(BaseException):
    """Raised into the working thread; a BaseException, so the work's own ``except Exception`` lets it pass."""


@contextmanager
def time_limit(seconds: float | None, what: str):
    """Raise ItemTimeout if the block runs longer than ``seconds`` (None or 0: no limit).

    Works in any thread (serve's background process watches feeds in one), unlike SIGALRM; the
    exception arrives at the thread's next Python instruction.
    """
    if not seconds:
        yield
        return
    thread_id = threading.get_ident()
    state = {"active": True, "fired": False}
    lock = threading.Lock()

    def expire():
        with lock:
            if state["active"]:
                state["fired"] = True
                _raise_in(thread_id, _Expired)

    def disarm():
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:
                _raise_in(thread_id, None)  # withdraw it if it has not arrived yet

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except _Expired:
        raise ItemTimeout(f"{what} took more than {seconds:g} s and was abandoned") from None
    finally:
        while True:
            try:
                disarm()
                break
            except _Expired:  # arrived just as the work ended: the work is done, nothing to abandon
                continue


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None)
