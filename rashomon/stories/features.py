"""Cheap, script-independent signals of what a report is about.

Beside the embedding, two reports of one event share names (Рубіо = Rubio once
both are transliterated to ASCII), numbers and content words. Each signal is a
set of short string keys; a key is an ASCII prefix long enough to tell words
apart and short enough to absorb inflection (Лавровим, Lavrov -> "lavro").
Canonical entity IDs, when the entity stage linked them, join the name keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from anyascii import anyascii

# Long enough to tell names apart, short enough to absorb case endings.
_KEY_LENGTH = 5
_MIN_WORD = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A capitalised word right after one of these starts a sentence and says nothing.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”„\n]\s*)$")
_ASCII_KEY = re.compile(r"[^a-z0-9]")


@dataclass
class TextSignals:
    """The keys of one text (or one story: the union over its articles)."""

    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    # ISO codes of the countries of the places named in the text, and in its lead (``places.event_places``).
    places: set[str] = field(default_factory=set)
    lead_places: set[str] = field(default_factory=set)


def _key(word: str) -> str:
    return _ASCII_KEY.sub("", anyascii(word).lower())[:_KEY_LENGTH]


def text_signals(text: str, entity_ids: list[str] | tuple[str, ...] = (), places=None) -> TextSignals:
    """Name, number and content-word keys of ``text`` plus the canonical ``entity_ids``, and its ``places``
    (``places.EventPlaces``)."""
    signals = TextSignals()
    if places is not None:
        signals.places, signals.lead_places = set(places.named), set(places.lead)
    for match in _WORD.finditer(text):
        word = match.group()
        if word[0].isdigit():
            continue
        if len(word) >= _MIN_WORD:
            key = _key(word)
            if len(key) >= 3:
                signals.words.add(key)
                if word[0].isupper() and not _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
                    signals.names.add(key)
    for match in _NUMBER.finditer(text):
        number = re.sub(r"[.,]", "", match.group()).lstrip("0")
        # Single digits are everywhere (lists, "one of two"); they tell nothing apart.
        if len(number) >= 2:
            signals.numbers.add(number)
    signals.names.update(f"e:{entity}" for entity in entity_ids if entity)
    return signals
