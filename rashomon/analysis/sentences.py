"""Sentence splitting with character offsets into the original text.

syntok's rule-based segmenter keeps abbreviations such as "U.S.", "т.в.о." and
"21 жовт. 2025 р." inside their sentence, in Latin and Cyrillic scripts alike.
A language's profile may list more abbreviations that never end a sentence
(``rashomon/languages/<code>/sentences.py``: "др." before a name in Serbian,
"tzv." in Slovak); a sentence cut after one is joined to the next.
"""

from __future__ import annotations

import re

from rashomon.languages import value
from rashomon.model import Sentence

_LAST_WORD = re.compile(r"(\w+)\.$")


def split_sentences(text: str, language: str = "") -> list[Sentence]:
    """Sentences of ``text`` in order; offsets are code points, end exclusive.

    Paragraph breaks always end a sentence.
    """
    import syntok.segmenter as segmenter

    sentences: list[Sentence] = []
    for paragraph in segmenter.analyze(text):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            last = tokens[-1]
            end = min(len(text), last.offset + len(last.value))
            sentences.append(Sentence(start, end, text[start:end]))
    abbreviations = value(language, "sentences", "ABBREVIATIONS", frozenset())
    return _rejoined(text, sentences, abbreviations) if abbreviations else sentences


def _rejoined(text: str, sentences: list[Sentence], abbreviations: frozenset[str]) -> list[Sentence]:
    """Joins each sentence that ends with one of ``abbreviations`` to the next one in its paragraph."""
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if previous is not None and "\n" not in text[previous.end : sentence.start]:
            last_word = _LAST_WORD.search(previous.text)
            if last_word is not None and last_word.group(1).lower() in abbreviations:
                joined[-1] = Sentence(previous.start, sentence.end, text[previous.start : sentence.end])
                continue
        joined.append(sentence)
    return joined
