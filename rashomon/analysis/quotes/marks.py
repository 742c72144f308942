"""Direct quotations found by their marks: “…” "…" «…» »…« „…“ ‚…‘ ‘…’ 「…」 and dialogue dashes.

Only outermost quotations are returned (a quotation inside a quotation is part
of it). A quotation left open at a paragraph end continues when the next
paragraph reopens it with the same mark (the convention for multi-paragraph
quotations); otherwise it ends with its paragraph.
"""

from __future__ import annotations

import re

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


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of every outermost quotation, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    outer_start = -1
    for match in _MARKS.finditer(text):
        mark, pos = match.group(), match.start()
        if mark == "''":
            mark = '"'
        if mark == "\n":
            if stack:
                reopen = re.match(r"\s*", text[pos:])
                next_pos = pos + reopen.end()
                if next_pos < len(text) and text[next_pos] == stack[0][0]:
                    # The quotation goes on in the next paragraph; its reopening mark is not a new quotation.
                    stack = [(stack[0][0], next_pos)]
                    continue
                end = pos
                while end > outer_start and text[end - 1].isspace():
                    end -= 1
                if end - outer_start > 1:
                    spans.append((outer_start, end))
                stack = []
            continue
        top = stack[-1][0] if stack else None
        if top is not None and mark in _CLOSERS[top]:
            if mark == "’" and pos + 1 < len(text) and text[pos + 1].isalpha():
                continue  # apostrophe: don’t
            if mark == top and mark != '"' and _is_opening(text, pos, match.end()):
                stack.append((mark, pos))  # “a “b” c”: a nested quotation using the same mark
                continue
            stack.pop()
            if not stack:
                spans.append((outer_start, match.end()))
            continue
        if mark == "’":
            continue  # apostrophe or stray closer
        if mark in "\"‘”“»›" and not _is_opening(text, pos, match.end()):
            continue  # a stray closing mark
        if mark in _CLOSERS:
            if not stack:
                outer_start = pos
            stack.append((mark, pos))
    if stack:
        end = len(text.rstrip())
        if end - outer_start > 1:
            spans.append((outer_start, end))
    return spans


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
