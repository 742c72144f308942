"""Statements: the sentences of an article that state something, with what alignment compares.

A statement carries its span in the article's text, the anchors that tie it to
other languages (canonical entity IDs when the entity linker has run, and the
transliterated stems of its capitalised words), its quantities, dates,
places, polarity, status family and the quote it reports (speaker, via).
Sentences are not cut into clauses: on the claims-dev pairs whole sentences
align as well (shared P/R 0.787/0.343 against 0.785/0.330 with clauses).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rashomon.analysis.sentences import split_sentences
from rashomon.comparison.cues import affirmed, is_negated, lower_bound, status_family
from rashomon.comparison.furniture import statement_spans
from rashomon.comparison.names import name_stems
from rashomon.comparison.places import names_in, places_in
from rashomon.comparison.values import calendar, quantities, years
from rashomon.model import Analysis, Article

# An article's statements beyond this many are not compared: a report's claims
# sit in its first part, and the tail (background, boilerplate) would only cost
# encoder time (about 25 tokens a statement).
MAX_STATEMENTS_PER_ARTICLE = 60
# Statements a story's comparison embeds at most, shared among its articles (each keeps at least
# MIN_STATEMENTS_PER_ARTICLE, its headline and lead): embedding is most of a large story's cost
# (about 25 tokens a statement), and a many-source story's claims are in its reports' leads.
STATEMENT_BUDGET = 1200
MIN_STATEMENTS_PER_ARTICLE = 3
# A story that needs e5 (a language USE does not know, see encoder.py) embeds five times slower: at most
# this many statements, each article keeping its lead at least (a 500-article story: 500 statements,
# about 22,000 tokens, instead of 1,500).
E5_STATEMENT_BUDGET = 600
E5_MIN_STATEMENTS_PER_ARTICLE = 1


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
    numbers: set[float] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    # Weekdays, months and clock times named ("weekday:2"), and years.
    calendar: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    family: str | None = None
    negated: bool = False
    lower_bound: bool = False  # gives a quantity as a floor ("at least", "mehr als")
    places: list[tuple[tuple[int, int], str]] = field(default_factory=list)  # ((start, end), anchor)
    names: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, type) of persons and bodies
    speaker: str | None = None
    speaker_entity: str | None = None  # the speaker's linked entity, when the linker resolved it
    speaker_type: str | None = None  # the type of the speaker's name (PER, ORG, LOC …), when one was found
    cues: list[tuple[int, int]] = field(default_factory=list)  # speech cues ("said", "сообщает") in the statement
    via: list[str] = field(default_factory=list)
    # What comparing reads off the statement alone (disputes.py: its quantities, dates, places …), computed once.
    derived: dict = field(default_factory=dict, compare=False, repr=False)


def statements_of(
    index: int, article: Article, analysis: Analysis, source: str, limit: int = MAX_STATEMENTS_PER_ARTICLE,
    spans: list[tuple[int, int]] | None = None,
) -> list[Statement]:
    """The first ``limit`` statements of one article, in text order (at ``spans`` when statement_spans_of has
    already found them)."""
    language = analysis.language or article.language
    if spans is None:
        spans = statement_spans_of(article, analysis, limit)
    return [_statement(index, article.id, analysis.text, start, end, language, source, analysis) for start, end in spans]


def statement_spans_of(article: Article, analysis: Analysis, limit: int = MAX_STATEMENTS_PER_ARTICLE) -> list[tuple[int, int]]:
    """The spans of an article's first ``limit`` statements (what they say is read apart: see statements_of)."""
    language = analysis.language or article.language
    sentences = analysis.sentences or split_sentences(analysis.text, language)
    return statement_spans(analysis.text, sentences, language)[:limit]


def _statement(index, article_id, text, start, end, language, source, analysis: Analysis) -> Statement:
    span = text[start:end]
    statement = Statement(index, article_id, start, end, span, language, source)
    linked = [m for m in analysis.mentions if m.entity and start <= m.start and m.end <= end]
    times = [t for t in analysis.times if start <= t.start and t.end <= end]
    # Entity IDs where the linker ran, and name stems always: a statement whose
    # names the linker missed still meets its translation.
    statement.anchors = {"e:" + m.entity for m in linked} | name_stems(span, [(t.start - start, t.end - start) for t in times])
    statement.dates = {t.value for t in times if t.value and t.granularity == "day"}
    statement.calendar = calendar(span, language)
    statement.years = years(span)
    statement.numbers = quantities(span, language, [(t.start - start, t.end - start) for t in times])
    asserted = affirmed(span, language)
    statement.family = status_family(asserted, language)
    statement.negated = is_negated(asserted, language)
    statement.lower_bound = bool(lower_bound(language).search(span))
    statement.places = places_in(text, start, end, analysis.mentions)
    statement.names = names_in(start, end, analysis.mentions)
    statement.cues = [(q.cue.start, q.cue.end) for q in analysis.quotes if q.cue and start <= q.cue.start and q.cue.end <= end]
    quote = _overlapping_quote(analysis, start, end)
    if quote is not None:
        statement.speaker = quote.speaker.text if quote.speaker else None
        statement.speaker_entity = (quote.speaker.entity or None) if quote.speaker else None
        statement.speaker_type = _speaker_type(analysis, quote.speaker)
        statement.via = [party.text for party in quote.via]
    return statement


def _overlapping_quote(analysis: Analysis, start: int, end: int):
    best, best_overlap = None, 0
    for quote in analysis.quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def _speaker_type(analysis: Analysis, speaker) -> str | None:
    """The type of the linked name inside a speaker's phrase ("a caretaker at Camp Miriam": LOC)."""
    if speaker is None or not speaker.entity:
        return None
    return next((m.type for m in analysis.mentions
                 if m.entity == speaker.entity and speaker.start <= m.start and m.end <= speaker.end), None)
