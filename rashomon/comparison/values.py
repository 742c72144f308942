"""The values a statement gives: quantities (with their scale) and years, comparable across languages.

"35,1 Milliarden" and "35.1bn" are both 3.51e10; "une centaine" is 100; a
thousands separator is told from a decimal comma by the three digits after it.
"""

from __future__ import annotations

import re

from rashomon.comparison.cues import number_words, scales

# A number, its scale word if any; not one fused to a word by a hyphen ("34-latka", "8-minute": adjectives).
_NUMBER = re.compile(r"(?<![\w.,:-])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)(?![.,:]?\d|-\w)(?:\s?([^\W\d_]{1,11})\.?)?", re.UNICODE)
_WORD = re.compile(r"[^\W\d_][\w'’]*", re.UNICODE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _scale(word: str, language: str) -> int:
    """The power of ten a scale word stands for ("Millionen", "miliona", "mln"); 0 for any other word."""
    known = scales(language)
    if word in known:
        return known[word]
    stems = [(key, power) for key, power in known.items() if len(key) >= 5 and word.startswith(key[:-1])]
    return max(stems, key=lambda item: len(item[0]))[1] if stems else 0


def _plain(digits: str) -> float:
    """A written number as a float: "1,000" / "1.000" / "1 000" are a thousand, "35,1" is 35.1."""
    groups = re.split(r"[.,\u00a0 ]", digits)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    return float(digits.replace(",", "."))


def quantities(text: str, language: str, skip: list[tuple[int, int]] = ()) -> set[float]:
    """The quantities of ``text`` (years and spans in ``skip`` — time expressions — left out), scaled."""
    found = set()
    for match in _NUMBER.finditer(text):
        if any(a <= match.start() < b for a, b in skip) or _YEAR.match(match.group(1)):
            continue
        value = _plain(match.group(1))
        found.add(round(value * 10 ** _scale((match.group(2) or "").lower(), language), 6))
    words = number_words(language)
    tokens = list(_WORD.finditer(text))
    for k, match in enumerate(tokens):
        word = match.group(0).lower()
        if word in words and not any(a <= match.start() < b for a, b in skip):
            following = tokens[k + 1].group(0).lower() if k + 1 < len(tokens) else ""
            found.add(float(words[word] * 10 ** _scale(following, language)))
    return found


def years(text: str) -> set[str]:
    return {m.group(0) for m in re.finditer(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text)}


_DAY_BEFORE = re.compile(r"(?<!\d)([0-3]?\d)\.?\s*$")
_DAY_AFTER = re.compile(r"\.?\s*([0-3]?\d)(?!\d)")
_CLOCK = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\d.,:])")


def calendar(text: str, language: str) -> set[str]:
    """Weekdays, months (with their day) and clock times a text names, language-neutral ("weekday:2", "day:4-10")."""
    from rashomon.analysis.time.calendar import month_names, weekday_names

    months, weekdays = month_names(language), weekday_names(language)
    found = {f"clock:{int(m.group(1))}:{m.group(2)}" for m in _CLOCK.finditer(text)}
    for match in _WORD.finditer(text):
        weekday, month = weekdays.lookup(match.group(0)), months.lookup(match.group(0))
        if weekday is not None:
            found.add(f"weekday:{weekday}")
        if month is not None:
            found.add(f"month:{month}")
            day = _DAY_BEFORE.search(text[max(0, match.start() - 5): match.start()]) or _DAY_AFTER.match(text[match.end(): match.end() + 5])
            if day:
                found.add(f"day:{month}-{int(day.group(1))}")
    return found
