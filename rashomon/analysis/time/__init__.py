"""Temporal expressions in news text, resolved against the publication date.

Finds explicit dates ("21 October 2025", "21 жовтня 2025 р.", "2025-10-21",
"21.10.2025"), months ("in August", "у серпні", "im August"), weekdays ("on
Tuesday", "у понеділок", "в понедельник", "am Montag", "lundi dernier") and
relative phrases ("last week", "минулого тижня", "на следующей неделе"). Month
and weekday names, with their inflections, come from CLDR for any language
(``calendar``); prepositions, direction words and relative phrases from the
language's profile (rashomon/languages/<code>/time.py), where it has one. Prepositions and
inflections are part of the patterns, which is what dateparser misses ("у
понеділок").

Resolution: a weekday or month without a direction word points back to the most
recent such day (the publication day itself included) or month, because news
reports what happened; a direction word ("next", "наступного") or a
future-tense verb next to it ("will", "відбудеться") points forward. Without a
publication date, relative phrases keep their offset in ``relative_days`` and
``value`` stays None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from rashomon.analysis.time.calendar import month_first, month_names, weekday_names
from rashomon.languages import value
from rashomon.model import TimeExpression

_NEVER = "(?!)"  # a pattern for a word list a language does not have


def time_words(language: str, name: str, default=_NEVER):
    """One word list of the language's time profile (rashomon/languages/<code>/time.py)."""
    return value(language, "time", name, default)

# How far around a weekday or month to look for a future-tense verb (characters, within its clause).
_CONTEXT_BEFORE, _CONTEXT_AFTER = 30, 40


def extract_times(text: str, language: str, published: datetime | None) -> list[TimeExpression]:
    """Temporal expressions of ``text`` in order, non-overlapping, resolved against ``published``."""
    lang = (language or "").lower()
    anchor = published.date() if isinstance(published, datetime) else published
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in _patterns(lang):
        for match in regex.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            resolved = _resolve(kind, match, text, lang, anchor)
            if resolved is None:
                continue
            taken.append((start, end))
            value, granularity, relative_days = resolved
            found.append(TimeExpression(start, end, match.group(0), value, granularity, relative_days))
    found.sort(key=lambda t: t.start)
    return found


@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    """(kind, regex) in priority order: longer, more explicit forms first."""
    months = "(?P<month>%s)" % month_names(lang).pattern()
    wide_months = "(?P<month>%s)" % month_names(lang).pattern(abbreviated=False)
    weekdays = "(?P<weekday>%s)" % weekday_names(lang).pattern(abbreviated=False)
    prep = time_words(lang, "PREPOSITIONS")
    past, future = time_words(lang, "PAST_MARKERS"), time_words(lang, "FUTURE_MARKERS")
    year = r"(?P<year>(?:19|20)\d\d)(?:\s*(?:р\.|г\.|року|года|roku|r\.))?"
    flags = re.IGNORECASE | re.UNICODE
    relatives = time_words(lang, "RELATIVE", [])
    relative = "|".join(f"(?P<rel{i}>{pattern})" for i, (pattern, _, _) in enumerate(relatives)) or _NEVER
    patterns = [
        ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
        # Dotted dates put the day first in every CLDR locale that writes them, spaced or not ("21. 9. 2020":
        # cs, sk, sl, hr, sr); slashed ones follow the language's CLDR order ("9/21/2020" en, "21/09/2020" fr).
        ("numeric", re.compile(r"\b(?P<day>[0-3]?\d)\.\s?(?P<mnum>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d)\b")),
        ("slashed", re.compile(r"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")),
        ("day_month", re.compile(rf"\b(?P<day>[0-3]?\d)\.?\s+{months}(?:,?\s+{year})?\b", flags)),
        ("month_day", re.compile(rf"\b{months}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{year})?\b", flags)),
        ("month_year", re.compile(rf"\b{months}\s+{year}\b", flags)),
        ("relative", re.compile(rf"\b(?:{relative})\b", flags)),
        ("weekday", re.compile(
            rf"\b(?:(?:{prep})\s+)?(?:(?P<before>{past}|{future})\s+)?{weekdays}(?:['’]s)?(?:\s+(?P<after>{past}|{future}))?\b",
            flags)),
        ("month", re.compile(rf"\b(?:{prep})\s+(?:(?P<before>{past}|{future})\s+)?{wide_months}\b", flags)),
    ]
    return patterns


def _direction(match: re.Match, text: str, lang: str) -> int:
    """-1 (back) or +1 (forward) for a weekday or month, from its marker or the verb next to it."""
    groups = match.groupdict()
    marker = groups.get("before") or groups.get("after")
    if marker:
        return 1 if re.fullmatch(time_words(lang, "FUTURE_MARKERS"), marker, re.IGNORECASE) else -1
    # The verb must be in the same clause: the window stops at punctuation.
    before = re.split(r"[,;:.!?]", text[max(0, match.start() - _CONTEXT_BEFORE): match.start()])[-1]
    after = re.split(r"[,;:.!?]", text[match.end(): match.end() + _CONTEXT_AFTER])[0]
    return 1 if re.search(time_words(lang, "FUTURE_CONTEXT"), f"{before} {after}", re.IGNORECASE) else -1


def _resolve(kind: str, match: re.Match, text: str, lang: str, anchor: date | None):
    """(value, granularity, relative_days) or None when the match is not a usable date."""
    if kind in ("iso", "numeric", "day_month", "month_day", "month_year"):
        return _resolve_date(match.groupdict(), lang, anchor)
    if kind == "slashed":
        groups = match.groupdict()
        month, day = ("first", "second") if _slashed_month_first(text, lang) else ("second", "first")
        return _resolve_date({"mnum": groups[month], "day": groups[day], "year": groups["year"]}, lang, anchor)
    return {"relative": _resolve_relative, "weekday": _resolve_weekday, "month": _resolve_month}[kind](
        match, text, lang, anchor
    )


_SLASHED = re.compile(r"\b([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d\b")


@lru_cache(maxsize=4)
def _slashed_month_first(text: str, lang: str) -> bool:
    """How ``text`` orders its slashed dates: by the one that can only be read one way ("23/12/2025" is day
    first, an English page from Britain), else as its language's CLDR short date does."""
    for first, second in _SLASHED.findall(text):
        if int(first) > 12 >= int(second):
            return False
        if int(second) > 12 >= int(first):
            return True
    return month_first(lang)


def _resolve_date(groups: dict, lang: str, anchor: date | None):
    month = int(groups["mnum"]) if groups.get("mnum") else month_names(lang).lookup(groups["month"])
    if month is None:
        return None
    day = int(groups["day"]) if groups.get("day") else 1
    if groups.get("year"):
        year = int(groups["year"])
    elif anchor is not None:
        year = _closest_year(anchor, month, day)
    else:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat(), "day" if groups.get("day") else "month", None


def _resolve_relative(match: re.Match, text: str, lang: str, anchor: date | None):
    index = int(next(name for name, v in match.groupdict().items() if v is not None and name.startswith("rel"))[3:])
    _, offset, granularity = time_words(lang, "RELATIVE")[index]
    if anchor is None:
        return None, granularity, offset
    return _start_of(anchor + timedelta(days=offset), granularity).isoformat(), granularity, offset


def _resolve_weekday(match: re.Match, text: str, lang: str, anchor: date | None):
    groups = match.groupdict()
    weekday = weekday_names(lang).lookup(groups["weekday"])
    if weekday is None:
        return None
    if anchor is None:
        return None, "day", None
    if _direction(match, text, lang) < 0:
        offset = -((anchor.weekday() - weekday) % 7)
        if groups.get("before") or groups.get("after"):
            offset = offset or -7  # "last Monday" said on a Monday
    else:
        offset = (weekday - anchor.weekday()) % 7 or 7
    return (anchor + timedelta(days=offset)).isoformat(), "day", offset


def _resolve_month(match: re.Match, text: str, lang: str, anchor: date | None):
    month = month_names(lang).lookup(match.group("month"))
    if month is None:
        return None
    if anchor is None:
        return None, "month", None
    direction = _direction(match, text, lang)
    year = anchor.year
    if direction < 0 and month > anchor.month:
        year -= 1
    elif direction > 0 and month < anchor.month:
        year += 1
    value = date(year, month, 1)
    return value.isoformat(), "month", (value - anchor).days


def _closest_year(anchor: date, month: int, day: int) -> int:
    """The year that puts day/month nearest the anchor ("21 October" read in January is last year's)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append((abs((date(year, month, day) - anchor).days), year))
        except ValueError:
            continue
    return min(candidates)[1] if candidates else anchor.year


def _start_of(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "year":
        return day.replace(month=1, day=1)
    return day
