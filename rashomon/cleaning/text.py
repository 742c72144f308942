"""Plain-text layout: conservative whitespace normalisation and headline detection."""

from __future__ import annotations

import re

_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.M)
_BLANK_RUN = re.compile(r"\n{3,}")
# A headline does not end like a sentence (quotes and brackets after the stop count too).
_SENTENCE_END = re.compile(r"[.!…:;,]['\"”’»)\]]*$")
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
# A one-word first line before a headline is the page's section label ("Мир"); two words may be a headline.
SECTION_LABEL_WORDS = 1


def normalise(text: str) -> str:
    """Unify line ends, strip trailing spaces and outer blank lines, keep at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, body) when the first line reads as a headline, else (None, text).

    A headline is a short first line that does not end like a sentence, starts
    with a capital letter, digit or quote, and has a longer body after it.
    "Про це інформує CNN." ends with a period: body, not headline. A section
    label of one word before a headline ("Мир", "Europe") goes with it.
    """
    label, newline, rest = text.partition("\n")
    if newline and len(label.split()) <= SECTION_LABEL_WORDS and not _SENTENCE_END.search(label.strip()):
        headline, body = _headline_and_body(rest.strip())
        if headline is not None and len(headline.split()) > SECTION_LABEL_WORDS:
            return headline, body
    return _headline_and_body(text)


def _headline_and_body(text: str) -> tuple[str | None, str]:
    first, newline, rest = text.partition("\n")
    first = first.strip()
    body = rest.strip()
    if not newline or not body or not first:
        return None, text
    if len(first) > HEADLINE_MAX_CHARS or len(first.split()) > HEADLINE_MAX_WORDS:
        return None, text
    if _SENTENCE_END.search(first) or not (first[0].isupper() or first[0].isdigit() or first[0] in "\"'«“„‘"):
        return None, text
    if len(body) < 2 * len(first):
        return None, text
    return first, body
