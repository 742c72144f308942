"""When was an article published, judging by its text alone?

For articles whose metadata has no date (archive dumps, plain text). A report
is written after what it tells, so the estimate is the dateline when the text
opens with a full date ("Praha 21:18 7. února 2018", "04.11.2020 16:42"), else
the latest full date it mentions that is not in a clause of the future, a plan or an obligation, not
after the moment of reading, nor one that ends a period ("until 31 December"). A relative word next to a date moves it
("yesterday, 11 July" -> 12 July). Nothing is guessed from a month or a year
alone, nor from dates without a year: on WCXB pages both made the estimate
worse (benchmarks/dates_from_text.py).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from rashomon.analysis.time import extract_times, time_words
from rashomon.model import TimeExpression

# A full date within this many characters of the text's start is its dateline.
_DATELINE_CHARS = 200
# The oldest date taken for a publication date (older ones are history, not the report's day).
_EARLIEST = date(1990, 1, 1)
# Characters between a relative day word ("yesterday") and the date it names.
_ADJACENT = 4


def estimate_published(
    text: str, language: str, now: datetime | date | None = None, title: str | None = None
) -> date | None:
    """The likeliest publication day of ``text`` under its ``title``, or None when neither gives a full date.

    The title opens the document: a date there ("04.11.2020 06:39" as an archive's headline) is a dateline."""
    latest = (now.date() if isinstance(now, datetime) else now) or date.today()
    if title and title.strip():
        text = f"{title.strip()}\n{text}"
    times = extract_times(text, language, None)
    dated = [
        t for t in times
        if _is_day(t) and _EARLIEST <= date.fromisoformat(t.value) <= latest and not _is_bound(t, text, language)
    ]
    dateline = next((t for t in dated if t.start < _DATELINE_CHARS), None)
    if dateline is not None:
        return _shifted(dateline, times, text, language)
    past = [t for t in dated if not _in_future_clause(t, text, language)]
    if not past:
        return None
    return max(_shifted(t, times, text, language) for t in past)


def _is_day(expression: TimeExpression) -> bool:
    return expression.value is not None and expression.granularity == "day" and expression.relative_days is None


def _is_bound(expression: TimeExpression, text: str, language: str) -> bool:
    """Whether a word of the language's ``UNTIL`` list stands right before the date ("до 31 декабря 2020"):
    the end of a period or a deadline, not the day of the report."""
    pattern = time_words(language, "UNTIL", None)
    if not pattern:
        return False
    before = text[max(0, expression.start - 30): expression.start]
    return re.search(rf"(?:^|[^\w])(?:{pattern})\s+$", before, re.IGNORECASE) is not None


def _in_future_clause(expression: TimeExpression, text: str, language: str) -> bool:
    """Whether the date's clause is in the future tense or tells a plan or an obligation ("must leave the EU on
    29 March 2019"): the language's ``FUTURE_CONTEXT`` and ``PLANNED`` words."""
    pattern = "|".join(p for p in (time_words(language, name, None) for name in ("FUTURE_CONTEXT", "PLANNED")) if p)
    if not pattern:
        return False
    before = re.split(r"[,;:.!?]\s", text[max(0, expression.start - 60): expression.start])[-1]
    after = re.split(r"[,;:.!?]\s", text[expression.end: expression.end + 60])[0]
    return re.search(pattern, f"{before} {after}", re.IGNORECASE) is not None


def _shifted(expression: TimeExpression, times: list[TimeExpression], text: str, language: str) -> date:
    """The date, moved by a relative day word written right next to it ("вчера, 11 июля" -> 12 July)."""
    day = date.fromisoformat(expression.value)
    for other in times:
        if other.relative_days is None or other.granularity != "day" or other is expression:
            continue
        apart = other.end <= expression.start or expression.end <= other.start
        gap = text[min(other.end, expression.end): max(other.start, expression.start)]
        if apart and not gap.strip(" ,–—-()") and len(gap) <= _ADJACENT:
            return day - timedelta(days=other.relative_days)
    return day


def publication_date(
    metadata: datetime | None, text: str, language: str, now: datetime | None = None, title: str | None = None
) -> tuple[datetime | None, bool]:
    """(publication date, whether it was estimated): the metadata's date, else the title's and text's (see above).

    None when neither has one; readers then fall back to the ingest time.
    """
    if metadata is not None:
        return metadata, False
    day = estimate_published(text, language, now or datetime.now(UTC), title)
    if day is None:
        return None, False
    return datetime(day.year, day.month, day.day), True
