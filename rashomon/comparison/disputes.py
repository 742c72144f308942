"""Whether two statements about one fact cannot both hold, and what differs.

Checked in order, the first that applies wins: quantities (with their scale), dates
(years, and time expressions resolved to dates or, within one language, as
written), places, who said it, and polarity (one denies what the other
asserts; within one language, as translation moves negation around). Each
side must give its own value that the other lacks: a statement that only adds
a detail ("in Manhattan" beside "in New York") is no dispute. Callers decide
that the two statements are about one fact (a strong alignment); this module
only compares their values. Incompatible statuses of an event (postponed /
never planned / goes ahead) are found apart, per matter (``claims.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.comparison.alignment import stems_of
from rashomon.comparison.names import ANCHOR_STEM as STEM
from rashomon.comparison.names import anchors_match, fold
from rashomon.comparison.places import is_country, is_place
from rashomon.comparison.statements import Statement

# Statements of opposite polarity are a dispute only when they share this much of their words
# (a negation elsewhere in a long sentence says nothing about the shared fact).
POLARITY_MIN_OVERLAP = 0.5
# Share of words (of the shorter statement) two statements in one language must have in common to be in dispute.
SAME_LANGUAGE_MIN_OVERLAP = 0.4
MAX_PLACE_WORDS = 4
# Two quantities further apart than this factor are two different facts, not two accounts of one.
MAX_QUANTITY_RATIO = 10
# Quantities within this relative difference are the same (rounding, currency conversion is not attempted).
SAME_QUANTITY = 0.02


@dataclass(frozen=True)
class Dispute:
    kind: str  # status, number, date, place, attribution, polarity
    values: tuple[str, ...]  # what each side gives


def dispute(a: Statement, b: Statement) -> Dispute | None:
    # Within one language two accounts of one fact share their wording for the most part; long
    # sentences that share a topic carry different numbers and dates as different facts.
    if a.language == b.language and _overlap(a, b) < SAME_LANGUAGE_MIN_OVERLAP:
        return None
    for check in (_dates, _numbers, _places, _speakers):
        found = check(a, b)
        if found:
            return found
    if a.language == b.language and a.negated != b.negated and _overlap(a, b) >= POLARITY_MIN_OVERLAP:
        return Dispute("polarity", ("negated" if a.negated else "affirmed", "negated" if b.negated else "affirmed"))
    return None


def _overlap(a: Statement, b: Statement) -> float:
    stems_a, stems_b = stems_of(a.text), stems_of(b.text)
    return len(stems_a & stems_b) / max(1, min(len(stems_a), len(stems_b)))


def _apart(values_a, values_b, same) -> tuple[list, list] | None:
    """Each side's values the other has no match for, when both have some; None otherwise."""
    only_a = [x for x in values_a if not any(same(x, y) for y in values_b)]
    only_b = [y for y in values_b if not any(same(x, y) for x in values_a)]
    return (only_a, only_b) if only_a and only_b else None


def _same_quantity(x: float, y: float) -> bool:
    return abs(x - y) <= SAME_QUANTITY * max(abs(x), abs(y))


def _numbers(a: Statement, b: Statement) -> Dispute | None:
    """One quantity each side that the other lacks, of one order of magnitude (3 and $76m are two facts)."""
    apart = _apart(sorted(a.numbers), sorted(b.numbers), _same_quantity)
    if not apart or len(apart[0]) != 1 or len(apart[1]) != 1:
        return None
    x, y = apart[0][0], apart[1][0]
    if x <= 0 or y <= 0 or max(x, y) / min(x, y) > MAX_QUANTITY_RATIO:
        return None
    floor_below = (a.lower_bound and not b.lower_bound and x < y) or (b.lower_bound and not a.lower_bound and y < x)
    if floor_below or _calendar_differs(a, b):
        return None  # "at least 2" and "7" agree; counts of two different days are two facts
    return Dispute("number", (f"{x:g}", f"{y:g}"))


def _calendar_differs(a: Statement, b: Statement) -> bool:
    days_a = {k for k in a.calendar if k.startswith(("weekday", "day"))}
    days_b = {k for k in b.calendar if k.startswith(("weekday", "day"))}
    return bool(days_a and days_b and not days_a & days_b)


def _dates(a: Statement, b: Statement) -> Dispute | None:
    """Different years, resolved days, weekdays, months or clock times (each compared with its own kind)."""
    kinds = [(a.years, b.years), (a.dates, b.dates)]
    for kind in ("day", "weekday", "month", "clock"):
        kinds.append(({k for k in a.calendar if k.startswith(kind)}, {k for k in b.calendar if k.startswith(kind)}))
    for values_a, values_b in kinds:
        if len(values_a) == len(values_b) == 1 and not values_a & values_b:
            return Dispute("date", (", ".join(sorted(values_a)), ", ".join(sorted(values_b))))
    return None


def _places(a: Statement, b: Statement) -> Dispute | None:
    """One place each side that the other statement does not name (a city and its country are no alternatives)."""
    places_a = {fold(a.text[s - a.start: e - a.start])[:STEM]: a.text[s - a.start: e - a.start] for (s, e), _ in a.places}
    places_b = {fold(b.text[s - b.start: e - b.start])[:STEM]: b.text[s - b.start: e - b.start] for (s, e), _ in b.places}
    apart = _apart(sorted(places_a), sorted(places_b), anchors_match)
    if not apart or len(apart[0]) != 1 or len(apart[1]) != 1:
        return None
    x, y = apart[0][0], apart[1][0]
    if _mentions(b, x) or _mentions(a, y) or is_country(places_a[x]) != is_country(places_b[y]):
        return None
    if a.language != b.language and not (is_place(places_a[x]) and is_place(places_b[y])):
        return None  # across scripts a name's spelling drifts (Mohameda / Мохаммеда): only known places count
    if max(len(places_a[x].split()), len(places_b[y].split())) > MAX_PLACE_WORDS or min(len(x), len(y)) < 4:
        return None  # a long "place" is a misread phrase; an abbreviation ("U.S.") is too short to compare
    return Dispute("place", (places_a[x], places_b[y]))


def _mentions(statement: Statement, anchor: str) -> bool:
    return any(anchors_match(anchor, other) for other in statement.anchors)


def _speakers(a: Statement, b: Statement) -> Dispute | None:
    """Two different named speakers ("Philippe Close" / "Jesse O'Donaghey"), resolved to different entities.

    A description ("a caretaker", "the minister", "he") may name either, and one
    person is often written two ways, so both must be full names (two or more
    capitalised words) without a name in common.
    """
    if not (a.speaker and b.speaker and a.speaker_entity and b.speaker_entity and a.speaker_entity != b.speaker_entity):
        return None
    words_a, words_b = a.speaker.split(), b.speaker.split()
    if not all(len(words) >= 2 and all(w[:1].isupper() for w in words) for words in (words_a, words_b)):
        return None
    if {fold(w)[:STEM] for w in words_a} & {fold(w)[:STEM] for w in words_b}:
        return None
    return Dispute("attribution", (a.speaker, b.speaker))
