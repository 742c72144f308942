"""Statements: the sentences and clauses of an article, with what alignment compares.

A statement carries its span in the article's text, the anchors that tie it to
other languages (canonical entity IDs when the entity linker has run, and the
transliterated stems of its capitalised words), its numbers, its resolved
dates, its status family and the quote it reports (speaker, via).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rashomon.analysis.sentences import split_sentences
from rashomon.comparison.cues import clause_boundary, is_negated, status_family
from rashomon.comparison.names import WORD, name_stems
from rashomon.comparison.places import places_in
from rashomon.model import Analysis, Article

# Clauses shorter than this (in words) stay part of their sentence.
MIN_CLAUSE_WORDS = 5
# Sentences shorter than this are headings, bylines or fragments, not claims.
MIN_STATEMENT_WORDS = 4
# An article's statements beyond this many are not compared: a report's claims
# sit in its first part, and the tail (background, boilerplate) would only cost
# encoder time (about 25 tokens a statement).
MAX_STATEMENTS_PER_ARTICLE = 60

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


@dataclass
class Statement:
    article: int  # index into the compared articles
    article_id: str
    start: int
    end: int
    text: str
    language: str
    source: str
    anchors: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    family: str | None = None
    negated: bool = False
    places: list[tuple[tuple[int, int], str]] = field(default_factory=list)  # ((start, end), anchor)
    speaker: str | None = None
    via: list[str] = field(default_factory=list)


def statements_of(index: int, article: Article, analysis: Analysis, source: str) -> list[Statement]:
    """The statements of one article, in text order."""
    text = analysis.text
    language = analysis.language or article.language
    sentences = analysis.sentences or split_sentences(text, language)
    found = []
    for sentence in sentences:
        if len(WORD.findall(sentence.text)) < MIN_STATEMENT_WORDS:
            continue
        for start, end in _clauses(text, sentence.start, sentence.end, language):
            found.append(_statement(index, article.id, text, start, end, language, source, analysis))
    return found[:MAX_STATEMENTS_PER_ARTICLE]


def _clauses(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    sentence = text[start:end]
    cuts = [m.end() for m in clause_boundary(language).finditer(sentence)]
    spans, begin = [], 0
    for cut in cuts:
        if len(WORD.findall(sentence[begin:cut])) >= MIN_CLAUSE_WORDS and len(WORD.findall(sentence[cut:])) >= MIN_CLAUSE_WORDS:
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, len(sentence)))
    result = []
    for a, b in spans:
        piece = sentence[a:b]
        stripped = piece.rstrip(" ,;")
        lead = len(piece) - len(piece.lstrip())
        result.append((start + a + lead, start + a + len(stripped)))
    return result


def _statement(index, article_id, text, start, end, language, source, analysis: Analysis) -> Statement:
    span = text[start:end]
    statement = Statement(index, article_id, start, end, span, language, source)
    linked = [m for m in analysis.mentions if m.entity and start <= m.start and m.end <= end]
    times = [t for t in analysis.times if start <= t.start and t.end <= end]
    # Entity IDs where the linker ran, and name stems always: a statement whose
    # names the linker missed still meets its translation.
    statement.anchors = {"e:" + m.entity for m in linked} | name_stems(span, [(t.start - start, t.end - start) for t in times])
    statement.dates = {t.value for t in times if t.value and t.granularity == "day"}
    in_time = [(t.start - start, t.end - start) for t in times]
    statement.numbers = {
        m.group(0).replace(",", ".") for m in _NUMBER.finditer(span)
        if not any(a <= m.start() < b for a, b in in_time) and not re.fullmatch(r"(?:19|20)\d\d", m.group(0))
    }
    statement.family = status_family(span, language)
    statement.negated = is_negated(span, language)
    statement.places = places_in(text, start, end, analysis.mentions)
    quote = _overlapping_quote(analysis, start, end)
    if quote is not None:
        statement.speaker = quote.speaker.text if quote.speaker else None
        statement.via = [party.text for party in quote.via]
    return statement


def _overlapping_quote(analysis: Analysis, start: int, end: int):
    best, best_overlap = None, 0
    for quote in analysis.quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best
