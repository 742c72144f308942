"""Sentence splitting with character offsets into the original text.

syntok's rule-based segmenter keeps abbreviations such as "U.S.", "т.в.о." and
"21 жовт. 2025 р." inside their sentence, in Latin and Cyrillic scripts alike.
A language's profile may list more abbreviations that never end a sentence
(``rashomon/languages/<code>/sentences.py``: "др." before a name in Serbian,
"tzv." in Slovak); a sentence cut after one is joined to the next. In a language that
writes the day as an ordinal (CLDR's long date "d. MMMM": "am 10. Mai", "4. března") a day number
before a month name is no sentence end either.
"""

from __future__ import annotations

import re
from functools import cache

from rashomon.languages import value
from rashomon.model import Sentence

_LAST_WORD = re.compile(r"(\w+)\.$")
_DAY_NUMBER = re.compile(r"(?<![\d.])[0-3]?\d\.$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def split_sentences(text: str, language: str = "") -> list[Sentence]:
    """Sentences of ``text`` in order; offsets are code points, end exclusive.

    Paragraph breaks always end a sentence.
    """
    import syntok.segmenter as segmenter

    sentences: list[Sentence] = []
    # syntok ends a sentence at "..." but not at the one character "…": read as a full stop (same length, so
    # the offsets hold), a capitalised word after it opens a sentence ("izolacije… Torej ni pravo vprašanje").
    for paragraph in segmenter.analyze(text.replace("…", ".")):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            last = tokens[-1]
            end = min(len(text), last.offset + len(last.value))
            sentences.append(Sentence(start, end, text[start:end]))
    return _rejoined(text, sentences, value(language, "sentences", "ABBREVIATIONS", frozenset()), language)


def _rejoined(text: str, sentences: list[Sentence], abbreviations: frozenset[str], language: str) -> list[Sentence]:
    """Joins each sentence that ends with one of ``abbreviations``, or with a day number before a
    month name, to the next one in its paragraph."""
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if previous is not None and "\n" not in text[previous.end : sentence.start]:
            last_word = _LAST_WORD.search(previous.text)
            if (last_word is not None and last_word.group(1).lower() in abbreviations) or _day_before_month(
                previous.text, sentence.text, language
            ):
                joined[-1] = Sentence(previous.start, sentence.end, text[previous.start : sentence.end])
                continue
        joined.append(sentence)
    return joined


def _day_before_month(previous: str, following: str, language: str) -> bool:
    """``previous`` ends in a day number ("am 10.") and ``following`` opens with a month name ("Mai …")."""
    if not _DAY_NUMBER.search(previous) or not _ordinal_days(language):
        return False
    from rashomon.analysis.time.calendar import month_names

    first = _FIRST_WORD.match(following)
    return first is not None and month_names(language).lookup(first.group(0)) is not None


@cache
def _ordinal_days(language: str) -> bool:
    """Whether the language writes a date's day as an ordinal number with a dot ("10. Mai"), per CLDR."""
    from babel import Locale, UnknownLocaleError

    try:
        return "d. MMMM" in Locale.parse(language).date_formats["long"].pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return False
