"""Direct quotations found by their marks: “…” "…" «…» »…« „…“ ‚…‘ ‘…’ 「…」 and dialogue dashes.

Only outermost quotations are returned (a quotation inside a quotation is part
of it). A quotation left open at a paragraph end continues when the next
paragraph reopens it with the same mark (the convention for multi-paragraph
quotations); otherwise it ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Closing marks each opening mark accepts.
_CLOSERS = {
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‚": "‘’",
    "‘": "’",
    "「": "」",
    "『": "』",
    '"': '"',
    "”": "”",
}
# Two apostrophes stand for a double quotation mark in some newspapers' text ('' … '').
_MARKS = re.compile(r"''|[“”„«»‹›‚‘’\"「」『』]|\n")
_DIALOGUE_DASH = re.compile(r"(?m)^[ \t]*[—–-][ \t]+(?=\S)")
# Inside a dialogue line, the narrator's part starts after ", —" and the speech resumes after ". —".
_DIALOGUE_TURN = re.compile(r"(?<=[,.!?…])[ \t]+[—–-][ \t]+")


def _is_opening(text: str, pos: int, end: int) -> bool:
    """Context test for marks that can open or close (straight quotes, ‘, ”)."""
    before = text[pos - 1] if pos else " "
    after = text[end] if end < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;,“„«»‚‘\"'" or pos == 0


@dataclass
class _Scan:
    """Quotations found so far, and the marks of the ones still open (outermost first)."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    stack: list[tuple[str, int]] = field(default_factory=list)
    outer_start: int = -1


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of every outermost quotation, marks included, in text order."""
    scan = _Scan()
    for match in _MARKS.finditer(text):
        mark, pos = match.group(), match.start()
        mark = '"' if mark == "''" else mark
        if mark == "\n":
            _paragraph_break(text, pos, scan)
        elif not _closes(text, mark, pos, match.end(), scan):
            _opens(text, mark, pos, match.end(), scan)
    if scan.stack:
        end = len(text.rstrip())
        if end - scan.outer_start > 1:
            scan.spans.append((scan.outer_start, end))
    return scan.spans


def _paragraph_break(text: str, pos: int, scan: _Scan) -> None:
    """An open quotation goes on when the next paragraph reopens it with the same mark, else ends here."""
    if not scan.stack:
        return
    next_pos = pos + re.match(r"\s*", text[pos:]).end()
    if next_pos < len(text) and text[next_pos] == scan.stack[0][0]:
        # The quotation goes on in the next paragraph; its reopening mark is not a new quotation.
        scan.stack = [(scan.stack[0][0], next_pos)]
        return
    end = pos
    while end > scan.outer_start and text[end - 1].isspace():
        end -= 1
    if end - scan.outer_start > 1:
        scan.spans.append((scan.outer_start, end))
    scan.stack = []


def _closes(text: str, mark: str, pos: int, end: int, scan: _Scan) -> bool:
    """Takes a mark the open quotation accepts as its closer (or nests with); False for any other mark."""
    top = scan.stack[-1][0] if scan.stack else None
    if top is None or mark not in _CLOSERS[top]:
        return False
    if mark == "’" and pos + 1 < len(text) and text[pos + 1].isalpha():
        return True  # apostrophe: don’t
    if mark == top and mark != '"' and _is_opening(text, pos, end):
        scan.stack.append((mark, pos))  # “a “b” c”: a nested quotation using the same mark
        return True
    scan.stack.pop()
    if not scan.stack:
        scan.spans.append((scan.outer_start, end))
    return True


def _opens(text: str, mark: str, pos: int, end: int, scan: _Scan) -> None:
    if mark == "’":
        return  # apostrophe or stray closer
    if mark in '"‘”“»›' and not _is_opening(text, pos, end):
        return  # a stray closing mark
    if mark in _CLOSERS:
        if not scan.stack:
            scan.outer_start = pos
        scan.stack.append((mark, pos))


def find_dialogue_lines(text: str) -> list[tuple[int, int]]:
    """Speech in dash-led dialogue paragraphs ("— Текст, — сказал он. — Ещё."), without the narrator's words."""
    spans = []
    for match in _DIALOGUE_DASH.finditer(text):
        start = match.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        turns = list(_DIALOGUE_TURN.finditer(text, start, line_end))
        speech_start, speaking = start, True
        for turn in turns:
            if speaking:
                spans.append((speech_start, _speech_end(text, speech_start, turn.start())))
            speaking = not speaking
            speech_start = turn.end()
        if speaking:
            spans.append((speech_start, _speech_end(text, speech_start, line_end)))
    return [(s, e) for s, e in spans if e > s]


def _speech_end(text: str, start: int, end: int) -> int:
    """A dialogue line ends before the comma that hands over to the narrator (its full stop stays)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end
