"""Exclusive details: the places and dates only one source of a shared claim gives.

Two reports may carry the same statement while only one says where or when
("…the understandings reached between Trump and Putin in Alaska in August").
Such a detail becomes an exclusive claim of its own, its evidence the phrase,
tied to the shared claim it adds to (``detail_of``): a phrase without its
predicate means nothing to a reader on its own.
A place (see ``places.py``) is the source's own when no other source's article
of the story names it (as the same entity or in the same folded spelling); a
date is its own when no other source's article resolves a time to it, or to the same day of another year
(a year left out is inferred from the publication date, unknown in an undated archive: "31 октября" /
"31 октомври 2018"). A day or week named without a digit ("today", "on Monday", "last week") is no detail: on its own
it dates nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from rashomon.comparison.names import ANCHOR_STEM, fold, name_stems
from rashomon.comparison.statements import Statement
from rashomon.model import Analysis, Claim, Evidence, TimeExpression

# A short lowercase word before a place is its preposition ("in", "у", "im").
_PREPOSITION = re.compile(r"(?<!\w)([^\W\d_]{1,3})\s+$", re.UNICODE)


class DetailFinder:
    """Finds exclusive details in shared claims; knows which sources name each place and resolve each date."""

    def __init__(self, analyses: list[Analysis], sources: dict[int, str]):
        self.analyses = analyses
        self._named_by: dict[str, set[str]] = defaultdict(set)  # name anchor or date -> sources
        for article, analysis in enumerate(analyses):
            source = sources.get(article)
            linked = {"e:" + m.entity for m in analysis.mentions if m.entity}
            dates = {_day_of_year(t.value) for t in analysis.times if t.value}
            for key in linked | name_stems(analysis.text) | dates:
                self._named_by[key].add(source)

    def _elsewhere(self, key: str, source: str) -> bool:
        return bool(self._named_by.get(key, set()) - {source})

    def details(self, statements: list[Statement], cluster: list[int], shared_id: str) -> list[Claim]:
        found = []
        for i in cluster:
            statement = statements[i]
            analysis = self.analyses[statement.article]
            spans = [
                (t.start, t.end) for t in analysis.times
                if statement.start <= t.start and t.end <= statement.end and t.value and _dates_something(t)
                and not self._elsewhere(_day_of_year(t.value), statement.source)
            ]
            # A place is named elsewhere as the same entity or in the same folded spelling (Pákistán, Пакистан).
            spans += [
                (start, end) for (start, end), anchor in statement.places
                if not self._elsewhere(anchor, statement.source)
                and not self._elsewhere(fold(analysis.text[start:end])[:ANCHOR_STEM], statement.source)
            ]
            for start, end in _merge(analysis.text, spans):
                found.append(_detail_claim(statement, analysis.text, start, end, shared_id))
        return found


def _dates_something(time: TimeExpression) -> bool:
    """Whether a time says when on its own: a month, a year or a day with its number, not "today", "on Monday" or
    "last week" ("на прошлой неделе", "миналата седмица": a week is only ever named relative to the report)."""
    return time.granularity not in ("day", "week") or any(ch.isdigit() for ch in time.text)


def _day_of_year(value: str) -> str:
    """The month and day of a day's ISO date ("2018-10-31" -> "day:10-31"); a month or year keeps its value."""
    return "day:" + value[5:] if len(value) == 10 else "date:" + value


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans widened over a leading preposition and joined when only a space parts them."""
    widened = []
    for start, end in sorted(spans):
        preposition = _PREPOSITION.search(text[max(0, start - 5): start])
        if preposition and preposition.group(1).islower():
            start -= len(text[max(0, start - 5): start]) - preposition.start(1)
        widened.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in widened:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]: start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _detail_claim(statement: Statement, text: str, start: int, end: int, shared_id: str) -> Claim:
    evidence = Evidence(
        article_id=statement.article_id, start=start, end=end, text=text[start:end],
        source=statement.source, language=statement.language, speaker=statement.speaker, via=list(statement.via),
    )
    key = f"detail|{statement.article_id}:{start}:{end}"
    return Claim(
        id="c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        text=text[start:end],
        status="exclusive",
        sources=[statement.source],
        languages=[statement.language],
        evidence=[evidence],
        detail_of=shared_id,
    )
